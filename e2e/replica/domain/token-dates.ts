// The dates on the pages around a token: when it was made and when it expires, written the way
// public reports quote GitHub's token list ("Expires on Mon, Mar 2 2027", issue #12 §1).
import type { ReplicaTokenSettings } from '../config.ts';
import { addDays, isoDate } from '../shared/expiration.ts';

export interface TokenDates {
  readonly createdOn: Date;
  /** undefined: the token never expires. */
  readonly expiresOn: Date | undefined;
}

export const settingsDates = (settings: ReplicaTokenSettings, today: Date): TokenDates => ({
  createdOn: addDays(today, -settings.createdDaysAgo),
  expiresOn: settings.expiresInDays === undefined ? undefined : addDays(today, settings.expiresInDays),
});

const parts = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

/** "Mon, Mar 2 2027": no comma before the year, as the reports quote it. */
export function githubDate(day: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.formatToParts(day).find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('month')} ${part('day')} ${part('year')}`;
}

/** The row's and the page's sentence about the end of the token's life. */
export function expiryText(expiresOn: Date | undefined, today: Date): string {
  if (expiresOn === undefined) return 'This token has no expiration date.';
  return `${isoDate(expiresOn) < isoDate(today) ? 'Expired' : 'Expires'} on ${githubDate(expiresOn)}.`;
}
