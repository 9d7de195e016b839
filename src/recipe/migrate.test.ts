import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { migrateRecipe, type MigrationStep } from './migrate.ts';
import { recipeSchemaVersion } from './schema.ts';

const { schemaVersion: _version, ...withoutVersion } = alta3EnchiladaRecipe;

describe('recipe migration', () => {
  it('passes a current recipe through unchanged', () => {
    expect(migrateRecipe(alta3EnchiladaRecipe)).toEqual({ ok: true, value: alta3EnchiladaRecipe, notes: [] });
  });

  it('reads a recipe without schemaVersion as version 1, and says so', () => {
    const result = migrateRecipe(withoutVersion);
    expect(result).toEqual({ ok: true, value: alta3EnchiladaRecipe, notes: ['It had no schemaVersion, so it was read as version 1.'] });
  });

  it('turns away a recipe from a newer PAT Pilot with a message', () => {
    expect(migrateRecipe({ ...alta3EnchiladaRecipe, schemaVersion: recipeSchemaVersion + 1 })).toEqual({
      ok: false,
      problem: `schemaVersion: is ${recipeSchemaVersion + 1}, but this PAT Pilot reads recipes up to version ${recipeSchemaVersion}; a newer PAT Pilot made it, so update PAT Pilot to use it`,
    });
  });

  it('rejects a version that is not a whole number from 1', () => {
    for (const schemaVersion of [0, -1, 1.5, '1', null]) {
      const result = migrateRecipe({ ...alta3EnchiladaRecipe, schemaVersion });
      expect(result).toEqual({ ok: false, problem: `schemaVersion: must be a whole number from 1 to ${recipeSchemaVersion}` });
    }
  });

  it('leaves what is not an object to validation', () => {
    expect(migrateRecipe('recipe')).toEqual({ ok: true, value: 'recipe', notes: [] });
    expect(migrateRecipe([1])).toEqual({ ok: true, value: [1], notes: [] });
  });

  it('brings a recipe of every version it knows up to the current one with its own steps', () => {
    // Fails once the version is bumped without the step that gets there.
    for (let version = 1; version <= recipeSchemaVersion; version += 1) {
      const result = migrateRecipe({ ...alta3EnchiladaRecipe, schemaVersion: version });
      expect(result.ok && (result.value as { schemaVersion: unknown }).schemaVersion, `from version ${version}`).toBe(recipeSchemaVersion);
    }
  });

  it('runs each step in turn once a later version adds them', () => {
    // A made-up version 3 in which "expiresInDays" became "lifetimeDays" (2) and "label" gained a prefix (3).
    const steps: Record<number, MigrationStep> = {
      1: ({ expiresInDays, ...rest }) => ({ ...rest, lifetimeDays: expiresInDays }),
      2: (recipe) => ({ ...recipe, label: `Team: ${String(recipe.label)}` }),
    };
    const result = migrateRecipe(withoutVersion, steps, 3);
    expect(result.ok && result.value).toMatchObject({ schemaVersion: 3, lifetimeDays: 90, label: 'Team: Alta3 enchilada install' });
    expect(result.ok && result.value).not.toHaveProperty('expiresInDays');
    expect(result.ok && result.notes).toEqual([
      'It had no schemaVersion, so it was read as version 1.',
      'It was brought from version 1 up to version 2.',
      'It was brought from version 2 up to version 3.',
    ]);
  });

  it('reports a missing step instead of skipping it', () => {
    expect(migrateRecipe(alta3EnchiladaRecipe, {}, 2)).toEqual({ ok: false, problem: 'schemaVersion: PAT Pilot cannot bring version 1 up to date' });
  });
});
