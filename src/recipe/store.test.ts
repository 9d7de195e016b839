import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { alta3HotfixLifetimeNote, alta3HotfixRecipe } from './builtin/alta3-hotfix.ts';
import { seededStorage } from '../../test/fake-storage.ts';
import type { FineGrainedRecipe } from './schema.ts';
import { activeRecipe, copyOf, deleteUserRecipe, idIssues, loadLibrary, saveUserRecipe, setActiveRecipe } from './store.ts';

const recipe = (changes: Partial<FineGrainedRecipe> = {}): FineGrainedRecipe => ({ ...alta3EnchiladaRecipe, id: 'mine', label: 'Mine', ...changes });
const teamRecipe = recipe({ id: 'team', label: 'Team token' });

describe('loading the library', () => {
  it('offers the built-in recipes when nothing is stored and no policy is set, the fine-grained one active', async () => {
    const library = await loadLibrary(await seededStorage());
    expect(library).toEqual({
      recipes: [
        { recipe: alta3EnchiladaRecipe, source: 'builtin', notes: [] },
        { recipe: alta3HotfixRecipe, source: 'builtin', notes: [alta3HotfixLifetimeNote()] },
      ],
      broken: [],
      activeId: 'alta3-enchilada',
      organizationDefaultId: undefined,
      problem: undefined,
    });
  });

  it('lists built-in, managed and user recipes in that order, and follows the organization default', async () => {
    const library = await loadLibrary(await seededStorage({ recipes: [recipe()] }, { recipes: [teamRecipe], defaultRecipeId: 'team' }));
    expect(library.recipes.map((entry) => `${entry.source}:${entry.recipe.id}`)).toEqual(['builtin:alta3-enchilada', 'builtin:alta3-hotfix-classic', 'managed:team', 'user:mine']);
    expect(library.activeId).toBe('team');
    expect(library.organizationDefaultId).toBe('team');
    expect(activeRecipe(library).recipe).toEqual(teamRecipe);
  });

  it('lets the user’s own choice win over the organization default', async () => {
    const library = await loadLibrary(await seededStorage({ recipes: [recipe()], activeRecipeId: 'mine' }, { recipes: [teamRecipe], defaultRecipeId: 'team' }));
    expect(library.activeId).toBe('mine');
    expect(library.problem).toBeUndefined();
  });

  it('lists a damaged entry as broken with its problems, and says what stands in for it', async () => {
    const damaged = { ...recipe(), owner: 'alta3 ' };
    const library = await loadLibrary(await seededStorage({ recipes: [damaged], activeRecipeId: 'mine' }));
    expect(library.broken).toEqual([{ source: 'user', id: 'mine', entry: damaged, problems: ["owner: 'alta3 ' ends with a space; remove it"] }]);
    expect(library.activeId).toBe('alta3-enchilada');
    expect(library.problem).toBe("The recipe “mine” cannot be used (owner: 'alta3 ' ends with a space; remove it), so “Alta3 enchilada install” is used.");
  });

  it('falls back to the organization default when the user’s choice is gone', async () => {
    const library = await loadLibrary(await seededStorage({ activeRecipeId: 'deleted' }, { recipes: [teamRecipe], defaultRecipeId: 'team' }));
    expect(library.activeId).toBe('team');
    expect(library.problem).toBe('The recipe “deleted” no longer exists, so “Team token” is used.');
  });

  it('names entries without an id by their place, and keeps a stored value that is not a list', async () => {
    const listed = await loadLibrary(await seededStorage({ recipes: [recipe(), 42] }));
    expect(listed.broken).toEqual([{ source: 'user', id: '#2', entry: 42, problems: ['recipe: must be an object, not 42'] }]);
    const notAList = await loadLibrary(await seededStorage({ recipes: 'oops' }));
    expect(notAList.broken.map((entry) => entry.id)).toEqual(['#1']);
  });

  it('lists a recipe whose id is already taken as broken, never hiding either one', async () => {
    const clash = recipe({ id: 'team', label: 'My team' });
    const library = await loadLibrary(await seededStorage({ recipes: [clash] }, { recipes: [teamRecipe, recipe({ id: 'alta3-enchilada' })] }));
    expect(library.recipes.map((entry) => entry.recipe.label)).toEqual(['Alta3 enchilada install', 'Alta3 hot-fix (classic)', 'Team token']);
    expect(library.broken.map((entry) => [entry.source, entry.problems])).toEqual([
      ['managed', ["id: 'alta3-enchilada' is already taken by the built-in recipe “Alta3 enchilada install”; choose another id"]],
      ['user', ["id: 'team' is already taken by the recipe from your organization “Team token”; choose another id"]],
    ]);
  });

  it('reads a recipe without schemaVersion as version 1, with a note, and rejects one from a newer PAT Pilot', async () => {
    const { schemaVersion: _version, ...unversioned } = recipe();
    const library = await loadLibrary(await seededStorage({ recipes: [unversioned, { ...recipe({ id: 'future' }), schemaVersion: 2 }] }));
    expect(library.recipes[2]).toEqual({ recipe: recipe(), source: 'user', notes: ['It had no schemaVersion, so it was read as version 1.'] });
    expect(library.broken).toEqual([expect.objectContaining({ id: 'future', problems: [expect.stringMatching(/^schemaVersion: is 2, .* a newer PAT Pilot made it/)] })]);
  });
});

