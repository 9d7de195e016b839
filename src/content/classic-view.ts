// What the guide shows on the classic form: the same view the fine-grained form's guide draws,
// with the classic form's steps, findings and overview. Pure: the session gathers the inputs.
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import type { ClassicFinding } from '../guide/classic-compliance.ts';
import type { ClassicStepState } from '../guide/classic-plan.ts';
import { classicStepInstruction, classicStepTitles, type ClassicStepId } from '../guide/classic-steps.ts';
import { summarizeClassic } from '../guide/classic-summary.ts';
import type { ClassicTarget } from '../guide/classic-target.ts';
import { problemFor } from '../guide/problems.ts';
import type { StepNote } from '../messaging/run-state.ts';
import type { FormView, GuardView, StepView } from '../overlay/view.ts';
import { badgeFor } from './step-badge.ts';

export interface ClassicViewInput {
  readonly recipeLabel: string;
  readonly recipeProblem: string | undefined;
  readonly target: ClassicTarget;
  readonly snapshot: ClassicSnapshot;
  readonly plan: readonly ClassicStepState[];
  readonly findings: readonly ClassicFinding[];
  readonly notes: Partial<Record<ClassicStepId, StepNote>>;
  readonly current: ClassicStepId;
  readonly filling: boolean;
  readonly fillingStep: ClassicStepId | undefined;
  readonly progress: string | undefined;
  readonly guard: GuardView<ClassicStepId> | undefined;
  readonly standingAside: boolean;
  readonly now: Date;
}

function stepView(state: ClassicStepState, input: ClassicViewInput, generateLabel: string): StepView<ClassicStepId> {
  const note = input.notes[state.id];
  const badge = badgeFor(state, note, input.fillingStep);
  const instruction = classicStepInstruction(state.id, input.target, generateLabel);
  const handedOver = badge === 'needs-you' || badge === 'cannot-do';
  const problem = !handedOver
    ? undefined
    : note?.blocked
      ? problemFor(note.blocked, instruction, { owner: undefined, name: input.target.note })
      : { title: 'PAT Pilot cannot find this field', detail: `GitHub may have changed the page. Please do it by hand. ${instruction}` };
  return { id: state.id, title: classicStepTitles[state.id], badge, instruction, problem, changes: note?.changes ?? [] };
}

export function classicFormView(input: ClassicViewInput): FormView<ClassicStepId> {
  const generateLabel = input.snapshot.generateLabel ?? 'Generate token';
  return {
    kind: 'form',
    recipeLabel: input.recipeLabel,
    recipeProblem: input.recipeProblem,
    steps: input.plan.map((state) => stepView(state, input, generateLabel)),
    current: input.current,
    filling: input.filling,
    progress: input.progress,
    findings: input.findings.filter((finding) => finding.severity !== 'unfinished'),
    summary: summarizeClassic(input.snapshot, input.now),
    generateLabel,
    guard: input.guard,
    guardStandingAside: input.standingAside,
    // The classic form asks for no confirmation of its own after Generate.
    githubConfirming: false,
  };
}
