// The procedure's steps in the order the page asks for them, each with the words a person needs
// to do it by hand. The procedure lists Expiration before Resource owner, but changing the owner
// reloads part of the form and can reset the expiration, so the owner comes first here.
import { githubTexts } from '../model/github-texts.ts';
import { formatList, words, wordsRecord, type MessageKey } from '../model/i18n.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import { displayDate } from './summary.ts';
import type { ExpiryTarget, TargetForm } from './target.ts';

export const stepIds = [
  'name', 'description', 'owner', 'expiration', 'requestMessage',
  'repositoryAccess', 'repositories', 'permissions', 'review', 'generate',
] as const;
export type StepId = (typeof stepIds)[number];

/** Steps the extension can fill; review and generate are the user's. */
export const fillableSteps = stepIds.filter((id) => id !== 'review' && id !== 'generate');

const titleKeys: Record<StepId, MessageKey> = {
  name: 'step_name',
  description: 'step_description',
  owner: 'step_owner',
  expiration: 'step_expiration',
  requestMessage: 'step_requestMessage',
  repositoryAccess: 'step_repositoryAccess',
  repositories: 'step_repositories',
  permissions: 'step_permissions',
  review: 'step_review',
  generate: 'step_generate',
};

/** The titles in the person's language, looked up when read. */
export const stepTitles = wordsRecord(titleKeys);

/** Steps both kinds of token form share, in the same words. */
export const sharedInstructions = {
  expiration: ({ expirationDays, expirationDate }: ExpiryTarget): string =>
    expirationDays === 'none' || expirationDate === undefined
      ? words('instruction_noExpiration', githubTexts.noExpiration)
      : words('instruction_expiration', expirationDays, expirationDate, displayDate(expirationDate)),
  review: (): string => words('instruction_review'),
  generate: (generateLabel: string): string => words('instruction_generate', generateLabel),
};

export function describePermissions(permissions: TargetForm['permissions']): string {
  const byLevel = new Map<string, string[]>();
  for (const [key, level] of Object.entries(permissions)) {
    const label = levelLabels[level];
    byLevel.set(label, [...(byLevel.get(label) ?? []), permissionInfo(key)?.name ?? key]);
  }
  return [...byLevel].map(([label, names]) => words('permissions_atLevel', label, formatList(names))).join('; ');
}

/** What to do by hand, in the procedure's words, for the recipe at hand. */
export function stepInstruction(step: StepId, target: TargetForm, generateLabel: string = githubTexts.generateToken): string {
  switch (step) {
    case 'name':
      return words('instruction_name', target.name);
    case 'description':
      return words('instruction_description', target.description);
    case 'owner':
      return words('instruction_owner', target.owner);
    case 'expiration':
      return sharedInstructions.expiration(target);
    case 'requestMessage':
      return target.requestMessage ? words('instruction_requestMessage', target.requestMessage) : words('instruction_requestMessageEmpty');
    case 'repositoryAccess':
      return target.repositoryAccess === 'selected'
        ? words('instruction_repositoryAccessSelected', githubTexts.onlySelectRepositories)
        : words('instruction_repositoryAccessOther', target.repositoryAccess === 'all' ? githubTexts.allRepositories : githubTexts.publicRepositories);
    case 'repositories':
      return words('instruction_repositories', target.repositories.map((name) => name.split('/')[1]).join(', '));
    case 'permissions':
      return words('instruction_permissions', describePermissions(target.permissions));
    case 'review':
      return sharedInstructions.review();
    case 'generate':
      return sharedInstructions.generate(generateLabel);
  }
}
