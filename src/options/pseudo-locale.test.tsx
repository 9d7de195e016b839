// @vitest-environment happy-dom
// Every text of the options page's parts comes from the messages, the recipe checks' too: each
// part is rendered in the pseudo-locale over recipes that are valid, pushed by an organization,
// migrated, broken in every way the checks have words for, and being edited with mistakes.
import type { ComponentChildren } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserIn } from '../../test/locale-messages.ts';
import { exemptTexts, pseudoLocale, renderedNotFromMessages } from '../../test/pseudo-locale.ts';
import { formatList, useMessageSource } from '../model/i18n.ts';
import { alta3HotfixRecipe } from '../recipe/builtin/alta3-hotfix.ts';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import type { Recipe } from '../recipe/schema.ts';
import { copyOf, idIssues, importRecipe, loadLibrary } from '../recipe/store.ts';
import { seededStorage } from '../../test/fake-storage.ts';
import { BrokenRecipes } from './broken-recipes.tsx';
import { DeleteButton } from './delete-button.tsx';
import { draftOf } from './draft.ts';
import { RecipeCard } from './recipe-card.tsx';
import { RecipeEditor } from './recipe-editor.tsx';

const now = new Date();
const nothing = () => undefined;
const team: Recipe = { ...alta3EnchiladaRecipe, id: 'team-recipe', label: 'Team recipe', permissions: { contents: 'write', members: 'read' } };

/** Entries that break every rule the recipe checks have words for, as a store would hold them. */
const brokenEntries: unknown[] = [
  { ...team, id: 'bad-text', label: '', name: ' x{when}', description: 'd'.repeat(1100), owner: 'not a login', requestMessage: 'x ', expiresInDays: 0 },
  { ...team, id: 'bad-repos', repositories: ['alta3/labs', 'bad name', 'labs', 'LABS', ...Array.from({ length: 50 }, (_, index) => `r${index}`)] },
  { ...team, id: 'bad-access', repositoryAccess: 'all', expiresInDays: 400, permissions: { metadata: 'write', no_such_thing: 'read', contents: 'owner', checks: 'read', user_copilot_requests: 'read' } },
  { ...team, id: 'bad-types', label: 7, repositories: 'labs', permissions: [], extra: true, more: 1 },
  { ...team, id: 'bad-shape', name: undefined, surplus: 'x' },
  { ...team, id: 'bad-lifetime', expiresInDays: undefined },
  { ...team, id: 'both-lifetimes', noExpiration: true },
  { ...team, id: 'Not An Id', repositoryAccess: 'selected', repositories: [] },
  { ...team, id: 'newer', schemaVersion: 9 },
  { ...team, id: 'odd-version', schemaVersion: 'one' },
  JSON.parse('{"schemaVersion":1,"id":"proto","permissions":{"__proto__":"read"}}'),
  { ...team, id: 'alta3-enchilada' },
];

async function library() {
  const { schemaVersion: _version, ...unversioned } = { ...team, id: 'old-recipe', label: 'Old recipe' };
  const { expiresInDays: _days, ...neverExpires } = { ...team, id: 'never-expires', label: 'Never expires', noExpiration: true };
  const storage = await seededStorage(
    { recipes: [unversioned, neverExpires, ...brokenEntries, { ...team, id: 'team-recipe' }], activeRecipeId: 'bad-repos' },
    { recipes: [team, { ...team, id: 'managed-broken', owner: '-' }], defaultRecipeId: 'team-recipe' },
  );
  const problems = await Promise.all(['', '{', 'x'.repeat(300_000)].map(async (text) => {
    const result = await importRecipe(storage, text);
    return result.ok ? [] : result.problems;
  }));
  return { library: await loadLibrary(storage), importProblems: problems.flat() };
}

/** What the person's data and the browser bring: ids and labels of the test's recipes, what they hold, the JSON parser's message. */
const dataTexts = [
  'Team recipe', 'team-recipe', 'Old recipe', 'old-recipe', 'Never expires', 'never-expires', 'managed-broken', 'alta3-enchilada-copy', ...brokenEntries.map((entry) => (entry as { id: string }).id),
  'not a login', 'bad name', 'LABS', 'no_such_thing', 'checks', 'owner', 'one', '{when}', 'extra', 'more', 'surplus',
  // What the editor's fields hold for these entries: a list one per line.
  ...brokenEntries.flatMap((entry) => Object.values(entry as object).flatMap((value: unknown) =>
    (typeof value === 'string' ? [value] : Array.isArray(value) ? [value.join('\n')] : []))),
];

/** Each part, with its Delete buttons pressed: the confirmation has words of its own. */
const notFromMessages = (parts: readonly ComponentChildren[], more: readonly string[]): string[] =>
  renderedNotFromMessages(parts, exemptTexts([alta3EnchiladaRecipe, alta3HotfixRecipe, team], now, [...dataTexts, ...more]), (root) => {
    for (const button of root.querySelectorAll<HTMLButtonElement>('.btn-danger')) button.click();
  });

describe('the options page in the pseudo-locale', () => {
  beforeAll(() => useMessageSource(pseudoLocale()));
  afterAll(() => useMessageSource(browserIn('en-US', 'en')));

  it('shows no text that did not come from the messages, the recipe checks\' included', async () => {
    const { library: recipes, importProblems } = await library();
    expect(recipes.broken.length).toBeGreaterThanOrEqual(brokenEntries.length);
    const actions = { onUse: nothing, onEdit: nothing, onDuplicate: nothing, onDelete: nothing, onStatus: nothing };
    const edit = (recipe: unknown) => draftOf(recipe as Recipe);
    const parts: ComponentChildren[] = [
      ...recipes.recipes.map((stored) => <RecipeCard stored={stored} active organizationDefault {...actions} />),
      ...recipes.recipes.map((stored) => <RecipeCard stored={stored} active={false} organizationDefault={false} {...actions} />),
      <BrokenRecipes broken={recipes.broken} onDelete={nothing} onStatus={nothing} />,
      <p>{recipes.problem}</p>,
      <ul>{importProblems.map((problem) => <li>{problem}</li>)}</ul>,
      <DeleteButton describedBy="x" onConfirm={nothing} />,
      <RecipeEditor title="" initial={draftOf(copyOf(recipes, alta3EnchiladaRecipe))} takenIssues={() => []} onSave={async () => []} onCancel={nothing} />,
      // The team's recipe under its own id, which is taken, and entries with mistakes in every field.
      ...[team, ...brokenEntries.slice(0, 3)].map((entry) => (
        <RecipeEditor title="" initial={edit(entry)} takenIssues={(id) => idIssues(recipes, id)} onSave={async () => []} onCancel={nothing} />
      )),
    ];
    // The JSON parser's own words, and what Intl writes: lists of levels and of permissions.
    const browserWords = [(() => { try { JSON.parse('{'); } catch (error) { return (error as Error).message; } return ''; })()];
    const intl = [formatList(['Read-only'], 'disjunction'), formatList(['Contents', 'Metadata']), formatList(['Members']), formatList(['Contents']), 'Read and write'];
    expect(notFromMessages(parts, [...browserWords, ...intl])).toEqual([]);
  }, 60_000);
});
