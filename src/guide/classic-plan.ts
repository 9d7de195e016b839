// Which steps of the classic form are done and which are the person's to do: a pure function of
// the target and a snapshot, run on every change of the form.
import { words } from '../model/i18n.ts';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { classicStepIds, type ClassicStepId } from './classic-steps.ts';
import { scopeDifference, type ClassicTarget, type ScopeDifference } from './classic-target.ts';
import { withReviewStatus, type PlannedStep, type StepStatus } from './plan.ts';
import { expirationMatches } from './target.ts';

export interface ClassicStepState extends PlannedStep<ClassicStepId> {
  /** What filling the scopes step must untick and tick. */
  readonly scopes?: ScopeDifference;
}

function stepStatus(step: ClassicStepId, target: ClassicTarget, snapshot: ClassicSnapshot, scopes: ScopeDifference | undefined): StepStatus {
  switch (step) {
    case 'note':
      if (snapshot.note === undefined) return 'missing';
      return snapshot.note === target.note ? 'done' : 'todo';
    case 'expiration':
      if (snapshot.expiration === undefined) return 'missing';
      return expirationMatches(target, snapshot.expiration) ? 'done' : 'todo';
    case 'scopes':
      if (!scopes) return 'missing';
      return scopes.extra.length === 0 && scopes.missing.length === 0 ? 'done' : 'todo';
    case 'review':
    case 'generate':
      return 'todo';
  }
}

export function planClassic(target: ClassicTarget, snapshot: ClassicSnapshot): ClassicStepState[] {
  const scopes = snapshot.scopes && scopeDifference(target, snapshot.scopes);
  return withReviewStatus(classicStepIds.map((id): ClassicStepState => ({
    id, status: stepStatus(id, target, snapshot, scopes), ...(id === 'scopes' && scopes ? { scopes } : {}),
  })));
}

/** What filling a step unticks that the person ticked: said in the step, so nothing goes unnoticed. */
export const classicRemovals = (state: ClassicStepState): string[] => (state.scopes?.extra ?? []).map((scope) => words('classic_unticked', scope));
