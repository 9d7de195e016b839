// Tokens and requests for the pages around a token (issue #12). Every date counts from the day
// the test runs: the replica writes each page's dates from its own clock, the extension reads them
// with the browser's, and both are this machine's (see e2e/token-pages.spec.ts on the clock).
import type { ReplicaOptions, ReplicaTokenSettings } from '../replica/config.ts';
import { addDays, isoDate } from '../replica/shared/expiration.ts';
import { alta3RepositoryNames } from './recipe-submission.ts';

/** The built-in recipe's name for a token made so many days ago. */
export const recipeName = (daysAgo: number): string => `enchilada-install-${isoDate(addDays(new Date(), -daysAgo))}`;

/** Made by the built-in Alta3 recipe on its name's day, 90 days, nothing more. */
const asTheRecipe = (id: number, createdDaysAgo: number): ReplicaTokenSettings => ({
  id,
  name: recipeName(createdDaysAgo),
  owner: 'alta3',
  createdDaysAgo,
  expiresInDays: 90 - createdDaysAgo,
  repositoryAccess: 'selected',
  repositories: alta3RepositoryNames,
  permissions: { contents: 'read', metadata: 'read' },
});

export const tokens = {
  /** Expires in 12 days: time to make the next one. */
  matching: asTheRecipe(101, 78),
  /** Expired 10 days ago, and reaches one repository more than the recipe. */
  extraRepository: { ...asTheRecipe(102, 100), repositories: [...alta3RepositoryNames, 'labs-archive'] },
  /** 60 days left, and may write to the code. */
  contentsWrite: { ...asTheRecipe(103, 30), permissions: { contents: 'write', metadata: 'read' } },
  /** No recipe makes this name. */
  unrelated: { ...asTheRecipe(104, 5), name: 'laptop-git', repositoryAccess: 'all', repositories: [] },
} as const satisfies Record<string, ReplicaTokenSettings>;

export const requests = {
  matching: { ...asTheRecipe(7, 1), requester: 'jdoe', reason: 'Needed for enchilada installation on cloud' },
  /** Asks for a repository more, Contents write and a year. */
  beyond: {
    ...asTheRecipe(8, 0),
    requester: 'mlee',
    reason: 'Needed for enchilada installation on cloud',
    expiresInDays: 366,
    repositories: [...alta3RepositoryNames, 'website'],
    permissions: { contents: 'write', metadata: 'read' },
  },
} as const;

export const auditReplica: ReplicaOptions = {
  tokens: Object.values(tokens),
  tokenRequests: Object.values(requests),
};

export const tokenUrl = (token: { readonly id: number }): string => `https://github.com/settings/personal-access-tokens/${token.id}`;
export const requestsUrl = 'https://github.com/organizations/alta3/settings/personal-access-token-requests';
export const requestUrl = (request: { readonly id: number }): string => `${requestsUrl}/${request.id}`;
