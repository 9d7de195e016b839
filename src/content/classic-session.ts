// The guide on GitHub's classic token form (settings/tokens/new), as on the fine-grained form:
// every change of the form leads to a fresh snapshot, and the overlay is drawn from that
// snapshot, the findings and the run state only. Fill, live warnings, the Generate guard, sudo
// continuity (the run state) and the after-Generate panel work as on the fine-grained form.
import { readClassicSnapshot } from '../github/classic-snapshot.ts';
import { pageColorMode } from '../github/color-mode.ts';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { find } from '../github/dom.ts';
import { selectors } from '../github/selectors.ts';
import { expirationWidget } from '../github/widgets/expiration.ts';
import { classicGenerateButton } from '../github/widgets/generate.ts';
import { noteField } from '../github/widgets/note.ts';
import { scopesWidget } from '../github/widgets/scopes.ts';
import { topmostScopes } from '../model/classic-scopes.ts';
import type { SubmittedToken } from '../guide/approval-request.ts';
import { checkClassicCompliance } from '../guide/classic-compliance.ts';
import { nextClassicStep, planClassic, type ClassicStepState } from '../guide/classic-plan.ts';
import { classicFillableSteps, classicStepTitles, type ClassicStepId } from '../guide/classic-steps.ts';
import { classicTarget } from '../guide/classic-target.ts';
import { decideSubmission } from '../guide/guard-decision.ts';
import { expiryText } from '../guide/summary.ts';
import { emptyRunState, type RunState } from '../messaging/run-state.ts';
import { mountOverlay } from '../overlay/mount.tsx';
import type { GuardView, OverlayActions } from '../overlay/view.ts';
import type { ClassicRecipe } from '../recipe/schema.ts';
import { fillClassic } from './classic-runner.ts';
import { classicFormView } from './classic-view.ts';
import type { Extension } from './extension.ts';
import type { FormControls } from './form-session.ts';
import { installGuard } from './guard.ts';
import { watchForm } from './watch-form.ts';
import { coalesce, fillOutcome } from './session-parts.ts';

/** One wait may take this long before the step is handed to the person. */
const waitLimitMs = 10_000;
const renderDelayMs = 100;

const locators: Record<ClassicStepId, (document: Document) => Element | undefined> = {
  note: noteField.locate,
  expiration: expirationWidget.locate,
  scopes: scopesWidget.locate,
  // The overview is PAT Pilot's; the Generate button is where the person reviews it.
  review: classicGenerateButton.locate,
  generate: classicGenerateButton.locate,
};

function submittedToken(snapshot: ClassicSnapshot, now: Date): SubmittedToken {
  return {
    at: Date.now(),
    kind: 'classic',
    name: snapshot.note ?? '',
    owner: '',
    repositories: [],
    permissions: topmostScopes(snapshot.scopes ?? []),
    expiry: expiryText(snapshot.expiration, now),
    needsApproval: false,
  };
}

export interface ClassicSessionOptions {
  readonly document: Document;
  readonly signal: AbortSignal;
  readonly extension: Extension;
  readonly recipe: ClassicRecipe;
  readonly recipeProblem: string | undefined;
}

