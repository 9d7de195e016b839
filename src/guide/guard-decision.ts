// Whether a submission may go ahead: a pure function of what the form breaks and what the fill
// is doing. A form that matches the recipe always goes through, even while a fill is still
// running; a held one always says why.
import type { Finding } from './compliance.ts';
import { stepTitle, type StepId } from './steps.ts';

export interface GuardInput {
  readonly findings: readonly Finding[];
  /** The person chose "Generate anyway". */
  readonly standingAside: boolean;
  /** The step the fill is busy with, if a fill runs. */
  readonly fillingStep: StepId | undefined;
}

export type GuardDecision =
  | { readonly allow: true }
  | { readonly allow: false; readonly findings: readonly Finding[]; readonly stillFilling: string | undefined };

export function decideSubmission({ findings, standingAside, fillingStep }: GuardInput): GuardDecision {
  if (standingAside || findings.length === 0) return { allow: true };
  return { allow: false, findings, stillFilling: fillingStep && stepTitle(fillingStep) };
}
