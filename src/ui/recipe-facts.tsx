// A recipe in a few lines: what the token it makes will reach. Shared by the popup and options.
import { classicScopeInfo, topmostScopes } from '../model/classic-scopes.ts';
import { describePermissions } from '../guide/steps.ts';
import { githubHost } from '../model/github-host.ts';
import { isClassicRecipe } from '../recipe/kind.ts';
import type { ClassicRecipe, Recipe } from '../recipe/schema.ts';
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words } from '../model/i18n.ts';

/** A classic token has scopes, not repositories and permissions, and reaches all the person can. */
function ClassicFacts({ recipe }: { recipe: ClassicRecipe }) {
  const scopes = topmostScopes(recipe.scopes).map((scope) => `${scope} (${classicScopeInfo(scope)?.description ?? scope})`).join(', ');
  return (
    <dl class="facts">
      <dt>{words('facts_token')}</dt>
      <dd data-fact="kind">{words('facts_classicReach')}</dd>
      <dt>{words('facts_scopes')}</dt>
      <dd data-fact="scopes">{scopes || words('facts_noScopes')}</dd>
      <dt>{words('facts_expires')}</dt>
      <dd data-fact="expiry">{pluralWords('facts_expiresAfter', recipe.expiresInDays)}</dd>
      {recipe.purpose && (
        <>
          <dt>{words('facts_purpose')}</dt>
          <dd data-fact="purpose">{recipe.purpose}</dd>
        </>
      )}
    </dl>
  );
}

export function RecipeFacts({ recipe }: { recipe: Recipe }) {
  if (isClassicRecipe(recipe)) return <ClassicFacts recipe={recipe} />;
  const repositories = recipe.repositoryAccess === 'selected' ? recipe.repositories.join(', ') : recipe.repositoryAccess === 'all' ? githubTexts.allRepositories : githubTexts.publicRepositories;
  const permissions = Object.keys(recipe.permissions).length ? describePermissions(recipe.permissions) : words('facts_noPermissions');
  return (
    <dl class="facts">
      {recipe.host !== undefined && recipe.host !== githubHost && <><dt>{words('facts_host')}</dt><dd data-fact="host">{recipe.host}</dd></>}
      <dt>{words('facts_owner')}</dt>
      <dd data-fact="owner">{recipe.owner}</dd>
      <dt>{words('facts_repositories')}</dt>
      <dd data-fact="repositories">{repositories}</dd>
      <dt>{words('facts_permissions')}</dt>
      <dd data-fact="permissions">{permissions}</dd>
      <dt>{words('facts_expires')}</dt>
      <dd data-fact="expiry">{recipe.expiresInDays === undefined ? words('facts_neverExpires') : pluralWords('facts_expiresAfter', recipe.expiresInDays)}</dd>
    </dl>
  );
}
