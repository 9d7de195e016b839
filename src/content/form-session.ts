// The guide on GitHub's form: read the page, decide, act, render. Every change of the form
// (GitHub's, the person's or ours) leads to a fresh snapshot, and the overlay is drawn from that
// snapshot, the findings and the run state only.
import { pageColorMode } from '../github/color-mode.ts';
import type { FormSnapshot } from '../model/form-snapshot.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import { RepositoryDirectory } from '../github/repository-directory.ts';
import { readSnapshot } from '../github/snapshot.ts';
import { find, findVisible } from '../github/dom.ts';
import { selectors } from '../github/selectors.ts';
import { checkCompliance } from '../guide/compliance.ts';
import { nextStep, planSteps, type StepState } from '../guide/plan.ts';
import { describeProblem } from '../guide/problems.ts';
import { fillableSteps, stepInstruction, stepTitles, type StepId } from '../guide/steps.ts';
import { summarize } from '../guide/summary.ts';
import { targetForm, type TargetForm } from '../guide/target.ts';
import type { FineGrainedRecipe } from '../recipe/schema.ts';
import { templateUrl } from '../recipe/template-url.ts';
import { mountOverlay } from '../overlay/mount.tsx';
import type { FormView, GuardView, OverlayActions, StepView } from '../overlay/view.ts';
import { decideSubmission } from '../guide/guard-decision.ts';
import type { Extension } from './extension.ts';
import { installGuard } from './guard.ts';
import { fill } from './runner.ts';
import type { SubmittedToken } from '../guide/approval-request.ts';
import { emptyRunState, type RunState, type StepNote } from '../messaging/run-state.ts';
import { stepLocator } from './step-locator.ts';
import { badgeFor } from './step-badge.ts';
import { watchForm } from './watch-form.ts';
import { coalesce, fillOutcome } from './session-parts.ts';

/** One wait (a fragment, a search) may take this long before the step is handed to the person. */
const waitLimitMs = 10_000;
const renderDelayMs = 100;

function stepView(state: StepState, note: StepNote | undefined, fillingStep: StepId | undefined, target: TargetForm, generateLabel: string): StepView {
  const badge = badgeFor(state, note, fillingStep);
  const instruction = stepInstruction(state.id, target, generateLabel);
  const handedOver = badge === 'needs-you' || badge === 'cannot-do';
  const problem = !handedOver
    ? undefined
    : note?.blocked
      ? describeProblem(state.id, note.blocked, target)
      : { title: 'PAT Pilot cannot find this field', detail: `GitHub may have changed the page. Please do it by hand. ${instruction}` };
  return { id: state.id, title: stepTitles[state.id], badge, instruction, problem, changes: note?.changes ?? [] };
}

function submittedToken(snapshot: FormSnapshot, now: Date): SubmittedToken {
  const expiration = snapshot.expiration;
  return {
    at: Date.now(),
    name: snapshot.name ?? '',
    owner: snapshot.owner ?? '',
    repositories: snapshot.repositories.map((repository) => repository.fullName ?? `id ${repository.id}`),
    permissions: Object.entries(snapshot.permissions ?? {})
      .filter(([, level]) => level !== 'none')
      .map(([key, level]) => `${permissionInfo(key)?.name ?? key}: ${levelLabels[level]}`),
    expiry: summarize(snapshot, now)[2] ?? (expiration?.choice === 'none' ? 'never' : ''),
    needsApproval: snapshot.requestMessage !== undefined || /request access/i.test(snapshot.generateLabel ?? ''),
  };
}

export interface FormSessionOptions {
  readonly document: Document;
  readonly signal: AbortSignal;
  readonly extension: Extension;
  readonly recipe: FineGrainedRecipe;
  readonly recipeProblem: string | undefined;
}

/** What the popup can ask of a form that is showing. */
export interface FormControls {
  readonly fillAll: () => void;
}

