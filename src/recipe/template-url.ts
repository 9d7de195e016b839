// GitHub's template URL for a new fine-grained token (2025-08-26 onwards): name, description,
// target_name, expires_in and one parameter per permission. There is no parameter for
// repositories, and GitHub may ignore any of them, so the form is always filled and checked too.
import { githubHost, hostOrigin } from '../model/github-host.ts';
import { expandTemplate } from './expand.ts';
import type { Recipe } from './schema.ts';

/** The new-token page of the GitHub the recipe is for. */
export const newTokenUrl = (recipe: Recipe): string => `${hostOrigin(recipe.host ?? githubHost)}/settings/personal-access-tokens/new`;

export function templateUrl(recipe: Recipe, now: Date): string {
  const parameters = new URLSearchParams({
    name: expandTemplate(recipe.name, now),
    description: expandTemplate(recipe.description, now),
    target_name: recipe.owner,
    expires_in: String(recipe.expiresInDays),
    ...recipe.permissions,
  });
  return `${newTokenUrl(recipe)}?${parameters.toString()}`;
}
