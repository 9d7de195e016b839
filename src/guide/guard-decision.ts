// Whether a submission may go ahead: a pure function of what the form breaks and what the fill
// is doing. A form that matches the recipe always goes through, even while a fill is still
// running; a held one always says why.
import type { Finding } from './compliance.ts';
import { stepTitles, type StepId } from './steps.ts';

/** S: the form's step ids (the fine-grained form's by default). */
export interface GuardInput<S extends string = StepId> {
  readonly findings: readonly Finding<S>[];
  /** The person chose "Generate anyway". */
  readonly standingAside: boolean;
  /** The step the fill is busy with, if a fill runs. */
  readonly fillingStep: S | undefined;
}

export type GuardDecision<S extends string = StepId> =
  | { readonly allow: true }
  | { readonly allow: false; readonly findings: readonly Finding<S>[]; readonly stillFilling: string | undefined };

/** titles names the step still being filled; the fine-grained form's by default. */
export function decideSubmission(input: GuardInput): GuardDecision;
export function decideSubmission<S extends string>(input: GuardInput<S>, titles: Readonly<Record<S, string>>): GuardDecision<S>;
export function decideSubmission({ findings, standingAside, fillingStep }: GuardInput<string>, titles: Readonly<Record<string, string>> = stepTitles): GuardDecision<string> {
  if (standingAside || findings.length === 0) return { allow: true };
  return { allow: false, findings, stillFilling: fillingStep && titles[fillingStep] };
}
