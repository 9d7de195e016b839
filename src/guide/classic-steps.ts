// The classic token form's steps in page order, each with the words a person needs to do it by
// hand. GitHub's docs: "In the Note field, give your token a descriptive name", choose an
// expiration, "Select the scopes you'd like to grant this token", then Generate token.
import { classicScopeInfo, descendantsOf } from '../model/classic-scopes.ts';
import { formatList, words, wordsRecord } from '../model/i18n.ts';
import { githubTexts } from '../model/github-texts.ts';
import type { ClassicTarget } from './classic-target.ts';
import { sharedInstructions } from './steps.ts';

export const classicStepIds = ['note', 'expiration', 'scopes', 'review', 'generate'] as const;

export type ClassicStepId = (typeof classicStepIds)[number];

/** Steps the extension can fill; review and generate are the person's. */
export const classicFillableSteps: readonly ClassicStepId[] = ['note', 'expiration', 'scopes'];

/** The titles in the person's language, looked up when read. */
export const classicStepTitles = wordsRecord<ClassicStepId>({
  note: 'classic_step_note',
  expiration: 'step_expiration',
  scopes: 'classic_step_scopes',
  review: 'step_review',
  generate: 'step_generate',
});

/** "repo (Full control of private repositories), with repo:status, …" for each scope. */
export const describeScope = (scope: string): string => {
  const info = classicScopeInfo(scope);
  const children = descendantsOf(scope);
  const described = info ? words('classic_scopeDescribed', scope, info.description) : scope;
  return children.length ? words('classic_scopeWithChildren', described, formatList(children)) : described;
};

export function classicStepInstruction(step: ClassicStepId, target: ClassicTarget, generateLabel: string = githubTexts.generateToken): string {
  switch (step) {
    case 'note':
      return words('classic_instruction_note', target.note);
    case 'expiration':
      return sharedInstructions.expiration(target);
    case 'scopes':
      return target.scopes.length
        ? words('classic_instruction_scopes', target.scopes.map(describeScope).join('; '))
        : words('classic_instruction_noScopes');
    case 'review':
      return sharedInstructions.review();
    case 'generate':
      return sharedInstructions.generate(generateLabel);
  }
}
