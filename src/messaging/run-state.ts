// A run's state, kept per tab in the extension's session storage (through the background) so it
// survives a reload, GitHub's "Confirm access" page and the redirect after Generate. Changes are
// pure functions here, so every transition is unit-tested.
import type { SubmittedToken } from '../guide/approval-request.ts';
import type { BlockReason } from '../model/block-reason.ts';

export interface StepNote {
  /** Why PAT Pilot stopped this step and handed it to the person. */
  readonly blocked?: BlockReason;
  /** What PAT Pilot changed that the person did not ask for, e.g. "Removed alta3/labs-archive". */
  readonly changes?: readonly string[];
}

export interface RunState {
  readonly recipeId: string;
  /** A fill was asked for and has not finished; it resumes on the form after sudo or a reload. */
  readonly fillPending: boolean;
  /** By step id, of whichever token form the recipe fills. */
  readonly notes: Readonly<Partial<Record<string, StepNote>>>;
  readonly submitted: SubmittedToken | undefined;
  /** The form was loaded again with the owner in its URL (GitHub's prefill) after the owner list failed; done once only. */
  readonly ownerPrefilled?: boolean;
}

export const emptyRunState = (recipeId: string): RunState => ({ recipeId, fillPending: false, notes: {}, submitted: undefined });

/** A run that fills the whole form as soon as the form shows (the popup's Create token). */
export const pendingFill = (recipeId: string): RunState => ({ ...emptyRunState(recipeId), fillPending: true });

/** The stored run, if it belongs to this recipe; a fresh one otherwise. */
export const runFor = (stored: RunState | undefined, recipeId: string): RunState =>
  stored?.recipeId === recipeId ? stored : emptyRunState(recipeId);

/** A fill of these steps begins: their old notes go; a fill of every step resumes after a reload. */
export const fillStarted = (run: RunState, steps: readonly string[], everyStep: boolean): RunState => ({
  ...run,
  fillPending: everyStep,
  notes: Object.fromEntries(Object.entries(run.notes).filter(([id]) => !steps.includes(id))),
});

export const stepNoted = (run: RunState, step: string, note: StepNote): RunState => ({ ...run, notes: { ...run.notes, [step]: note } });

export const fillFinished = (run: RunState): RunState => ({ ...run, fillPending: false });

/**
 * GitHub's owner list failed and does not retry, but its URL prefill sets the owner: the form is
 * loaded once with it, and the fill carries on there.
 */
export const needsOwnerPrefill = (run: RunState): boolean =>
  run.notes.owner?.blocked?.kind === 'owner-list-failed' && !run.ownerPrefilled;

export const ownerPrefillStarted = (run: RunState): RunState => ({ ...run, fillPending: true, ownerPrefilled: true });

export const tokenSubmitted = (run: RunState, token: SubmittedToken): RunState => ({ ...run, fillPending: false, submitted: token });

/** The after-Generate panel shows once: a later visit to the list is not "after Generate". */
export const submissionShown = (run: RunState): RunState => ({ ...run, submitted: undefined });
