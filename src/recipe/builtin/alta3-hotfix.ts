// The classic token of the same Alta3 procedure: "We use a classic token for access to all
// repositories in order to be able to pull down changes (think Hot-fix)."
import { words } from '../../model/i18n.ts';
import type { ClassicRecipe } from '../schema.ts';

export const alta3HotfixRecipe: ClassicRecipe = {
  schemaVersion: 1,
  kind: 'classic',
  id: 'alta3-hotfix-classic',
  label: 'Alta3 hot-fix (classic)',
  purpose: 'We use a classic token for access to all repositories in order to be able to pull down changes (think Hot-fix).',
  note: 'enchilada-hotfix-{date}',
  expiresInDays: 7,
  scopes: ['repo'],
};

/** Why 7 days, shown with the recipe: the procedure names no lifetime for this token. */
export const alta3HotfixLifetimeNote = (): string => words('builtin_hotfixLifetimeNote', alta3HotfixRecipe.expiresInDays);
