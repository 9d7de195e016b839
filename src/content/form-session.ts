// The guide on a token form, fine-grained or classic, as wiring only: every change of the form
// (GitHub's, the person's or ours) leads to a fresh look (snapshot and pure decisions) and a view
// drawn from it and nothing else. What differs between the forms is in their GuidedForm.
import { pageColorMode } from '../github/color-mode.ts';
import { isConfirmationShowing, isWorkingInPopup } from '../github/pages.ts';
import { watchForm } from '../github/watch-form.ts';
import { decideSubmission } from '../guide/guard-decision.ts';
import { nextStep, type PlannedStep } from '../guide/plan.ts';
import * as runState from '../messaging/run-state.ts';
import type { RunState } from '../messaging/run-state.ts';
import { fillOutcome, followPlan, formView, idleSession, type SessionState } from '../overlay/form-view.ts';
import type { MountedOverlay } from '../overlay/mount.tsx';
import type { OverlayActions } from '../overlay/view.ts';
import type { Recipe } from '../recipe/schema.ts';
import { words as i18n } from '../model/i18n.ts';
import type { ContentScriptContext } from './context.ts';
import type { Extension } from './extension.ts';
import { installGuard } from './guard.ts';
import type { GuidedForm } from './guided-form.ts';
import { fill } from './runner.ts';

/** One wait (a fragment, a search) may take this long before the step is handed to the person. */
const waitLimitMs = 10_000;
/**
 * A person's action on GitHub's widgets (a menu opening, a choice, the row it adds) brings bursts
 * of mutations up to about 150 ms apart: the guide looks once the form has been quiet this long,
 * and no later than `renderMaxWaitMs` after the first change, so a warning still shows in well
 * under a second.
 */
const renderQuietMs = 200;
const renderMaxWaitMs = 500;

/** What the background holds for the session: the active recipe and the run it may carry on. */
export interface StoredState {
  readonly recipe: Recipe;
  readonly recipeProblem: string | undefined;
  readonly storedRun: RunState | undefined;
  /**
   * Settles once the background has answered that this is its recipe. Drawn from its copy, the
   * guide fills and lets a submission through only after that; when the answer differs, the
   * guide ends this session (its visit) and starts another from the answer.
   */
  readonly recipeConfirmed: Promise<void>;
}

export interface FormSessionOptions<S extends string, State extends PlannedStep<S>> extends StoredState {
  readonly visit: ContentScriptContext;
  readonly overlay: MountedOverlay;
  readonly extension: Extension;
  readonly form: GuidedForm<S, State>;
}

