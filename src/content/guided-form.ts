// A token form the guide walks through and fills. The fine-grained form and the classic form are
// each one definition of this (fine-grained-form.ts, classic-form.ts), and one session
// (form-session.ts), one runner and one guard serve both. S: the form's step ids; State: a step's
// plan, with the intent its fill reads.
import type { ActionContext } from '../github/widgets/action.ts';
import type { GenerateButton } from '../github/widgets/generate.ts';
import type { SubmittedToken } from '../guide/approval-request.ts';
import type { Finding } from '../guide/compliance.ts';
import type { PlannedStep } from '../guide/plan.ts';
import type { StepWords } from '../guide/step-words.ts';
import type { BlockReason } from '../model/block-reason.ts';

/** A check GitHub runs on its own after a step (the name's), awaited at the end of the fill. */
export type PendingCheck = { readonly verdict: Promise<void> };

/** A part of the form that shows only once an earlier step is done (the fine-grained form's owner). */
export interface Prerequisite {
  /** Why the step cannot be filled yet; undefined once the earlier step is done. */
  readonly unmet: (document: Document) => BlockReason | undefined;
  /** Waits until that part of the form has loaded. */
  readonly loaded: (context: ActionContext) => Promise<void>;
}

/** One step of a form: where the spotlight points, and how it is filled through GitHub's widgets. */
export interface StepAction<State> {
  readonly locate: (document: Document) => Element | undefined;
  /** Fills the step from the plan's intent. None for review and generate: they are the person's. */
  readonly fill?: (context: ActionContext, state: State) => Promise<PendingCheck | void>;
  readonly needs?: Prerequisite;
  /** Its waits end as soon as the page shows the step done. */
  readonly endsWhenDone?: boolean;
}

/** One look at the page and the pure decisions about it. */
export interface FormLook<S extends string, State extends PlannedStep<S>> {
  readonly plan: readonly State[];
  readonly findings: readonly Finding<S>[];
  /** The overview, in the procedure's words. */
  readonly summary: readonly string[];
  readonly generateLabel: string | undefined;
  /** What the form holds, as the after-Generate panel needs it (never the token). */
  readonly submitted: (at: Date) => SubmittedToken;
}

export interface GuidedForm<S extends string, State extends PlannedStep<S>> {
  readonly words: StepWords<S>;
  readonly actions: Readonly<Record<S, StepAction<State>>>;
  /** Reads the page and decides; the guide asks on every change of the form, a fill's waits on every poll. */
  readonly look: () => FormLook<S, State>;
  /** What filling the step takes away that the person put there, said in the step. */
  readonly removals: (state: State) => readonly string[];
  /** The form's Generate button and the form it submits: for the guard and the watcher. */
  readonly generate: GenerateButton;
  /** The form's URL with the recipe's prefill (GitHub's template URL), to load it again. */
  readonly prefilledUrl: string;
}

/**
 * A form's look: the page read on every call, the decisions made again only when the reading
 * differs from the last one (most bursts of mutations change nothing GitHub would submit), so
 * an unchanged page gives the very same look and the guide can skip drawing.
 */
export function lookOnChange<Snapshot, S extends string, State extends PlannedStep<S>>(
  read: () => Snapshot, decide: (snapshot: Snapshot) => FormLook<S, State>,
): () => FormLook<S, State> {
  let lastReading: string | undefined;
  let last: FormLook<S, State> | undefined;
  return () => {
    const snapshot = read();
    const reading = JSON.stringify(snapshot);
    if (last === undefined || reading !== lastReading) last = decide(snapshot);
    lastReading = reading;
    return last;
  };
}
