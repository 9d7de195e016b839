// What the guide says about the steps of a token form, whichever form it is: each step's title,
// how to do it by hand, and what to tell the person when PAT Pilot hands it over. Bound to the
// recipe's target, so the overlay's view needs nothing else to word a step.
import type { BlockReason } from '../model/block-reason.ts';
import { classicFillableSteps, classicStepInstruction, classicStepTitles, type ClassicStepId } from './classic-steps.ts';
import type { ClassicTarget } from './classic-target.ts';
import { problemFor, type Problem } from './problems.ts';
import { fillableSteps, stepInstruction, stepTitles, type StepId } from './steps.ts';
import type { TargetForm } from './target.ts';

export interface StepWords<S extends string> {
  /** The steps PAT Pilot can fill, in page order; the others (review, generate) are the person's. */
  readonly fillable: readonly S[];
  readonly titles: Readonly<Record<S, string>>;
  readonly instruction: (step: S, generateLabel?: string) => string;
  readonly problem: (step: S, reason: BlockReason) => Problem;
}

export const fineGrainedStepWords = (target: TargetForm): StepWords<StepId> => ({
  fillable: fillableSteps,
  titles: stepTitles,
  instruction: (step, generateLabel) => stepInstruction(step, target, generateLabel),
  problem: (step, reason) => problemFor(reason, stepTitles[step], stepInstruction(step, target), target),
});

export const classicStepWords = (target: ClassicTarget): StepWords<ClassicStepId> => ({
  fillable: classicFillableSteps,
  titles: classicStepTitles,
  instruction: (step, generateLabel) => classicStepInstruction(step, target, generateLabel),
  // A classic token has no resource owner; it is named by its note.
  problem: (step, reason) => problemFor(reason, classicStepTitles[step], classicStepInstruction(step, target), { owner: undefined, name: target.note }),
});
