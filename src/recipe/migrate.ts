// Recipes are stored, exported and pushed by policy, so they outlive the PAT Pilot that wrote them.
// Each carries schemaVersion; this brings an older one up to the current shape before validation,
// and turns away one from a newer PAT Pilot with a message instead of guessing at it.
import { words } from '../model/i18n.ts';
import { recipeSchemaVersion } from './schema.ts';

/** Turns a recipe of one version into the next; it sees plain JSON, not yet validated. */
export type MigrationStep = (recipe: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrationSteps[n] turns version n into version n + 1. Version 1 is the first, so there are none
 * yet; a change to the recipe's shape bumps recipeSchemaVersion and adds its step here.
 */
export const migrationSteps: Readonly<Record<number, MigrationStep>> = {};

export type MigrationResult =
  /** value is still unvalidated; notes say what was assumed or changed on the way. */
  | { readonly ok: true; readonly value: unknown; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function migrateRecipe(
  input: unknown,
  steps: Readonly<Record<number, MigrationStep>> = migrationSteps,
  currentVersion: number = recipeSchemaVersion,
): MigrationResult {
  // Not an object at all: validation says so in its own words.
  if (!isRecord(input)) return { ok: true, value: input, notes: [] };
  const notes: string[] = [];
  let version = input.schemaVersion;
  let recipe = input;
  if (version === undefined) {
    version = 1;
    recipe = { ...input, schemaVersion: 1 };
    notes.push(words('migrate_noVersion'));
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: words('migrate_badVersion', currentVersion) };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      problem: words('migrate_newerVersion', version, currentVersion),
    };
  }
  for (; version < currentVersion; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false, problem: words('migrate_noStep', version) };
    recipe = { ...step(recipe), schemaVersion: version + 1 };
    notes.push(words('migrate_brought', version, version + 1));
  }
  return { ok: true, value: recipe, notes };
}
