// The procedure's step 18 ("2 permissions for 6 of your repositories", organization permissions
// unchanged, the expiry date), computed from what the form holds rather than from the recipe.
import type { ExpirationState, FormSnapshot } from '../model/form-snapshot.ts';
import { formatDate, pluralWords, words } from '../model/i18n.ts';
import { permissionInfo, type PermissionGroup } from '../model/permission-catalog.ts';
import { localDate } from '../recipe/expand.ts';
import { addDays } from './target.ts';

function grantedIn(snapshot: FormSnapshot, group: PermissionGroup): number {
  return Object.entries(snapshot.permissions ?? {}).filter(
    ([key, level]) => level !== 'none' && permissionInfo(key)?.group === group,
  ).length;
}

/** "Feb 22, 2027" (as GitHub's expiration menu writes dates), "22. Feb. 2027": in the person's language. */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return formatDate(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** The expiry in the overview's words, for either kind of token form. */
export function expiryText(expiration: ExpirationState | undefined, now: Date): string {
  if (!expiration) return words('summary_expiryUnreadable');
  if (expiration.choice === 'none') return words('summary_neverExpires');
  if (expiration.choice === 'custom') {
    return expiration.customDate ? words('summary_expiresOn', displayDate(expiration.customDate)) : words('summary_expiresOnUnselectedDate');
  }
  const days = Number(expiration.choice);
  return pluralWords('summary_expiresAfterDays', days, displayDate(localDate(addDays(now, days))));
}

function repositoryScope(snapshot: FormSnapshot): string {
  switch (snapshot.repositoryAccess) {
    case 'all':
      return words('summary_scopeAll');
    case 'selected':
      return snapshot.repositories.length ? words('summary_scopeSelected', snapshot.repositories.length) : words('summary_scopeNone');
    default:
      return words('summary_scopePublic');
  }
}

export function summarize(snapshot: FormSnapshot, now: Date): string[] {
  const owner = snapshot.owner ?? words('summary_unknownOwner');
  const ownedByUser = snapshot.owner !== undefined && snapshot.owner.toLowerCase() === snapshot.signedInUser?.toLowerCase();
  const organizationCount = grantedIn(snapshot, 'organization');
  return [
    pluralWords('summary_repositoryPermissions', grantedIn(snapshot, 'repository'), repositoryScope(snapshot)),
    ownedByUser
      ? pluralWords('summary_accountPermissions', grantedIn(snapshot, 'account'))
      : organizationCount === 0
        ? words('summary_noOrganizationChange')
        : pluralWords('summary_organizationPermissions', organizationCount, owner),
    expiryText(snapshot.expiration, now),
    words(snapshot.requestMessage !== undefined ? 'resourceOwner_needsApproval' : 'resourceOwner', owner),
  ];
}