describe('saving a user recipe', () => {
  it('stores a valid recipe and leaves the rest alone', async () => {
    const storage = await seededStorage({ recipes: [42], unrelated: 'kept' });
    expect(await saveUserRecipe(storage, recipe())).toEqual({ ok: true, recipe: recipe(), notes: [] });
    expect((await storage.localItems())).toEqual({ recipes: [42, recipe()], unrelated: 'kept' });
  });

  it('writes nothing when the recipe is invalid', async () => {
    const storage = await seededStorage({ recipes: [recipe()], activeRecipeId: 'mine' });
    const result = await saveUserRecipe(storage, { ...recipe({ id: 'other' }), repositories: ['labs', 'gutenberg '] });
    expect(result).toEqual({ ok: false, problems: ["repositories[1]: 'gutenberg ' ends with a space; remove it"] });
    expect(storage.writes()).toBe(0);
  });

  it('refuses an id another recipe holds, unless it is the one being edited', async () => {
    const storage = await seededStorage({ recipes: [recipe()] }, { recipes: [teamRecipe] });
    expect(await saveUserRecipe(storage, recipe({ id: 'team' }))).toEqual({
      ok: false,
      problems: ["id: 'team' is already taken by the recipe from your organization “Team token”; choose another id"],
    });
    expect((await saveUserRecipe(storage, recipe(), undefined)).ok).toBe(false);
    expect(await saveUserRecipe(storage, recipe({ label: 'Renamed' }), 'mine')).toMatchObject({ ok: true });
    expect((await storage.localItems()).recipes).toEqual([recipe({ label: 'Renamed' })]);
  });

  it('keeps the active choice when the edited recipe gets a new id, in its place in the list', async () => {
    const storage = await seededStorage({ recipes: [recipe(), recipe({ id: 'second' })], activeRecipeId: 'mine' });
    await saveUserRecipe(storage, recipe({ id: 'renamed' }), 'mine');
    expect((await storage.localItems())).toEqual({ recipes: [recipe({ id: 'renamed' }), recipe({ id: 'second' })], activeRecipeId: 'renamed' });
  });

  it('stores an older recipe in the current version', async () => {
    const { schemaVersion: _version, ...unversioned } = recipe();
    const storage = await seededStorage();
    expect(await saveUserRecipe(storage, unversioned)).toEqual({ ok: true, recipe: recipe(), notes: ['It had no schemaVersion, so it was read as version 1.'] });
    expect((await storage.localItems()).recipes).toEqual([recipe()]);
  });
});

describe('deleting and choosing', () => {
  it('deletes the user’s recipe and forgets it was active', async () => {
    const storage = await seededStorage({ recipes: [recipe(), recipe({ id: 'second' })], activeRecipeId: 'mine' });
    expect(await deleteUserRecipe(storage, 'mine')).toEqual({ ok: true });
    expect((await storage.localItems())).toEqual({ recipes: [recipe({ id: 'second' })] });
  });

  it('deletes a broken entry by the id it is listed under', async () => {
    const storage = await seededStorage({ recipes: [recipe(), 'garbage'] });
    const library = await loadLibrary(storage);
    expect(await deleteUserRecipe(storage, library.broken[0]!.id)).toEqual({ ok: true });
    expect((await storage.localItems()).recipes).toEqual([recipe()]);
  });

  it('cannot delete the built-in or a managed recipe', async () => {
    const storage = await seededStorage({}, { recipes: [teamRecipe] });
    for (const id of ['alta3-enchilada', 'team']) {
      expect(await deleteUserRecipe(storage, id)).toEqual({ ok: false, problems: [`None of your recipes has the id '${id}'.`] });
    }
    expect(storage.writes()).toBe(0);
  });

  it('makes any usable recipe active, managed ones included, and nothing else', async () => {
    const storage = await seededStorage({ recipes: [{ ...recipe(), owner: '' }] }, { recipes: [teamRecipe] });
    expect(await setActiveRecipe(storage, 'team')).toEqual({ ok: true });
    expect((await loadLibrary(storage)).activeId).toBe('team');
    expect(await setActiveRecipe(storage, 'mine')).toEqual({ ok: false, problems: ["There is no usable recipe with the id 'mine'."] });
    expect((await storage.localItems()).activeRecipeId).toBe('team');
  });
});

describe('ids for new recipes', () => {
  it('says which recipe holds an id, and lets an edited recipe keep its own', async () => {
    const library = await loadLibrary(await seededStorage({ recipes: [recipe()] }));
    expect(idIssues(library, 'alta3-enchilada')).toEqual([{ path: ['id'], message: "'alta3-enchilada' is already taken by the built-in recipe “Alta3 enchilada install”; choose another id" }]);
    expect(idIssues(library, 'mine')).toEqual([{ path: ['id'], message: "'mine' is already taken by your recipe “Mine”; choose another id" }]);
    expect(idIssues(library, 'mine', 'mine')).toEqual([]);
    expect(idIssues(library, 'free')).toEqual([]);
  });

  it('copies a recipe under a free id and a label that still fits', async () => {
    const library = await loadLibrary(await seededStorage({ recipes: [recipe({ id: 'alta3-enchilada-copy' })] }));
    expect(copyOf(library, alta3EnchiladaRecipe)).toEqual({ ...alta3EnchiladaRecipe, id: 'alta3-enchilada-copy-2', label: 'Alta3 enchilada install (copy)' });
    const long = copyOf(library, recipe({ id: 'x'.repeat(63), label: 'y'.repeat(80) }));
    expect([long.id.length, long.label.length]).toEqual([63, 80]);
  });
});
