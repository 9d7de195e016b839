// GitHub's template URLs, one per kind of token. Fine-grained (2025-08-26 onwards): name,
// description, target_name, expires_in and one parameter per permission; there is no parameter
// for repositories. Classic: description (the note) and scopes, comma-separated, as links to
// github.com/settings/tokens/new have carried them for years. GitHub may ignore any of them, so
// the form is always filled and checked too.
import { githubHost, hostOrigin } from '../model/github-host.ts';
import { expandTemplate } from './expand.ts';
import { topmostScopes } from '../model/classic-scopes.ts';
import { lifetimeOf, type ClassicRecipe, type FineGrainedRecipe, type Recipe } from './schema.ts';

/** The page that makes the recipe's kind of token, on the GitHub the recipe is for. */
export const newTokenUrl = (recipe: Recipe): string =>
  `${hostOrigin(recipe.host ?? githubHost)}${recipe.kind === 'classic' ? '/settings/tokens/new' : '/settings/personal-access-tokens/new'}`;

export function templateUrl(recipe: FineGrainedRecipe, now: Date): string {
  const parameters = new URLSearchParams({
    name: expandTemplate(recipe.name, now),
    description: expandTemplate(recipe.description, now),
    target_name: recipe.owner,
    // GitHub's expires_in: 1 to 366, or none (live-page-2026 §1.2).
    expires_in: String(lifetimeOf(recipe)),
    ...recipe.permissions,
  });
  return `${newTokenUrl(recipe)}?${parameters.toString()}`;
}

export function classicTemplateUrl(recipe: ClassicRecipe, now: Date): string {
  const parameters = new URLSearchParams({ description: expandTemplate(recipe.note, now), scopes: topmostScopes(recipe.scopes).join(',') });
  return `${newTokenUrl(recipe)}?${parameters.toString()}`;
}

/** The page that makes the recipe's kind of token, prefilled. */
export const recipeUrl = (recipe: Recipe, now: Date): string =>
  recipe.kind === 'classic' ? classicTemplateUrl(recipe, now) : templateUrl(recipe, now);
