// Dates as the pages around a token write them: "Expires on Mon, Mar 2 2027", "Expired on …",
// "Created on …" (public reports, issue #12 §1). A date is read only when its weekday agrees with
// it; any other wording is left unread.
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const datePattern = '(?:([A-Z][a-z]{2}),? )?([A-Z][a-z]{2,8})\\.? (\\d{1,2}),? (\\d{4})';

const pad = (value: number): string => String(value).padStart(2, '0');

/** "Mon, Mar 2 2027" or "Mar 2, 2027" → "2027-03-02"; undefined if it is not a real date or the weekday disagrees. */
function dateFrom(match: RegExpExecArray, at: number): string | undefined {
  const [weekday, monthName, dayText, yearText] = match.slice(at, at + 4);
  const month = months.indexOf((monthName ?? '').slice(0, 3).toLowerCase());
  const day = Number(dayText);
  const year = Number(yearText);
  const date = new Date(year, month, day);
  if (month < 0 || date.getMonth() !== month || date.getDate() !== day) return undefined;
  if (weekday !== undefined && weekdays.indexOf(weekday.toLowerCase()) !== date.getDay()) return undefined;
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

/** The one date that follows the phrase everywhere in the text; undefined when absent, unreadable or contradictory. */
function onlyDate(text: string, phrase: string): string | undefined {
  const found = [...text.matchAll(new RegExp(`\\b${phrase} on ${datePattern}`, 'g'))].map((match) => dateFrom(match as RegExpExecArray, 1));
  const dates = new Set(found);
  const [date] = dates;
  return dates.size === 1 ? date : undefined;
}

const neverPattern = /\b(has no expiration date|never expires|no expiration)\b/i;

/** The text says something about the expiry, readable or not. */
export const expiryStated = (text: string): boolean => neverPattern.test(text) || /\bExpire[sd] on\b/.test(text);

/** YYYY-MM-DD, "never", or undefined when the text does not say so clearly. */
export function readExpiry(text: string): string | undefined {
  const dated = onlyDate(text, '(?:Expires|Expired)');
  const never = neverPattern.test(text);
  if (dated !== undefined && !never) return dated;
  return never && !/\bExpire[sd] on\b/.test(text) ? 'never' : undefined;
}

export const readCreated = (text: string): string | undefined => onlyDate(text, 'Created');
