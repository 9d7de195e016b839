// Recipe strings may carry placeholders that are filled in when the form is filled.

const placeholderPattern = /\{([^{}]*)\}/g;

export const knownPlaceholders = ['date'] as const;

/** The user's local calendar date, as the procedure writes it: YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date at local midday, away from daylight-saving edges. */
export function parseLocalDate(isoDate: string): Date {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(placeholderPattern)]
    .map((match) => match[1] ?? '')
    .filter((name) => !(knownPlaceholders as readonly string[]).includes(name));
}

export function expandTemplate(template: string, now: Date): string {
  return template.replace(placeholderPattern, (whole, name: string) => (name === 'date' ? localDate(now) : whole));
}

/** Length as GitHub counts it: characters, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isCalendarDate = (text: string): boolean => localDate(parseLocalDate(text)) === text;

/**
 * Whether a name was made from this template (enchilada-install-{date} fits
 * enchilada-install-2026-11-24), and the date it carries, if the template has {date}.
 */
export function matchTemplate(template: string, name: string): { readonly date: string | undefined } | undefined {
  const parts = template.split(placeholderPattern);
  // split() with a capture group alternates text and placeholder names: text, name, text, …
  const pattern = parts.map((part, index) => (index % 2 === 0 ? escapeRegExp(part) : part === 'date' ? '(\\d{4}-\\d{2}-\\d{2})' : escapeRegExp(`{${part}}`))).join('');
  const match = new RegExp(`^${pattern}$`).exec(name);
  if (!match) return undefined;
  const dates = new Set(match.slice(1));
  const [date] = dates;
  if (dates.size > 1 || (date !== undefined && !isCalendarDate(date))) return undefined;
  return { date };
}
