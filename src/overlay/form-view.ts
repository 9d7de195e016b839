// What the guide shows on the form, as a pure function of the recipe, the plan and findings of
// the latest snapshot, the run state and what the session is doing. No DOM: unit-tested.
import type { Finding } from '../guide/compliance.ts';
import { nextStep, type StepState } from '../guide/plan.ts';
import { describeProblem } from '../guide/problems.ts';
import { stepInstruction, stepTitle, type StepId } from '../guide/steps.ts';
import type { TargetForm } from '../guide/target.ts';
import type { RunState, StepNote } from '../messaging/run-state.ts';
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words } from '../model/i18n.ts';
import type { FormView, GuardView, StepBadge, StepView } from './view.ts';

/** What the session is doing right now; everything else comes from the page and the run state. */
export interface SessionState {
  readonly filling: boolean;
  /** The step a running fill is busy with. */
  readonly fillingStep: StepId | undefined;
  readonly progress: string | undefined;
  /** Where the spotlight is. */
  readonly current: StepId;
  readonly guardHeld: GuardView | undefined;
  /** The person chose "Generate anyway". */
  readonly standingAside: boolean;
}

export const idleSession = (plan: readonly StepState[]): SessionState => ({
  filling: false, fillingStep: undefined, progress: undefined, current: nextStep(plan), guardHeld: undefined, standingAside: false,
});

export interface FormViewInput {
  readonly recipeLabel: string;
  readonly recipeProblem: string | undefined;
  readonly target: TargetForm;
  readonly plan: readonly StepState[];
  readonly findings: readonly Finding[];
  readonly summary: readonly string[];
  readonly generateLabel: string | undefined;
  readonly githubConfirming: boolean;
  readonly run: RunState;
  readonly session: SessionState;
}

/** Blocks a person cannot fix on this page (they need an admin, or the recipe changed). */
const cannotDoHere: ReadonlySet<string> = new Set(['owner-not-listed', 'lifetime-cap', 'repositories-not-found']);

function badgeFor(state: StepState, note: StepNote | undefined, fillingStep: StepId | undefined): StepBadge {
  if (state.id === fillingStep) return 'filling';
  if (state.status === 'done' || state.status === 'not-needed') return state.status;
  if (note?.blocked) return cannotDoHere.has(note.blocked.kind) ? 'cannot-do' : 'needs-you';
  if (state.status === 'missing') return 'needs-you';
  return state.status === 'waiting' ? 'waiting' : 'todo';
}

function stepView(state: StepState, note: StepNote | undefined, input: FormViewInput, generateLabel: string): StepView {
  const badge = badgeFor(state, note, input.session.fillingStep);
  const instruction = stepInstruction(state.id, input.target, generateLabel);
  const handedOver = badge === 'needs-you' || badge === 'cannot-do';
  const problem = !handedOver
    ? undefined
    : note?.blocked
      ? describeProblem(state.id, note.blocked, input.target)
      : { title: words('problem_fieldMissing'), detail: words('problem_fieldMissing_detail', instruction) };
  return { id: state.id, title: stepTitle(state.id), badge, instruction, problem, changes: note?.changes ?? [] };
}

export function formView(input: FormViewInput): FormView {
  const generateLabel = input.generateLabel ?? githubTexts.generateToken;
  const { session } = input;
  return {
    kind: 'form',
    recipeLabel: input.recipeLabel,
    recipeProblem: input.recipeProblem,
    steps: input.plan.map((state) => stepView(state, input.run.notes[state.id], input, generateLabel)),
    current: session.current,
    filling: session.filling,
    progress: session.progress,
    findings: input.findings.filter((finding) => finding.severity !== 'unfinished'),
    summary: input.summary,
    generateLabel,
    guard: session.guardHeld,
    guardStandingAside: session.standingAside,
    githubConfirming: input.githubConfirming,
  };
}

/**
 * The spotlight moves on by itself when its step becomes done (not while a fill is moving it, and
 * not away from a step the person chose that is still to do).
 */
export function followPlan(current: StepId, previous: readonly StepState[], plan: readonly StepState[], filling: boolean): StepId {
  const was = previous.find((state) => state.id === current)?.status;
  const now = plan.find((state) => state.id === current)?.status;
  return was !== 'done' && now === 'done' && !filling ? nextStep(plan) : current;
}

/** The progress line once a fill of these steps has ended. */
export function fillOutcome(plan: readonly StepState[], run: RunState, steps: readonly StepId[]): string {
  const handedOver = plan.filter((state) => run.notes[state.id]?.blocked && state.status !== 'done').length;
  if (handedOver) return pluralWords('progress_handedOver', handedOver);
  const formReady = plan.find((state) => state.id === 'review')?.status === 'done';
  return formReady ? words('progress_allFilled') : words('progress_filled', steps.map(stepTitle).join(', '));
}
