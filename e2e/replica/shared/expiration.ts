// The expiration menu's choices and rules, shared by the server (first render, validation) and
// the page script (rebuilding the menu when the owner changes).

export interface ExpirationChoice {
  /** data-value and the posted user_programmatic_access[default_expires_at]. */
  readonly value: string;
  readonly label: string;
}

const presetDays = [7, 30, 60, 90];
const defaultDays = 30;
/** GitHub's longest lifetime, also the Custom date's limit when no policy applies. */
const longestLifetimeDays = 366;

const dateLabel = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

export function addDays(day: Date, days: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

/** YYYY-MM-DD in local time, the format of input[type=date]. */
export function isoDate(day: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Presets up to the owner's cap (the cap itself becomes a preset, e.g. "366 days"), then Custom;
 * "No expiration" only without a lifetime policy.
 */
export function expirationChoices(capDays: number | undefined, today: Date): ExpirationChoice[] {
  const days = capDays === undefined
    ? presetDays
    : [...presetDays.filter((preset) => preset <= capDays), ...(presetDays.includes(capDays) ? [] : [capDays])];
  return [
    ...days.map((count) => ({ value: String(count), label: `${count} days (${dateLabel.format(addDays(today, count))})` })),
    { value: 'custom', label: 'Custom...' },
    ...(capDays === undefined ? [{ value: 'none', label: 'No expiration' }] : []),
  ];
}

export const defaultExpiration = (capDays: number | undefined): string => String(Math.min(defaultDays, capDays ?? defaultDays));

/** The latest date the Custom field accepts. */
export const latestCustomDate = (capDays: number | undefined, today: Date): string =>
  isoDate(addDays(today, capDays ?? longestLifetimeDays));

/** Reported for the live page, 2026-H2 (issue #10 §4): a personal owner's custom date stops at a year. */
export const personalCustomDays = 365;

/** How far the Custom date may go: the owner's cap; for a person under customDateBounds, a year. */
export const customDateCapDays = (owner: { readonly lifetimeCapDays?: number; readonly isOrganization: boolean }, bounded: boolean): number | undefined =>
  owner.lifetimeCapDays ?? (bounded && !owner.isOrganization ? personalCustomDays : undefined);

/** Between tomorrow and the latest date, as the field's min and max say. */
export const customDateInRange = (customDate: string, capDays: number | undefined, today: Date): boolean =>
  customDate > isoDate(today) && customDate <= latestCustomDate(capDays, today);

/**
 * Whether a posted expiration respects the owner's choices and cap; the error text otherwise.
 * customCapDays is the Custom date's own limit when it differs from the cap on the presets.
 */
export function expirationError(value: string, customDate: string, capDays: number | undefined, today: Date, customCapDays = capDays): string | undefined {
  if (value === 'custom') {
    if (customDate === '') return "Expiration date can't be blank";
    if (!customDateInRange(customDate, customCapDays, today)) {
      return `Expiration date must be between 1 and ${customCapDays ?? longestLifetimeDays} days from today`;
    }
    return undefined;
  }
  if (expirationChoices(capDays, today).some((choice) => choice.value === value)) return undefined;
  return capDays === undefined ? 'Expiration is not valid' : `Expiration exceeds the maximum lifetime of ${capDays} days`;
}
