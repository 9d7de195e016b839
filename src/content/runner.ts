// Carries out the plan through GitHub's widgets, one step at a time, in page order. Before every
// step the page is read again (the last step changed it); a step that cannot be done is handed to
// the person with a reason, and the run goes on with the steps that do not depend on it.
import type { RepositoryDirectory } from '../github/repository-directory.ts';
import { readSnapshot } from '../github/snapshot.ts';
import { GoalReached, StepBlocked, waitForElement, type ActionContext } from '../github/widgets/action.ts';
import { accessSectionLoaded } from '../github/widgets/access-section.ts';
import { planSteps, plannedRemovals, type StepState } from '../guide/plan.ts';
import { describeProgress } from '../guide/progress.ts';
import { fillableSteps, stepTitle, type StepId } from '../guide/steps.ts';
import { sameLogin, type TargetForm } from '../guide/target.ts';
import type { StepNote } from '../messaging/run-state.ts';
import { words } from '../model/i18n.ts';
import { stepActions } from './step-actions.ts';

export interface RunnerDependencies {
  readonly document: Document;
  readonly target: TargetForm;
  readonly directory: RepositoryDirectory;
  readonly signal: AbortSignal;
  readonly now: Date;
  readonly timeoutMs: number;
  readonly progress: (text: string) => void;
  /** Called before each step, so the spotlight can follow the fill. */
  readonly starting: (step: StepId) => void;
  /** Called after each step with what happened, so the overlay shows it at once. */
  readonly noted: (step: StepId, note: StepNote) => void;
}

const stateOf = (deps: RunnerDependencies, step: StepId): StepState | undefined =>
  planSteps(deps.target, readSnapshot(deps.document, deps.directory)).find((state) => state.id === step);

/** Fills the given steps; what happened to each is reported through `noted`. */
export async function fill(deps: RunnerDependencies, steps: readonly StepId[]): Promise<void> {
  const base: ActionContext = { document: deps.document, signal: deps.signal, timeoutMs: deps.timeoutMs, progress: (progress) => deps.progress(describeProgress(progress)) };
  const checks: Promise<void>[] = [];
  for (const step of fillableSteps.filter((id) => steps.includes(id))) {
    const action = stepActions[step];
    const snapshot = readSnapshot(deps.document, deps.directory);
    if (action.afterOwner && !sameLogin(snapshot.owner, deps.target.owner)) {
      deps.noted(step, { blocked: { kind: 'owner-needed-first', owner: deps.target.owner } });
      continue;
    }
    const state = planSteps(deps.target, snapshot).find((candidate) => candidate.id === step);
    // What is already right is left alone: a second run touches nothing.
    if (!state || state.status === 'done' || !action.fill) {
      deps.noted(step, {});
      continue;
    }
    deps.starting(step);
    deps.progress(words('progress_fillingStep', stepTitle(step)));
    const removals = plannedRemovals(state);
    const done: StepNote = removals.length ? { changes: removals } : {};
    const settle = (error: unknown): void => {
      if (error instanceof GoalReached) return deps.noted(step, done);
      if (!(error instanceof StepBlocked)) throw error;
      deps.noted(step, { ...done, blocked: error.reason });
    };
    const context: ActionContext = action.endsWhenDone ? { ...base, goalMet: () => stateOf(deps, step)?.status === 'done' } : base;
    try {
      if (action.afterOwner) await waitForElement(context, 'the repository access section', () => accessSectionLoaded(deps.document));
      const pending = await action.fill(context, state, deps);
      deps.noted(step, done);
      if (pending) checks.push(pending.verdict.catch(settle));
    } catch (error) {
      settle(error);
    }
  }
  // GitHub's own checks ran while the other fields were filled; the form is ready once they answered.
  await Promise.all(checks);
}
