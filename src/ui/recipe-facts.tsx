// A recipe in a few lines: what the token it makes will reach. Shared by the popup and options.
import { classicScopeInfo, topmostScopes } from '../model/classic-scopes.ts';
import { describePermissions } from '../guide/steps.ts';
import { githubHost } from '../model/github-host.ts';
import { isClassicRecipe } from '../recipe/kind.ts';
import type { ClassicRecipe, Recipe } from '../recipe/schema.ts';

/** A classic token has scopes, not repositories and permissions, and reaches all the person can. */
function ClassicFacts({ recipe }: { recipe: ClassicRecipe }) {
  const scopes = topmostScopes(recipe.scopes).map((scope) => `${scope} (${classicScopeInfo(scope)?.description ?? scope})`).join(', ');
  return (
    <dl class="facts">
      <dt>Token</dt>
      <dd data-fact="kind">Classic: every repository you can reach</dd>
      <dt>Scopes</dt>
      <dd data-fact="scopes">{scopes || 'None (public information only)'}</dd>
      <dt>Expires</dt>
      <dd data-fact="expiry">after {recipe.expiresInDays} days</dd>
      {recipe.purpose && (
        <>
          <dt>Purpose</dt>
          <dd data-fact="purpose">{recipe.purpose}</dd>
        </>
      )}
    </dl>
  );
}

export function RecipeFacts({ recipe }: { recipe: Recipe }) {
  if (isClassicRecipe(recipe)) return <ClassicFacts recipe={recipe} />;
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
