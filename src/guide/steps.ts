// The procedure's steps in the order the page asks for them, each with the words a person needs
// to do it by hand. The procedure lists Expiration before Resource owner, but changing the owner
// reloads part of the form and can reset the expiration, so the owner comes first here.
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import type { ExpiryTarget, TargetForm } from './target.ts';

export const stepIds = [
  'name', 'description', 'owner', 'expiration', 'requestMessage',
  'repositoryAccess', 'repositories', 'permissions', 'review', 'generate',
] as const;
export type StepId = (typeof stepIds)[number];

/** Steps the extension can fill; review and generate are the user's. */
export const fillableSteps = stepIds.filter((id) => id !== 'review' && id !== 'generate');

export const stepTitles: Record<StepId, string> = {
  name: 'Token name',
  description: 'Description',
  owner: 'Resource owner',
  expiration: 'Expiration',
  requestMessage: 'Request message',
  repositoryAccess: 'Repository access',
  repositories: 'Select repositories',
  permissions: 'Permissions',
  review: 'Review the overview',
  generate: 'Generate the token',
};

export const quoted = (text: string): string => `“${text}”`;

/** Steps both kinds of token form share, in the same words. */
export const sharedInstructions = {
  expiration: (target: ExpiryTarget): string =>
    `Expiration: choose ${quoted(`${target.expirationDays} days`)} (the default is 30 days), so the token expires on ${target.expirationDate}.`,
  review: 'Review what the token will grant: the overview below must match before you generate.',
  generate: (generateLabel: string): string => `Click ${quoted(generateLabel)} yourself. PAT Pilot never clicks it for you.`,
};

export function describePermissions(permissions: TargetForm['permissions']): string {
  const byLevel = new Map<string, string[]>();
  for (const [key, level] of Object.entries(permissions)) {
    const label = levelLabels[level];
    byLevel.set(label, [...(byLevel.get(label) ?? []), permissionInfo(key)?.name ?? key]);
  }
  return [...byLevel].map(([label, names]) => `${label} for ${names.join(' and ')}`).join('; ');
}

/** What to do by hand, in the procedure's words, for the recipe at hand. */
export function stepInstruction(step: StepId, target: TargetForm, generateLabel = 'Generate token'): string {
  switch (step) {
    case 'name':
      return `Token name: type ${quoted(target.name)}.`;
    case 'description':
      return `Description: type ${quoted(target.description)}.`;
    case 'owner':
      return `Resource owner: choose ${quoted(target.owner)} (the default is your user).`;
    case 'expiration':
      return sharedInstructions.expiration(target);
    case 'requestMessage':
      return target.requestMessage
        ? `Request message: write ${quoted(target.requestMessage)}. It is sent with the request for access.`
        : 'Request message: leave it empty.';
    case 'repositoryAccess':
      return target.repositoryAccess === 'selected'
        ? `Repository access: click the bubble ${quoted('Only select repositories')}.`
        : `Repository access: choose ${quoted(target.repositoryAccess === 'all' ? 'All repositories' : 'Public repositories')}.`;
    case 'repositories':
      return `Click the dropdown ${quoted('Select repositories')}, then select: ${target.repositories.map((name) => name.split('/')[1]).join(', ')}. Close the list when done.`;
    case 'permissions':
      return `Permissions: click ${quoted('Add permissions')} and select ${describePermissions(target.permissions)}. Do not change any other access.`;
    case 'review':
      return sharedInstructions.review;
    case 'generate':
      return sharedInstructions.generate(generateLabel);
  }
}
