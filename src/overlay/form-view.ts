// What the guide shows on a token form (fine-grained or classic, S being its step ids), as a pure
// function of the steps' words, the plan and findings of the latest snapshot, the run state and
// what the session is doing. No DOM: unit-tested.
import type { Finding } from '../guide/compliance.ts';
import { nextStep, type PlannedStep } from '../guide/plan.ts';
import type { StepWords } from '../guide/step-words.ts';
import type { RunState, StepNote } from '../messaging/run-state.ts';
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words as i18n } from '../model/i18n.ts';
import type { FormView, GuardView, StepBadge, StepView } from './view.ts';

/** What the session is doing right now; everything else comes from the page and the run state. */
export interface SessionState<S extends string> {
  readonly filling: boolean;
  /** The step a running fill is busy with. */
  readonly fillingStep: S | undefined;
  readonly progress: string | undefined;
  /** Where the spotlight is. */
  readonly current: S;
  readonly guardHeld: GuardView<S> | undefined;
  /** The person chose "Generate anyway". */
  readonly standingAside: boolean;
}

export const idleSession = <S extends string>(plan: readonly PlannedStep<S>[]): SessionState<S> => ({
  filling: false, fillingStep: undefined, progress: undefined, current: nextStep(plan), guardHeld: undefined, standingAside: false,
});

export interface FormViewInput<S extends string> {
  readonly recipeLabel: string;
  readonly recipeProblem: string | undefined;
  readonly words: StepWords<S>;
  readonly plan: readonly PlannedStep<S>[];
  readonly findings: readonly Finding<S>[];
  readonly summary: readonly string[];
  readonly generateLabel: string | undefined;
  readonly githubConfirming: boolean;
  readonly run: RunState;
  readonly session: SessionState<S>;
}

/** Blocks a person cannot fix on this page (they need an admin, or the recipe changed). */
const cannotDoHere: ReadonlySet<string> = new Set(['owner-not-listed', 'lifetime-cap', 'repositories-not-found']);

function badgeFor<S extends string>(state: PlannedStep<S>, note: StepNote | undefined, fillingStep: S | undefined): StepBadge {
  if (state.id === fillingStep) return 'filling';
  if (state.status === 'done' || state.status === 'not-needed') return state.status;
  if (note?.blocked) return cannotDoHere.has(note.blocked.kind) ? 'cannot-do' : 'needs-you';
  if (state.status === 'missing') return 'needs-you';
  return state.status === 'waiting' ? 'waiting' : 'todo';
}

function stepView<S extends string>(state: PlannedStep<S>, note: StepNote | undefined, input: FormViewInput<S>, generateLabel: string): StepView<S> {
  const { words } = input;
  const badge = badgeFor(state, note, input.session.fillingStep);
  const instruction = words.instruction(state.id, generateLabel);
  const handedOver = badge === 'needs-you' || badge === 'cannot-do';
  const problem = !handedOver
    ? undefined
    : note?.blocked
      ? words.problem(state.id, note.blocked)
      : { title: i18n('problem_fieldMissing'), detail: i18n('problem_fieldMissing_detail', instruction) };
  return { id: state.id, title: words.titles[state.id], badge, fillable: words.fillable.includes(state.id), instruction, problem, changes: note?.changes ?? [] };
}

export function formView<S extends string>(input: FormViewInput<S>): FormView<S> {
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
export function followPlan<S extends string>(current: S, previous: readonly PlannedStep<S>[], plan: readonly PlannedStep<S>[], filling: boolean): S {
  const was = previous.find((state) => state.id === current)?.status;
  const now = plan.find((state) => state.id === current)?.status;
  return was !== 'done' && now === 'done' && !filling ? nextStep(plan) : current;
}

/** The progress line once a fill of these steps has ended. */
export function fillOutcome<S extends string>(plan: readonly PlannedStep<S>[], run: RunState, steps: readonly S[], titles: Readonly<Record<S, string>>): string {
  const handedOver = plan.filter((state) => run.notes[state.id]?.blocked && state.status !== 'done').length;
  if (handedOver) return pluralWords('progress_handedOver', handedOver);
  const formReady = plan.find((state) => state.id === 'review')?.status === 'done';
  return formReady ? i18n('progress_allFilled') : i18n('progress_filled', steps.map((step) => titles[step]).join(', '));
}
