// What every widget's fill gets, and how it says it cannot go on. Widgets report facts
// (what was missing, what GitHub refused); the guide turns them into words for the person.
import type { BlockReason } from '../../model/block-reason.ts';
import type { FillProgress } from '../../model/fill-progress.ts';
import { waitFor } from '../dom.ts';

export interface ActionContext {
  readonly document: Document;
  readonly signal: AbortSignal;
  /** The longest any one wait may take before the step becomes the person's. */
  readonly timeoutMs: number;
  /** Visible progress (e.g. "Selecting repositories 3 of 6"), as a fact the guide puts into words. */
  readonly progress: (progress: FillProgress) => void;
  /** True once the page already holds what the step wants: every wait then ends at once. */
  readonly goalMet?: () => boolean;
}

/** Thrown by a wait when the read-back shows the step's goal is met: nothing is left to wait for. */
export class GoalReached extends Error {
  constructor() {
    super('goal reached');
    this.name = 'GoalReached';
  }
}

const goal = Symbol('goal');

/** One wait of a step: ends with the check's answer, GoalReached, or (as undefined) the time limit. */
async function waitInStep<T>(context: ActionContext, what: string, check: () => T | undefined | null | false, timeoutMs: number): Promise<T | undefined> {
  try {
    const value = await waitFor(() => (context.goalMet?.() ? goal : check()), { signal: context.signal, timeoutMs, what });
    if (value === goal) throw new GoalReached();
    return value as T;
  } catch (error) {
    if (context.signal.aborted || error instanceof GoalReached) throw error;
    return undefined;
  }
}


export class StepBlocked extends Error {
  constructor(readonly reason: BlockReason) {
    super(reason.kind);
    this.name = 'StepBlocked';
  }
}

/** Waits for GitHub's element; when it never comes, the step is blocked rather than failed. */
export async function waitForElement<T>(context: ActionContext, what: string, check: () => T | undefined | null | false): Promise<T> {
  const found = await waitInStep(context, what, check, context.timeoutMs);
  if (found === undefined) throw new StepBlocked({ kind: 'not-found', what });
  return found;
}

/** Like waitForElement, but running out of time is an answer (undefined), not a block. */
export const waitIfComing = <T>(
  context: ActionContext, what: string, check: () => T | undefined | null | false, timeoutMs = context.timeoutMs,
): Promise<T | undefined> => waitInStep(context, what, check, timeoutMs);

/** Reads the value back after an action: the page, not the absence of an exception, says it worked. */
export async function confirmApplied(context: ActionContext, what: string, check: () => boolean): Promise<void> {
  if ((await waitInStep(context, what, check, context.timeoutMs)) === undefined) throw new StepBlocked({ kind: 'not-applied', what });
}
