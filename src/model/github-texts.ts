// GitHub's own words that PAT Pilot shows as GitHub writes them, in every language: GitHub's UI is
// English, so the person finds a control by the very words it carries. PAT Pilot's own words come
// from the messages (i18n.ts); the pseudo-locale test exempts exactly these texts by name.
import { classicScopes } from './classic-scopes.ts';
import { levelLabels, permissionCatalog } from './permission-catalog.ts';

export const githubTexts = {
  generateToken: 'Generate token',
  generateTokenAndRequestAccess: 'Generate token and request access',
  allRepositories: 'All repositories',
  onlySelectRepositories: 'Only select repositories',
  publicRepositories: 'Public repositories',
  configureSso: 'Configure SSO',
  authorize: 'Authorize',
  classicTokenPath: 'Tokens (classic) → Generate new token (classic)',
  fineGrainedTokenPath: 'Fine-grained tokens → Generate new token',
  regenerateToken: 'Regenerate token',
  noExpiration: 'No expiration',
  approve: 'Approve',
  deny: 'Deny',
} as const;

/** Every text of GitHub's that PAT Pilot may show: the labels above, permission names and access levels, classic scopes and their descriptions. */
export const githubTextList: readonly string[] = [
  ...Object.values(githubTexts),
  ...permissionCatalog.map((permission) => permission.name),
  ...Object.values(levelLabels),
  ...classicScopes.flatMap((entry) => [entry.scope, entry.description]),
];
