// Which steps of the classic form are done and which are the person's to do: a pure function of
// the target and a snapshot, run on every change of the form.
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { classicStepIds, type ClassicStepId } from './classic-steps.ts';
import { scopeDifference, type ClassicTarget } from './classic-target.ts';
import type { StepStatus } from './plan.ts';
import { expirationMatches } from './target.ts';

export interface ClassicStepState {
  readonly id: ClassicStepId;
  readonly status: StepStatus;
}

function stepStatus(step: ClassicStepId, target: ClassicTarget, snapshot: ClassicSnapshot): StepStatus {
  switch (step) {
    case 'note':
      if (snapshot.note === undefined) return 'missing';
      return snapshot.note === target.note ? 'done' : 'todo';
    case 'expiration':
      if (snapshot.expiration === undefined) return 'missing';
      return expirationMatches(target, snapshot.expiration) ? 'done' : 'todo';
    case 'scopes': {
      if (snapshot.scopes === undefined) return 'missing';
      const difference = scopeDifference(target, snapshot.scopes);
      return difference.extra.length === 0 && difference.missing.length === 0 ? 'done' : 'todo';
    }
    case 'review':
    case 'generate':
      return 'todo';
  }
}

export function planClassic(target: ClassicTarget, snapshot: ClassicSnapshot): ClassicStepState[] {
  const states = classicStepIds.map((id) => ({ id, status: stepStatus(id, target, snapshot) }));
  const formReady = states.every((state) => state.id === 'review' || state.id === 'generate' || state.status === 'done');
  return states.map((state) => (state.id === 'review' && formReady ? { ...state, status: 'done' } : state));
}

/** The first step still to do, in page order: where the spotlight goes next. */
export const nextClassicStep = (states: readonly ClassicStepState[]): ClassicStepId =>
  states.find((state) => state.status !== 'done')?.id ?? 'generate';
