// Carries out the plan through GitHub's widgets, one step at a time, in page order, on either
// token form. Before every step the page is read again (the last step changed it); a step that
// cannot be done is handed to the person with a reason, and the run goes on with the steps that
// do not depend on it.
import { GoalReached, StepBlocked, type ActionContext } from '../github/widgets/action.ts';
import type { PlannedStep } from '../guide/plan.ts';
import { describeProgress } from '../guide/progress.ts';
import type { StepNote } from '../messaging/run-state.ts';
import { words } from '../model/i18n.ts';
import type { GuidedForm } from './guided-form.ts';

export interface RunnerDependencies<S extends string, State extends PlannedStep<S>> {
  readonly document: Document;
  readonly form: GuidedForm<S, State>;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  readonly progress: (text: string) => void;
  /** Called before each step, so the spotlight can follow the fill. */
  readonly starting: (step: S) => void;
  /** Called after each step with what happened, so the overlay shows it at once. */
  readonly noted: (step: S, note: StepNote) => void;
}

/** A wait asks on every burst of mutations; a whole read of the form that often costs the page. */
const goalCheckIntervalMs = 50;

/** The step's goal, read at most once per interval while it is not met (a late "yes" only ends a wait later). */
function goalCheck(met: () => boolean): () => boolean {
  let checkedAt = -Infinity;
  return () => {
    if (performance.now() - checkedAt < goalCheckIntervalMs) return false;
    checkedAt = performance.now();
    return met();
  };
}

/** Fills the given steps; what happened to each is reported through `noted`. */
export async function fill<S extends string, State extends PlannedStep<S>>(deps: RunnerDependencies<S, State>, steps: readonly S[]): Promise<void> {
  const { form } = deps;
  const stateOf = (step: S): State | undefined => form.look().plan.find((state) => state.id === step);
  const base: ActionContext = { document: deps.document, signal: deps.signal, timeoutMs: deps.timeoutMs, progress: (progress) => deps.progress(describeProgress(progress)) };
  const checks: Promise<void>[] = [];
  for (const step of form.words.fillable.filter((id) => steps.includes(id))) {
    const action = form.actions[step];
    const unmet = action.needs?.unmet(deps.document);
    if (unmet) {
      deps.noted(step, { blocked: unmet });
      continue;
    }
    const state = stateOf(step);
    // What is already right is left alone: a second run touches nothing.
    if (!state || state.status === 'done' || !action.fill) {
      deps.noted(step, {});
      continue;
    }
    deps.starting(step);
    deps.progress(words('progress_fillingStep', form.words.titles[step]));
    const removals = form.removals(state);
    const done: StepNote = removals.length ? { changes: removals } : {};
    const settle = (error: unknown): void => {
      if (error instanceof GoalReached) return deps.noted(step, done);
      if (!(error instanceof StepBlocked)) throw error;
      deps.noted(step, { ...done, blocked: error.reason });
    };
    const context: ActionContext = action.endsWhenDone ? { ...base, goalMet: goalCheck(() => stateOf(step)?.status === 'done') } : base;
    try {
      await action.needs?.loaded(context);
      const pending = await action.fill(context, state);
      deps.noted(step, done);
      if (pending) checks.push(pending.verdict.catch(settle));
    } catch (error) {
      settle(error);
    }
  }
  // GitHub's own checks ran while the other fields were filled; the form is ready once they answered.
  await Promise.all(checks);
}
