// A recipe in a few lines: what the token it makes will reach. Shared by the popup and options.
import { describePermissions } from '../guide/steps.ts';
import { githubHost } from '../model/github-host.ts';
import type { Recipe } from '../recipe/schema.ts';

export function RecipeFacts({ recipe }: { recipe: Recipe }) {
  const repositories = recipe.repositoryAccess === 'selected' ? recipe.repositories.join(', ') : recipe.repositoryAccess === 'all' ? 'All repositories' : 'Public repositories';
  const permissions = Object.keys(recipe.permissions).length ? describePermissions(recipe.permissions) : 'None';
  return (
    <dl class="facts">
      {recipe.host !== undefined && recipe.host !== githubHost && <><dt>GitHub</dt><dd data-fact="host">{recipe.host}</dd></>}
      <dt>Owner</dt>
      <dd data-fact="owner">{recipe.owner}</dd>
      <dt>Repositories</dt>
      <dd data-fact="repositories">{repositories}</dd>
      <dt>Permissions</dt>
      <dd data-fact="permissions">{permissions}</dd>
      <dt>Expires</dt>
      <dd data-fact="expiry">after {recipe.expiresInDays} days</dd>
    </dl>
  );
}
