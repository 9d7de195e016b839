// A step's badge in the guide, on either form: from the page's status, the note of a step PAT
// Pilot handed over, and the step a fill is busy with.
import type { StepStatus } from '../guide/plan.ts';
import type { StepNote } from '../messaging/run-state.ts';
import type { StepBadge } from '../overlay/view.ts';

/** Steps that no fill can do on this page (the person must change something elsewhere first). */
const cannotDoHere: ReadonlySet<string> = new Set(['owner-not-listed', 'lifetime-cap', 'repositories-not-found']);

export function badgeFor<S extends string>(state: { readonly id: S; readonly status: StepStatus }, note: StepNote | undefined, fillingStep: S | undefined): StepBadge {
  if (state.id === fillingStep) return 'filling';
  if (state.status === 'done' || state.status === 'not-needed') return state.status;
  if (note?.blocked) return cannotDoHere.has(note.blocked.kind) ? 'cannot-do' : 'needs-you';
  if (state.status === 'missing') return 'needs-you';
  return state.status === 'waiting' ? 'waiting' : 'todo';
}
