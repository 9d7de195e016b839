// The guide on GitHub's form, as wiring only: every change of the form (GitHub's, the person's or
// ours) leads to a fresh snapshot, the pure decisions, and a view drawn from them and nothing else.
import { pageColorMode } from '../github/color-mode.ts';
import { isConfirmationShowing } from '../github/pages.ts';
import { RepositoryDirectory } from '../github/repository-directory.ts';
import { readSnapshot } from '../github/snapshot.ts';
import { generateButton } from '../github/widgets/generate.ts';
import { watchForm } from '../github/watch-form.ts';
import { submittedToken } from '../guide/approval-request.ts';
import { checkCompliance } from '../guide/compliance.ts';
import { differencesOf } from '../guide/differences.ts';
import { decideSubmission } from '../guide/guard-decision.ts';
import { nextStep, planSteps } from '../guide/plan.ts';
import { fillableSteps, type StepId } from '../guide/steps.ts';
import { summarize } from '../guide/summary.ts';
import { targetForm } from '../guide/target.ts';
import * as runState from '../messaging/run-state.ts';
import { fillOutcome, followPlan, formView, idleSession, type SessionState } from '../overlay/form-view.ts';
import type { MountedOverlay } from '../overlay/mount.tsx';
import type { OverlayActions } from '../overlay/view.ts';
import type { Recipe } from '../recipe/schema.ts';
import { templateUrl } from '../recipe/template-url.ts';
import { words } from '../model/i18n.ts';
import type { ContentScriptContext } from './context.ts';
import type { Extension } from './extension.ts';
import { installGuard } from './guard.ts';
import { fill } from './runner.ts';
import { stepActions } from './step-actions.ts';

/** One wait (a fragment, a search) may take this long before the step is handed to the person. */
const waitLimitMs = 10_000;
/** A click on GitHub's widgets brings several bursts of mutations; one look per group of them. */
const renderDelayMs = 100;

export interface FormSessionOptions {
  readonly visit: ContentScriptContext;
  readonly overlay: MountedOverlay;
  readonly extension: Extension;
  readonly recipe: Recipe;
  readonly recipeProblem: string | undefined;
}

/** Starts the guide on the form; returns "fill all", which the popup may ask for. */
export async function runFormSession({ visit, overlay, extension, recipe, recipeProblem }: FormSessionOptions): Promise<() => void> {
  const now = new Date();
  const target = targetForm(recipe, now);
  const directory = new RepositoryDirectory();
  const assess = () => {
    const snapshot = readSnapshot(document, directory);
    const differences = differencesOf(target, snapshot);
    return { snapshot, plan: planSteps(target, snapshot, differences), findings: checkCompliance(target, snapshot, differences) };
  };

  let run = runState.runFor(await extension.runState(), recipe.id);
  let lastPlan = assess().plan;
  let session: SessionState = idleSession(lastPlan);
  let lastShown = '';
  const save = (): Promise<void> => extension.saveRunState(run).catch(() => undefined);

  const render = (): void => {
    if (!visit.isValid) return;
    const { snapshot, plan, findings } = assess();
    session = { ...session, current: followPlan(session.current, lastPlan, plan, session.filling) };
    lastPlan = plan;
    const view = formView({
      recipeLabel: recipe.label, recipeProblem, target, plan, findings, run, session,
      summary: summarize(snapshot, now), generateLabel: snapshot.generateLabel, githubConfirming: isConfirmationShowing(document),
    });
    const theme = pageColorMode(document);
    // Most mutation bursts on GitHub's page change nothing the guide shows; skip preact's diff then.
    const shown = JSON.stringify([view, theme]);
    if (shown === lastShown) return;
    lastShown = shown;
    overlay.update({ kind: 'form', view, actions }, theme);
  };
  let renderScheduled = false;
  const scheduleRender = (): void => {
    if (renderScheduled) return;
    renderScheduled = true;
    visit.setTimeout(() => { renderScheduled = false; render(); }, renderDelayMs);
  };
  const change = (update: Partial<SessionState>, immediately = false): void => {
    session = { ...session, ...update };
    if (immediately) render();
    else scheduleRender();
  };

  const runFill = async (steps: readonly StepId[]): Promise<void> => {
    if (session.filling) return;
    run = runState.fillStarted(run, steps, steps.length === fillableSteps.length);
    // At once, not on the next frame: the overlay must know it is filling before a widget takes focus.
    change({ filling: true, progress: words('filling') }, true);
    await save();
    try {
      await fill({
        document, target, directory, now, signal: visit.signal, timeoutMs: waitLimitMs,
        progress: (progress) => change({ progress }),
        starting: (step) => change({ fillingStep: step, current: step }),
        noted: (step, note) => { run = runState.stepNoted(run, step, note); scheduleRender(); },
      }, steps);
    } finally {
      session = { ...session, filling: false, fillingStep: undefined };
    }
    if (!visit.isValid) return;
    if (runState.needsOwnerPrefill(run)) {
      run = runState.ownerPrefillStarted(run);
      change({ progress: words('progress_ownerPrefill') }, true);
      await save();
      location.assign(`${location.pathname}${new URL(templateUrl(recipe, now)).search}`);
      return;
    }
    const { plan } = assess();
    run = runState.fillFinished(run);
    change({ progress: fillOutcome(plan, run, steps), current: nextStep(plan) }, true);
    await save();
  };
  const fixFindings = (steps: readonly StepId[]): void => void runFill([...new Set(steps)]);

  const actions: OverlayActions = {
    fillAll: () => void runFill(fillableSteps),
    fillStep: (step) => void runFill([step]),
    goTo: (step) => change({ current: step }, true),
    fix: (findings) => fixFindings(findings.map((finding) => finding.step)),
    guardChoice: (choice) => {
      const held = session.guardHeld?.findings ?? [];
      if (choice === 'anyway') generateButton.locate(document)?.focus();
      change({ guardHeld: undefined, ...(choice === 'anyway' ? { standingAside: true, current: 'generate' } : {}) }, true);
      if (choice === 'fix') fixFindings(held.map((finding) => finding.step));
    },
    close: () => visit.abort(),
    locate: (step) => stepActions[step].locate(document),
  };

  const submission = () => decideSubmission({
    findings: assess().findings, standingAside: session.standingAside, fillingStep: session.filling ? (session.fillingStep ?? session.current) : undefined,
  });
  installGuard(visit, document, {
    allows: () => submission().allow,
    blocked: () => {
      const decision = submission();
      change({ guardHeld: decision.allow ? undefined : { findings: decision.findings, stillFilling: decision.stillFilling } }, true);
    },
    passed: () => {
      session = { ...session, standingAside: false };
      run = runState.tokenSubmitted(run, submittedToken(assess().snapshot, new Date()));
      void save();
    },
  });
  watchForm(visit, document, scheduleRender);

  render();
  // A fill asked for before a reload, the sudo page or from the popup carries on by itself.
  if (run.fillPending) void runFill(fillableSteps);
  return actions.fillAll;
}
