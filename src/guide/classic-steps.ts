// The classic token form's steps in page order, each with the words a person needs to do it by
// hand. GitHub's docs: "In the Note field, give your token a descriptive name", choose an
// expiration, "Select the scopes you'd like to grant this token", then Generate token.
import { classicScopeInfo, descendantsOf } from '../model/classic-scopes.ts';
import type { ClassicTarget } from './classic-target.ts';
import { quoted, sharedInstructions, stepTitles } from './steps.ts';

export const classicStepIds = ['note', 'expiration', 'scopes', 'review', 'generate'] as const;

export type ClassicStepId = (typeof classicStepIds)[number];

/** Steps the extension can fill; review and generate are the person's. */
export const classicFillableSteps: readonly ClassicStepId[] = ['note', 'expiration', 'scopes'];

export const classicStepTitles: Record<ClassicStepId, string> = {
  note: 'Note',
  expiration: stepTitles.expiration,
  scopes: 'Select scopes',
  review: stepTitles.review,
  generate: stepTitles.generate,
};

/** "repo (Full control of private repositories), with repo:status, …" for each scope. */
export const describeScope = (scope: string): string => {
  const info = classicScopeInfo(scope);
  const children = descendantsOf(scope);
  return `${scope}${info ? ` (${info.description})` : ''}${children.length ? `, which ticks ${children.join(', ')} with it` : ''}`;
};

export function classicStepInstruction(step: ClassicStepId, target: ClassicTarget, generateLabel = 'Generate token'): string {
  switch (step) {
    case 'note':
      return `Note: type ${quoted(target.note)}.`;
    case 'expiration':
      return sharedInstructions.expiration(target);
    case 'scopes':
      return target.scopes.length
        ? `Select scopes: tick ${target.scopes.map(describeScope).join('; ')}. Tick nothing else.`
        : 'Select scopes: tick nothing; the token reads public information only.';
    case 'review':
      return sharedInstructions.review;
    case 'generate':
      return sharedInstructions.generate(generateLabel);
  }
}
