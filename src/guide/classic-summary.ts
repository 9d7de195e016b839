// The classic form's overview, computed from what the form holds: the scopes it grants, that a
// classic token is not limited to chosen repositories, and when it expires.
import { topmostScopes } from '../model/classic-scopes.ts';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { words } from '../model/i18n.ts';
import type { SubmittedToken } from './approval-request.ts';
import { expiryText } from './summary.ts';

function scopeLine(scopes: readonly string[] | undefined): string {
  if (scopes === undefined) return words('classic_summary_scopesUnreadable');
  const shown = topmostScopes(scopes);
  return shown.length ? words('classic_summary_scopes', shown.join(', ')) : words('classic_summary_noScopes');
}

export const summarizeClassic = (snapshot: ClassicSnapshot, now: Date): string[] => [
  scopeLine(snapshot.scopes),
  words('classic_summary_reach'),
  expiryText(snapshot.expiration, now),
];

/** What the classic form held when the person clicked Generate: its note as the name, its scopes as the permissions. */
export const submittedClassicToken = (snapshot: ClassicSnapshot, now: Date): SubmittedToken => ({
  at: now.getTime(),
  kind: 'classic',
  name: snapshot.note ?? '',
  owner: '',
  repositories: [],
  permissions: topmostScopes(snapshot.scopes ?? []),
  expiry: expiryText(snapshot.expiration, now),
  needsApproval: false,
});
