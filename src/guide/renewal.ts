// A token after the day it was made: which recipe it was made from (its name fits the recipe's
// name template), how long it has left, and whether it is time to make the next one.
import { pluralWords, words } from '../model/i18n.ts';
import { localDate, matchTemplate, parseLocalDate } from '../recipe/expand.ts';
import type { NameReading } from '../model/token-statement.ts';
import { isClassicRecipe } from '../recipe/kind.ts';
import type { FineGrainedRecipe, Recipe } from '../recipe/schema.ts';

/** A token whose recipe is known, and the date its name carries. */
export interface RecipeFit {
  readonly recipe: FineGrainedRecipe;
  readonly date: string | undefined;
}

/**
 * The first fine-grained recipe (in the order given: put the active one first) whose name template
 * the token's name fits; the pages audited list fine-grained tokens only.
 */
export function fittingRecipe(name: string, recipes: readonly Recipe[]): RecipeFit | undefined {
  for (const recipe of recipes) {
    if (isClassicRecipe(recipe)) continue;
    const match = matchTemplate(recipe.name, name);
    if (match) return { recipe, date: match.date };
  }
  return undefined;
}

/**
 * The token's name from what a page shows: the text it labels as the name, else the one title
 * (a heading, the page's title) a recipe's name template fits. A heading such as "Review request"
 * is never taken for a name by itself.
 */
export function statedName(reading: NameReading, recipes: readonly Recipe[]): string | undefined {
  if (reading.name !== undefined) return reading.name;
  const fitting = [...new Set(reading.titles)].filter((title) => fittingRecipe(title, recipes) !== undefined);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Offer the next token this many days before the current one expires. */
export const renewalDays = 14;

export interface ExpiryStatus {
  /** "expires in 12 days", "expires tomorrow", "expires today", "expired", "never expires". */
  readonly words: string;
  /** Expires within renewalDays, or has expired. */
  readonly renewalDue: boolean;
}

/** Whole calendar days from now (local date) to a YYYY-MM-DD date; a daylight-saving hour rounds away. */
export const daysUntil = (isoDate: string, now: Date): number =>
  Math.round((parseLocalDate(isoDate).getTime() - parseLocalDate(localDate(now)).getTime()) / 86_400_000);

/** expiresOn: YYYY-MM-DD, or "never". */
export function expiryStatus(expiresOn: string, now: Date): ExpiryStatus {
  if (expiresOn === 'never') return { words: words('audit_neverExpires'), renewalDue: false };
  const days = daysUntil(expiresOn, now);
  const status = days < 0 ? words('audit_expired')
    : days === 0 ? words('audit_expiresToday')
      : days === 1 ? words('audit_expiresTomorrow') : pluralWords('audit_expiresInDays', days);
  return { words: status, renewalDue: days <= renewalDays };
}
