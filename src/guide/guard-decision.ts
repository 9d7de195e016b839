// Whether a submission may go ahead: a pure function of what the form breaks and what the fill
// is doing. A form that matches the recipe always goes through, even while a fill is still
// running; a held one always says why.
import type { Finding } from './compliance.ts';

/** S: the step ids of the form (each kind of token form has its own). */
export interface GuardInput<S extends string> {
  readonly findings: readonly Finding<S>[];
  /** The person chose "Generate anyway". */
  readonly standingAside: boolean;
  /** The step the fill is busy with, if a fill runs. */
  readonly fillingStep: S | undefined;
}

export type GuardDecision<S extends string> =
  | { readonly allow: true }
  | { readonly allow: false; readonly findings: readonly Finding<S>[]; readonly stillFilling: string | undefined };

/** titles: the form's step titles, to name the step still being filled. */
export function decideSubmission<S extends string>({ findings, standingAside, fillingStep }: GuardInput<S>, titles: Readonly<Record<S, string>>): GuardDecision<S> {
  if (standingAside || findings.length === 0) return { allow: true };
  return { allow: false, findings, stillFilling: fillingStep && titles[fillingStep] };
}
