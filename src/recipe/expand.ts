// Recipe strings may carry placeholders that are filled in when the form is filled.

const placeholderPattern = /\{([^{}]*)\}/g;

export const knownPlaceholders = ['date'] as const;

/** The user's local calendar date, as the procedure writes it: YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