export async function runClassicSession({ document, signal, extension, recipe, recipeProblem }: ClassicSessionOptions): Promise<FormControls> {
  const now = new Date();
  const target = classicTarget(recipe, now);
  const overlay = mountOverlay(document);
  signal.addEventListener('abort', () => overlay.remove(), { once: true });

  const stored = await extension.runState();
  let run: RunState = stored?.recipeId === recipe.id ? stored : emptyRunState(recipe.id);
  let fillingStep: ClassicStepId | undefined;
  let filling = false;
  let progress: string | undefined;
  let guardHeld: GuardView<ClassicStepId> | undefined;
  let standingAside = false;
  let closed = false;
  let current: ClassicStepId | undefined;
  let lastPlan: ClassicStepState[] = [];
  let lastShown = '';

  const save = (): Promise<void> => extension.saveRunState(run).catch(() => undefined);

  const evaluate = () => {
    const snapshot = readClassicSnapshot(document);
    return { snapshot, plan: planClassic(target, snapshot), findings: checkClassicCompliance(target, snapshot) };
  };

  /** The spotlight moves on by itself when its step becomes done, unless the person chose it. */
  const followPlan = (plan: ClassicStepState[]): void => {
    const previous = lastPlan.find((state) => state.id === current)?.status;
    const status = plan.find((state) => state.id === current)?.status;
    if (current === undefined || (previous !== 'done' && status === 'done' && !filling)) current = nextClassicStep(plan);
    lastPlan = plan;
  };

  const render = (): void => {
    if (signal.aborted || closed) return;
    const { snapshot, plan, findings } = evaluate();
    followPlan(plan);
    const view = classicFormView({
      recipeLabel: recipe.label, recipeProblem, target, snapshot, plan, findings, notes: run.notes,
      current: current ?? 'note', filling, fillingStep, progress, guard: guardHeld, standingAside, now,
    });
    const theme = pageColorMode(document);
    // Most mutation bursts on GitHub's page change nothing the guide shows; skip preact's diff then.
    const shown = JSON.stringify([view, theme]);
    if (shown === lastShown) return;
    lastShown = shown;
    overlay.update(view, actions, theme);
  };

  const scheduleRender = coalesce(render, renderDelayMs);

  const runFill = async (steps: readonly ClassicStepId[]): Promise<void> => {
    if (filling) return;
    filling = true;
    const notes = Object.fromEntries(Object.entries(run.notes).filter(([id]) => !steps.includes(id as ClassicStepId)));
    run = { ...run, fillPending: steps.length === classicFillableSteps.length, notes };
    progress = 'Filling…';
    // At once, not on the next frame: the overlay must know it is filling before a widget takes focus.
    render();
    await save();
    try {
      await fillClassic({
        document, target, signal, now, timeoutMs: waitLimitMs,
        progress: (text) => { progress = text; scheduleRender(); },
        starting: (step) => { fillingStep = step; current = step; scheduleRender(); },
        noted: (step, note) => { run = { ...run, notes: { ...run.notes, [step]: note } }; scheduleRender(); },
      }, steps);
    } finally {
      filling = false;
      fillingStep = undefined;
      if (!signal.aborted) {
        const { plan } = evaluate();
        progress = fillOutcome(plan, run.notes, steps, classicStepTitles);
        current = nextClassicStep(plan);
        run = { ...run, fillPending: false };
        await save();
        render();
      }
    }
  };

  const fillFindings = (findings: readonly { readonly step: ClassicStepId }[]): void => void runFill([...new Set(findings.map((finding) => finding.step))]);
  const actions: OverlayActions<ClassicStepId> = {
    fillAll: () => void runFill(classicFillableSteps),
    fillStep: (step) => void runFill([step]),
    goTo: (step) => { current = step; render(); },
    fix: fillFindings,
    guardChoice: (choice) => {
      const findings = guardHeld?.findings ?? [];
      guardHeld = undefined;
      if (choice === 'anyway') {
        standingAside = true;
        current = 'generate';
        classicGenerateButton.locate(document)?.focus();
      }
      render();
      if (choice === 'fix') fillFindings(findings);
    },
    close: () => { closed = true; overlay.remove(); },
    locate: (step) => locators[step](document),
  };

  const submission = () => decideSubmission(
    { findings: evaluate().findings, standingAside, fillingStep: filling ? (fillingStep ?? current) : undefined },
    classicStepTitles,
  );
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
  }, { form: selectors.classicForm, generate: selectors.classicGenerateButton });

  watchForm(document, selectors.classicForm, signal, scheduleRender);
  render();
  // A fill asked for before a reload, the sudo page or from the popup carries on by itself.
  if (run.fillPending) void runFill(classicFillableSteps);
  return { fillAll: actions.fillAll };
}
