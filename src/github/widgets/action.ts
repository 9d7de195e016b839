// What every widget's fill gets, and how it says it cannot go on. Widgets report facts
// (what was missing, what GitHub refused); the guide turns them into words for the person.
import { waitFor } from '../dom.ts';

export interface ActionContext {
  readonly document: Document;
  readonly signal: AbortSignal;
  /** The longest any one wait may take before the step becomes the person's. */
  readonly timeoutMs: number;
  /** Visible progress, e.g. "Selecting repositories 3 of 6". */
  readonly progress: (text: string) => void;
}

export type BlockReason =
  | { readonly kind: 'not-found'; readonly what: string }
  | { readonly kind: 'not-applied'; readonly what: string }
  | { readonly kind: 'owner-not-listed'; readonly owner: string }
  | { readonly kind: 'lifetime-cap'; readonly capDays: number | undefined; readonly wantedDays: number }
  | { readonly kind: 'repositories-not-found'; readonly names: readonly string[] }
  | { readonly kind: 'repository-not-removable'; readonly name: string }
  | { readonly kind: 'name-rejected'; readonly message: string };

export class StepBlocked extends Error {
  constructor(readonly reason: BlockReason) {
    super(reason.kind);
    this.name = 'StepBlocked';
  }
}

/** Waits for GitHub's element; when it never comes, the step is blocked rather than failed. */
export async function waitForElement<T>(context: ActionContext, what: string, check: () => T | undefined | null | false): Promise<T> {
  try {
    return await waitFor(check, { signal: context.signal, timeoutMs: context.timeoutMs, what });
  } catch (error) {
    if (context.signal.aborted) throw error;
    throw new StepBlocked({ kind: 'not-found', what });
  }
}

/** Like waitForElement, but running out of time is an answer (undefined), not a block. */
export async function waitIfComing<T>(
  context: ActionContext, what: string, check: () => T | undefined | null | false, timeoutMs = context.timeoutMs,
): Promise<T | undefined> {
  try {
    return await waitFor(check, { signal: context.signal, timeoutMs, what });
  } catch (error) {
    if (context.signal.aborted) throw error;
    return undefined;
  }
}

/** Reads the value back after an action: the page, not the absence of an exception, says it worked. */
export async function confirmApplied(context: ActionContext, what: string, check: () => boolean): Promise<void> {
  try {
    await waitFor(() => check(), { signal: context.signal, timeoutMs: context.timeoutMs, what });
  } catch (error) {
    if (context.signal.aborted) throw error;
    throw new StepBlocked({ kind: 'not-applied', what });
  }
}