export async function runFormSession({ document, signal, extension, recipe, recipeProblem }: FormSessionOptions): Promise<FormControls> {
  const now = new Date();
  const target = targetForm(recipe, now);
  const directory = new RepositoryDirectory();
  const overlay = mountOverlay(document);
  signal.addEventListener('abort', () => overlay.remove(), { once: true });

  const stored = await extension.runState();
  let run: RunState = stored?.recipeId === recipe.id ? stored : emptyRunState(recipe.id);
  let fillingStep: StepId | undefined;
  let filling = false;
  let progress: string | undefined;
  let guardHeld: GuardView | undefined;
  let standingAside = false;
  let closed = false;
  let current: StepId | undefined;
  let lastPlan: StepState[] = [];
  let lastShown = '';

  const save = (): Promise<void> => extension.saveRunState(run).catch(() => undefined);

  const evaluate = () => {
    const snapshot = readSnapshot(document, directory);
    const plan = planSteps(target, snapshot);
    return { snapshot, plan, findings: checkCompliance(target, snapshot) };
  };

  /** The spotlight moves on by itself when its step becomes done, unless the person chose it. */
  const followPlan = (plan: StepState[]): void => {
    const previous = lastPlan.find((state) => state.id === current)?.status;
    const now = plan.find((state) => state.id === current)?.status;
    if (current === undefined || (previous !== 'done' && now === 'done' && !filling)) current = nextStep(plan);
    lastPlan = plan;
  };

  const render = (): void => {
    if (signal.aborted || closed) return;
    const { snapshot, plan, findings } = evaluate();
    followPlan(plan);
    const generateLabel = snapshot.generateLabel ?? 'Generate token';
    const view: FormView = {
      kind: 'form',
      recipeLabel: recipe.label,
      recipeProblem,
      steps: plan.map((state) => stepView(state, run.notes[state.id], fillingStep, target, generateLabel)),
      current: current ?? 'name',
      filling,
      progress,
      findings: findings.filter((finding) => finding.severity !== 'unfinished'),
      summary: summarize(snapshot, now),
      generateLabel,
      guard: guardHeld,
      guardStandingAside: standingAside,
      githubConfirming: findVisible(document, selectors.confirmationDialog) !== undefined,
    };
    const theme = pageColorMode(document);
    // Most mutation bursts on GitHub's page change nothing the guide shows; skip preact's diff then.
    const shown = JSON.stringify([view, theme]);
    if (shown === lastShown) return;
    lastShown = shown;
    overlay.update(view, actions, theme);
  };

  const scheduleRender = coalesce(render, renderDelayMs);

  const runFill = async (steps: readonly StepId[]): Promise<void> => {
    if (filling) return;
    filling = true;
    run = { ...run, fillPending: steps.length === fillableSteps.length, notes: Object.fromEntries(Object.entries(run.notes).filter(([id]) => !steps.includes(id as StepId))) };
    progress = 'Filling…';
    // At once, not on the next frame: the overlay must know it is filling before a widget takes focus.
    render();
    await save();
    try {
      await fill({
        document, target, directory, signal, now, timeoutMs: waitLimitMs,
        progress: (text) => { progress = text; scheduleRender(); },
        starting: (step) => { fillingStep = step; current = step; scheduleRender(); },
        noted: (step, note) => { run = { ...run, notes: { ...run.notes, [step]: note } }; scheduleRender(); },
      }, steps);
    } finally {
      filling = false;
      fillingStep = undefined;
      if (!signal.aborted && run.notes.owner?.blocked?.kind === 'owner-list-failed' && !run.ownerPrefilled) {
        // GitHub's owner list does not retry, but its URL prefill sets the owner: load the form
        // with it once, and the fill carries on there by itself.
        run = { ...run, fillPending: true, ownerPrefilled: true };
        progress = 'GitHub could not list the owners; loading the form with the owner set…';
        render();
        await save();
        const location = document.defaultView?.location;
        location?.assign(`${location.pathname}${new URL(templateUrl(recipe, now)).search}`);
      } else if (!signal.aborted) {
        const { plan } = evaluate();
        progress = fillOutcome(plan, run.notes, steps, stepTitles);
        current = nextStep(plan);
        run = { ...run, fillPending: false };
        await save();
        render();
      }
    }
  };

  const actions: OverlayActions = {
    fillAll: () => void runFill(fillableSteps),
    fillStep: (step) => void runFill([step]),
    goTo: (step) => { current = step; render(); },
    fix: (findings) => void runFill([...new Set(findings.map((finding) => finding.step))]),
    guardChoice: (choice) => {
      const findings = guardHeld?.findings ?? [];
      guardHeld = undefined;
      if (choice === 'anyway') {
        standingAside = true;
        current = 'generate';
        find<HTMLElement>(document, selectors.generateButton)?.focus();
      }
      render();
      if (choice === 'fix') void runFill([...new Set(findings.map((finding) => finding.step))]);
    },
    close: () => { closed = true; overlay.remove(); },
    locate: (step) => stepLocator(document, step),
  };

  const submission = () => decideSubmission({ findings: evaluate().findings, standingAside, fillingStep: filling ? (fillingStep ?? current) : undefined });
  installGuard(document, signal, {
    allows: () => submission().allow,
    blocked: () => {
      const decision = submission();
      guardHeld = decision.allow ? undefined : { findings: decision.findings, stillFilling: decision.stillFilling };
      render();
    },
    passed: () => {
      standingAside = false;
      run = { ...run, fillPending: false, submitted: submittedToken(evaluate().snapshot, now) };
      void save();
    },
  });

  watchForm(document, selectors.form, signal, scheduleRender);

  render();
  // A fill asked for before a reload, the sudo page or from the popup carries on by itself.
  if (run.fillPending) void runFill(fillableSteps);
  return { fillAll: actions.fillAll };
}

