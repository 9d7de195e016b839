// A recipe in a few lines: what the token it makes will reach. Shared by the popup and options.
import { describePermissions } from '../guide/steps.ts';
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words } from '../model/i18n.ts';
import type { Recipe } from '../recipe/schema.ts';

export function RecipeFacts({ recipe }: { recipe: Recipe }) {
  const repositories = recipe.repositoryAccess === 'selected' ? recipe.repositories.join(', ') : recipe.repositoryAccess === 'all' ? githubTexts.allRepositories : githubTexts.publicRepositories;
  const permissions = Object.keys(recipe.permissions).length ? describePermissions(recipe.permissions) : words('facts_noPermissions');
  return (
    <dl class="facts">
      <dt>{words('facts_owner')}</dt>
      <dd data-fact="owner">{recipe.owner}</dd>
      <dt>{words('facts_repositories')}</dt>
      <dd data-fact="repositories">{repositories}</dd>
      <dt>{words('facts_permissions')}</dt>
      <dd data-fact="permissions">{permissions}</dd>
      <dt>{words('facts_expires')}</dt>
      <dd data-fact="expiry">{pluralWords('facts_expiresAfter', recipe.expiresInDays)}</dd>
    </dl>
  );
}
