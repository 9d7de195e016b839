// Fills the classic form through GitHub's widgets, a step at a time in page order; a step that
// cannot be done is handed to the person with a reason, and the others go on.
import { readClassicSnapshot } from '../github/classic-snapshot.ts';
import { GoalReached, StepBlocked, type ActionContext } from '../github/widgets/action.ts';
import { expirationWidget } from '../github/widgets/expiration.ts';
import { noteField } from '../github/widgets/note.ts';
import { scopesWidget } from '../github/widgets/scopes.ts';
import { planClassic } from '../guide/classic-plan.ts';
import { classicFillableSteps, classicStepTitles, type ClassicStepId } from '../guide/classic-steps.ts';
import { scopeDifference, type ClassicTarget } from '../guide/classic-target.ts';
import type { StepNote } from '../messaging/run-state.ts';

export interface ClassicRunnerDependencies {
  readonly document: Document;
  readonly target: ClassicTarget;
  readonly signal: AbortSignal;
  readonly now: Date;
  readonly timeoutMs: number;
  readonly progress: (text: string) => void;
  /** Called before each step, so the spotlight can follow the fill. */
  readonly starting: (step: ClassicStepId) => void;
  /** Called after each step with what happened, so the overlay shows it at once. */
  readonly noted: (step: ClassicStepId, note: StepNote) => void;
}

const stepDone = (deps: ClassicRunnerDependencies, step: ClassicStepId): boolean =>
  planClassic(deps.target, readClassicSnapshot(deps.document)).find((state) => state.id === step)?.status === 'done';

function fillStep(step: ClassicStepId, context: ActionContext, deps: ClassicRunnerDependencies): Promise<void> {
  switch (step) {
    case 'note':
      return noteField.fill(context, deps.target.note);
    case 'expiration':
      return expirationWidget.fill(context, deps.target.expirationDays, deps.target.expirationDate, deps.now);
    case 'scopes':
      return scopesWidget.fill(context, deps.target.scopes);
    default:
      return Promise.resolve();
  }
}

/** Fills the given steps and returns those handed to the person. */
export async function fillClassic(deps: ClassicRunnerDependencies, steps: readonly ClassicStepId[]): Promise<ClassicStepId[]> {
  const handedOver: ClassicStepId[] = [];
  for (const step of classicFillableSteps.filter((id) => steps.includes(id))) {
    // What is already right is left alone: a second run touches nothing.
    if (stepDone(deps, step)) {
      deps.noted(step, {});
      continue;
    }
    deps.starting(step);
    deps.progress(`Filling ${classicStepTitles[step]}`);
    const ticked = readClassicSnapshot(deps.document).scopes ?? [];
    const changes = step === 'scopes' ? scopeDifference(deps.target, ticked).extra.map((scope) => `Unticked ${scope}`) : [];
    const done: StepNote = changes.length ? { changes } : {};
    const context: ActionContext = { document: deps.document, signal: deps.signal, timeoutMs: deps.timeoutMs, progress: deps.progress, goalMet: () => stepDone(deps, step) };
    try {
      await fillStep(step, context, deps);
      deps.noted(step, done);
    } catch (error) {
      if (error instanceof GoalReached) deps.noted(step, done);
      else if (error instanceof StepBlocked) {
        handedOver.push(step);
        deps.noted(step, { ...done, blocked: error.reason });
      } else throw error;
    }
  }
  return handedOver;
}
