// The procedure's step 18 ("2 permissions for 6 of your repositories", organization permissions
// unchanged, the expiry date), computed from what the form holds rather than from the recipe.
import type { ExpirationState, FormSnapshot } from '../model/form-snapshot.ts';
import { permissionInfo, type PermissionGroup } from '../model/permission-catalog.ts';
import { localDate } from '../recipe/expand.ts';
import { addDays } from './target.ts';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function grantedIn(snapshot: FormSnapshot, group: PermissionGroup): number {
  return Object.entries(snapshot.permissions ?? {}).filter(
    ([key, level]) => level !== 'none' && permissionInfo(key)?.group === group,
  ).length;
}

// Built once: toLocaleDateString builds a formatter on every call, which shows on every render.
const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "Feb 22, 2027", the way GitHub's expiration menu writes dates. */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** The expiry in the overview's words, for either kind of token form. */
export function expiryText(expiration: ExpirationState | undefined, now: Date): string {
  if (!expiration) return 'The expiry date could not be read';
  if (expiration.choice === 'none') return 'This token will never expire';
  if (expiration.choice === 'custom') {
    return expiration.customDate ? `This token will expire on ${displayDate(expiration.customDate)}` : 'This token will expire on an unselected custom date';
  }
  const days = Number(expiration.choice);
  return `This token will expire on ${displayDate(localDate(addDays(now, days)))} (${days} days)`;
}

function repositoryScope(snapshot: FormSnapshot): string {
  switch (snapshot.repositoryAccess) {
    case 'all':
      return 'all of your repositories';
    case 'selected':
      return snapshot.repositories.length ? `${snapshot.repositories.length} of your repositories` : 'none of your repositories';
    default:
      return 'public repositories (read-only)';
  }
}

export function summarize(snapshot: FormSnapshot, now: Date): string[] {
  const owner = snapshot.owner ?? 'unknown owner';
  const ownedByUser = snapshot.owner !== undefined && snapshot.owner.toLowerCase() === snapshot.signedInUser?.toLowerCase();
  const organizationCount = grantedIn(snapshot, 'organization');
  return [
    `${plural(grantedIn(snapshot, 'repository'), 'permission')} for ${repositoryScope(snapshot)}`,
    ownedByUser
      ? `${plural(grantedIn(snapshot, 'account'), 'account permission')}`
      : organizationCount === 0
        ? 'No change in permissions for your organization'
        : `${plural(organizationCount, 'organization permission')} for ${owner}`,
    expiryText(snapshot.expiration, now),
    `Resource owner: ${owner}${snapshot.requestMessage !== undefined ? ' (an admin must approve the token)' : ''}`,
  ];
}
