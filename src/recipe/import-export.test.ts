import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { seededStorage } from '../../test/fake-storage.ts';
import { exportJson, importRecipe, loadLibrary, maxImportCharacters } from './store.ts';

const mine = { ...alta3EnchiladaRecipe, id: 'mine', label: 'Mine' };
const team = { ...alta3EnchiladaRecipe, id: 'team', label: 'Team token' };

describe('import', () => {
  it('adds a valid recipe, which then appears in the library', async () => {
    const storage = await seededStorage();
    expect(await importRecipe(storage, JSON.stringify(mine))).toEqual({ ok: true, recipe: mine, notes: [] });
    expect((await loadLibrary(storage)).recipes.map((entry) => `${entry.source}:${entry.recipe.id}`)).toEqual(['builtin:alta3-enchilada', 'builtin:alta3-hotfix-classic', 'user:mine']);
  });

  it('round-trips what export writes', async () => {
    const storage = await seededStorage();
    await importRecipe(storage, exportJson(mine));
    expect((await storage.localItems()).recipes).toEqual([mine]);
    expect(exportJson(mine)).toBe(`${JSON.stringify(mine, null, 2)}\n`);
  });

  it.each([
    ['empty text', '  \n', 'There is nothing to import: paste a recipe’s JSON or choose its file.'],
    ['text that is not JSON', '{"id": "mine",', /^The text is not valid JSON \(.+\); export a recipe from PAT Pilot to see the shape\.$/],
    ['text far larger than any recipe', 'x'.repeat(maxImportCharacters + 1), /^The text is 100,001 characters; a recipe is far smaller/],
    ['a recipe with a trailing space', JSON.stringify({ ...mine, repositories: ['labs', 'demo', 'enchilada', 'gutenberg '] }), "repositories[3]: 'gutenberg ' ends with a space; remove it"],
    ['the built-in recipe’s id', JSON.stringify(alta3EnchiladaRecipe), "id: 'alta3-enchilada' is already taken by the built-in recipe “Alta3 enchilada install”; choose another id"],
    ['a managed recipe’s id', JSON.stringify(team), "id: 'team' is already taken by the recipe from your organization “Team token”; choose another id"],
    ['a recipe from a newer PAT Pilot', JSON.stringify({ ...mine, id: 'new', schemaVersion: 2 }), /a newer PAT Pilot made it/],
  ])('refuses %s with a message and stores nothing', async (_case, text, message) => {
    const storage = await seededStorage({ recipes: [mine], activeRecipeId: 'mine' }, { recipes: [team] });
    const before = (await storage.localItems());
    const result = await importRecipe(storage, text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([typeof message === 'string' ? message : expect.stringMatching(message)]);
    expect(storage.writes()).toBe(0);
    expect((await storage.localItems())).toEqual(before);
  });

  it('refuses a second copy of one of the user’s own recipes', async () => {
    const storage = await seededStorage({ recipes: [mine] });
    expect(await importRecipe(storage, JSON.stringify(mine))).toEqual({ ok: false, problems: ["id: 'mine' is already taken by your recipe “Mine”; choose another id"] });
  });

  it('reports a "__proto__" permission rather than dropping it', async () => {
    const result = await importRecipe(await seededStorage(), JSON.stringify(mine).replace('"permissions":{', '"permissions":{"__proto__":"admin",'));
    expect(result).toEqual({ ok: false, problems: ['permissions.__proto__: is not a GitHub permission; remove it'] });
  });

  it('shortens an enormous value in its message', async () => {
    const result = await importRecipe(await seededStorage(), JSON.stringify({ ...mine, owner: '<script>'.repeat(5000) }));
    expect(result.ok ? [] : result.problems).toEqual([`owner: '${'<script>'.repeat(7)}<sc…' is not a GitHub login: use letters, digits and single hyphens, at most 39 characters`]);
  });
});
