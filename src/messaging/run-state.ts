// A run's state, kept per tab in the extension's session storage (through the background) so it
// survives a reload, GitHub's "Confirm access" page and the redirect after Generate.
import type { BlockReason } from '../model/block-reason.ts';
import type { SubmittedToken } from '../guide/approval-request.ts';
import type { ClassicStepId } from '../guide/classic-steps.ts';
import type { StepId } from '../guide/steps.ts';

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
  /** By step, of whichever form the recipe fills. */
  readonly notes: Partial<Record<StepId | ClassicStepId, StepNote>>;
  readonly submitted: SubmittedToken | undefined;
  /** The form was loaded again with the owner in its URL (GitHub's prefill) after the owner list failed; done once only. */
  readonly ownerPrefilled?: boolean;
}

export const emptyRunState = (recipeId: string): RunState => ({ recipeId, fillPending: false, notes: {}, submitted: undefined });