/** Starts the guide on the form; returns "fill all", which the popup may ask for. */
export function runFormSession<S extends string, State extends PlannedStep<S>>(
  { visit, overlay, extension, recipe, recipeProblem, storedRun, recipeConfirmed, form }: FormSessionOptions<S, State>,
): () => void {
  const { words } = form;
  let run = runState.runFor(storedRun, recipe.id);
  let lastPlan = form.look().plan;
  let session: SessionState<S> = idleSession(lastPlan);
  /** What the last view was drawn from: the same look, run, session and page state draw the same view. */
  let drawnFrom: readonly unknown[] = [];
  let lastShown = '';
  const save = (): Promise<void> => extension.saveRunState(run).catch(() => undefined);
  let confirmed = false;
  void recipeConfirmed.then(() => { confirmed = true; });

  const render = (): void => {
    if (!visit.isValid) return;
    const look = form.look();
    const current = followPlan(session.current, lastPlan, look.plan, session.filling);
    if (current !== session.current) session = { ...session, current };
    lastPlan = look.plan;
    const githubConfirming = isConfirmationShowing(document);
    const theme = pageColorMode(document);
    const inputs = [look, run, session, githubConfirming, theme];
    if (inputs.every((input, index) => input === drawnFrom[index])) return;
    drawnFrom = inputs;
    const view = formView({
      recipeLabel: recipe.label, recipeProblem, words, plan: look.plan, findings: look.findings, run, session,
      summary: look.summary, generateLabel: look.generateLabel, githubConfirming,
    });
    // A new look may still show the same (a name typed, then typed back); skip preact's diff then.
    const shown = JSON.stringify([view, theme]);
    if (shown === lastShown) return;
    lastShown = shown;
    overlay.update({ kind: 'form', view, actions }, theme);
  };
  let renderScheduled = false;
  let firstChange = 0;
  let lastChange = 0;
  const renderWhenQuiet = (): void => {
    const wait = Math.min(lastChange + renderQuietMs, firstChange + renderMaxWaitMs) - performance.now();
    if (wait > 0) return visit.setTimeout(renderWhenQuiet, wait);
    renderScheduled = false;
    render();
  };
  const scheduleRender = (): void => {
    lastChange = performance.now();
    if (renderScheduled) return;
    renderScheduled = true;
    firstChange = lastChange;
    visit.setTimeout(renderWhenQuiet, renderQuietMs);
  };
  const change = (update: Partial<SessionState<S>>, immediately = false): void => {
    session = { ...session, ...update };
    if (immediately) render();
    else scheduleRender();
  };

  const runFill = async (steps: readonly S[]): Promise<void> => {
    if (session.filling) return;
    // At once, not on the next frame: the overlay must know it is filling before a widget takes
    // focus, and the person sees it busy while the background confirms the recipe.
    change({ filling: true, progress: i18n('filling') }, true);
    await recipeConfirmed;
    if (!visit.isValid) return;
    run = runState.fillStarted(run, steps, steps.length === words.fillable.length);
    // The pending fill is stored while the fill runs, not before it: a reload mid-fill is rare,
    // and a round trip to the background is a tenth of the whole fill.
    const started = save();
    try {
      await fill({
        document, form, signal: visit.signal, timeoutMs: waitLimitMs,
        progress: (progress) => change({ progress }),
        starting: (step) => change({ fillingStep: step, current: step }),
        noted: (step, note) => { run = runState.stepNoted(run, step, note); scheduleRender(); },
      }, steps);
    } finally {
      session = { ...session, filling: false, fillingStep: undefined };
      await started;
    }
    if (!visit.isValid) return;
    if (runState.needsOwnerPrefill(run)) {
      run = runState.ownerPrefillStarted(run);
      change({ progress: i18n('progress_ownerPrefill') }, true);
      await save();
      location.assign(`${location.pathname}${new URL(form.prefilledUrl).search}`);
      return;
    }
    const { plan } = form.look();
    run = runState.fillFinished(run);
    change({ progress: fillOutcome(plan, run, steps, words.titles), current: nextStep(plan) }, true);
    await save();
  };
  const fixFindings = (steps: readonly S[]): void => void runFill([...new Set(steps)]);

  const actions: OverlayActions<S> = {
    fillAll: () => void runFill(words.fillable),
    fillStep: (step) => void runFill([step]),
    goTo: (step) => change({ current: step }, true),
    fix: (findings) => fixFindings(findings.map((finding) => finding.step)),
    guardChoice: (choice) => {
      const held = session.guardHeld?.findings ?? [];
      if (choice === 'anyway') form.generate.locate(document)?.focus();
      // Standing aside, the spotlight goes to Generate: every form's last step.
      const standAside = choice === 'anyway' ? { standingAside: true, current: lastPlan.at(-1)?.id ?? session.current } : {};
      change({ guardHeld: undefined, ...standAside }, true);
      if (choice === 'fix') fixFindings(held.map((finding) => finding.step));
    },
    close: () => visit.abort(),
    locate: (step) => form.actions[step].locate(document),
    mayScroll: () => !isWorkingInPopup(document),
  };

  const submission = () => decideSubmission({
    findings: form.look().findings, standingAside: session.standingAside, fillingStep: session.filling ? (session.fillingStep ?? session.current) : undefined,
  }, words.titles);
  const hold = (): void => {
    const decision = submission();
    change({ guardHeld: decision.allow ? undefined : { findings: decision.findings, stillFilling: decision.stillFilling } }, true);
  };
  installGuard(visit, document, form.generate, {
    // Until the background confirms the recipe, the guard cannot judge: it holds, and says why once it can.
    allows: () => confirmed && submission().allow,
    blocked: () => (confirmed ? hold() : void recipeConfirmed.then(hold)),
    passed: () => {
      session = { ...session, standingAside: false };
      run = runState.tokenSubmitted(run, form.look().submitted(new Date()));
      void save();
    },
  });
  watchForm(visit, document, form.generate.form, scheduleRender);

  render();
  // A fill asked for before a reload, the sudo page or from the popup carries on by itself.
  if (run.fillPending) void runFill(words.fillable);
  return actions.fillAll;
}
