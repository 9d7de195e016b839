// Where recipes live: the built-in one, the user's own (storage.local) and those an
// organization pushes by policy (storage.managed). Everything read back is migrated and validated
// again, so a damaged or outdated entry is reported, never silently used or dropped. Writes touch
// storage only once the whole recipe is valid, so a bad save or import leaves everything as it was.
import { formatNumber, pluralWords, words, type MessageKey } from '../model/i18n.ts';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { alta3HotfixLifetimeNote, alta3HotfixRecipe } from './builtin/alta3-hotfix.ts';
import { migrateRecipe } from './migrate.ts';
import { issueLine, limits, validateRecipe, type Recipe, type RecipeIssue } from './schema.ts';

export type RecipeSource = 'builtin' | 'managed' | 'user';

export interface StoredRecipe {
  readonly recipe: Recipe;
  readonly source: RecipeSource;
  /** For the options page: what reading it assumed or changed (an older schema version), or why a built-in recipe is as it is. */
  readonly notes: readonly string[];
}

/** A stored entry that is not a usable recipe, with what is wrong with it. */
export interface BrokenRecipe {
  readonly source: Exclude<RecipeSource, 'builtin'>;
  /** Its id, or "#n" (its place in the list) when it has none. */
  readonly id: string;
  readonly problems: readonly string[];
  /** The entry as stored, so it can be exported and mended by hand. */
  readonly entry: unknown;
}

/** The storage areas, as webextension-polyfill offers them; tests pass an in-memory fake. */
export interface RecipeStorage {
  readonly local: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string[]): Promise<void>;
  };
  readonly managed: { get(keys: string[]): Promise<Record<string, unknown>> };
}

export const builtinRecipes: readonly StoredRecipe[] = [
  { recipe: alta3EnchiladaRecipe, source: 'builtin', notes: [] },
  // The note in the person's language, looked up when read.
  { recipe: alta3HotfixRecipe, source: 'builtin', get notes() { return [alta3HotfixLifetimeNote()]; } },
];

/** A recipe file or paste larger than this is not a recipe: the largest valid one is a few kB. */
export const maxImportCharacters = 100_000;

export interface RecipeLibrary {
  readonly recipes: readonly StoredRecipe[];
  readonly broken: readonly BrokenRecipe[];
  readonly activeId: string;
  /** The recipe the organization's policy makes the default, when it names one. */
  readonly organizationDefaultId: string | undefined;
  /** Why the chosen recipe could not be used, when another one stands in for it. */
  readonly problem: string | undefined;
}

export type WriteResult =
  | { readonly ok: true; readonly recipe: Recipe; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export type ChangeResult = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] };

type ReadResult = { ok: true; recipe: Recipe; notes: readonly string[] } | { ok: false; problems: readonly string[] };

/** Every recipe, wherever it comes from, is read the same way: migrated, then validated. */
function readRecipe(entry: unknown): ReadResult {
  const migrated = migrateRecipe(entry);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const result = validateRecipe(migrated.value);
  return result.ok ? { ok: true, recipe: result.recipe, notes: migrated.notes } : { ok: false, problems: result.problems };
}

/** A damaged area may hold something other than a list; it is kept as one entry, not dropped. */
const entriesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

const idOf = (entry: unknown, index: number): string =>
  typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
    ? (entry as { id: string }).id
    : `#${index + 1}`;

/** Who holds an id, usable (with its label) or not. */
const holders: { readonly [Source in RecipeSource]: MessageKey } & { readonly [Source in BrokenRecipe['source'] as `${Source}-broken`]: MessageKey } = {
  builtin: 'store_holderBuiltin',
  managed: 'store_holderManaged',
  user: 'store_holderUser',
  'managed-broken': 'store_holderManagedBroken',
  'user-broken': 'store_holderUserBroken',
};

function takenIssue(holder: StoredRecipe | BrokenRecipe, id: string): RecipeIssue {
  const held = 'recipe' in holder ? words(holders[holder.source], holder.recipe.label) : words(holders[`${holder.source}-broken`]);
  return { path: ['id'], message: words('store_idTaken', id, held) };
}

interface StoredAreas {
  readonly local: Record<string, unknown>;
  readonly managed: Record<string, unknown>;
}

const localKeys = ['recipes', 'activeRecipeId'];

/** Managed storage throws where no policy is set (and in Firefox without policies.json). */
async function readAreas(storage: RecipeStorage): Promise<StoredAreas> {
  const [local, managed] = await Promise.all([
    storage.local.get(localKeys),
    storage.managed.get(['recipes', 'defaultRecipeId']).catch(() => ({})),
  ]);
  return { local, managed };
}

/** Reads one area's entries; an entry whose id is already taken is listed as broken, not hidden. */
function readEntries(value: unknown, source: BrokenRecipe['source'], taken: StoredRecipe[], broken: BrokenRecipe[]): void {
  entriesOf(value).forEach((entry, index) => {
    const read = readRecipe(entry);
    if (!read.ok) {
      broken.push({ source, id: idOf(entry, index), entry, problems: read.problems });
      return;
    }
    const holder = taken.find((stored) => stored.recipe.id === read.recipe.id);
    if (holder) broken.push({ source, id: read.recipe.id, entry, problems: [issueLine(takenIssue(holder, read.recipe.id))] });
    else taken.push({ recipe: read.recipe, source, notes: read.notes });
  });
}

function buildLibrary({ local, managed }: StoredAreas): RecipeLibrary {
  const recipes: StoredRecipe[] = [...builtinRecipes];
  const broken: BrokenRecipe[] = [];
  readEntries(managed.recipes, 'managed', recipes, broken);
  readEntries(local.recipes, 'user', recipes, broken);

  const asId = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const chosen = asId(local.activeRecipeId);
  const organizationDefaultId = asId(managed.defaultRecipeId);
  const usable = (id: string | undefined): id is string => id !== undefined && recipes.some((entry) => entry.recipe.id === id);
  const activeId = [chosen, organizationDefaultId].find(usable) ?? alta3EnchiladaRecipe.id;
  const requested = chosen ?? organizationDefaultId;
  return { recipes, broken, activeId, organizationDefaultId, problem: usable(requested) ? undefined : unusableProblem(requested, broken, recipes, activeId) };
}

function unusableProblem(requested: string | undefined, broken: readonly BrokenRecipe[], recipes: readonly StoredRecipe[], activeId: string): string | undefined {
  if (requested === undefined) return undefined;
  const standIn = recipes.find((entry) => entry.recipe.id === activeId)?.recipe.label ?? activeId;
  const damaged = broken.find((entry) => entry.id === requested);
  if (!damaged) return words('store_recipeGone', requested, standIn);
  const [first = '', ...more] = damaged.problems;
  return more.length ? pluralWords('store_recipeUnusableMore', more.length, requested, first, standIn) : words('store_recipeUnusable', requested, first, standIn);
}

export async function loadLibrary(storage: RecipeStorage): Promise<RecipeLibrary> {
  return buildLibrary(await readAreas(storage));
}

/** The library as if no policy were set: Chromium's first read of managed storage in a session can take seconds. */
export async function loadUserLibrary(storage: Pick<RecipeStorage, 'local'>): Promise<RecipeLibrary> {
  return buildLibrary({ local: await storage.local.get(localKeys), managed: {} });
}

export function activeRecipe(library: RecipeLibrary): StoredRecipe {
  return library.recipes.find((entry) => entry.recipe.id === library.activeId) ?? { recipe: alta3EnchiladaRecipe, source: 'builtin', notes: [] };
}

/** Why a recipe may not take this id: another recipe, anywhere, has it. replacingId is the user's recipe being edited. */
export function idIssues(library: RecipeLibrary, id: string, replacingId?: string): RecipeIssue[] {
  const holder = [...library.recipes, ...library.broken].find((entry) =>
    ('recipe' in entry ? entry.recipe.id : entry.id) === id && !(entry.source === 'user' && id === replacingId));
  return holder ? [takenIssue(holder, id)] : [];
}

/**
 * Stores a user recipe, replacing the one with replacingId (which may have another id: a rename
 * keeps the active choice). Nothing is written unless the recipe is valid and its id is free.
 */
export async function saveUserRecipe(storage: RecipeStorage, input: unknown, replacingId?: string): Promise<WriteResult> {
  const read = readRecipe(input);
  if (!read.ok) return read;
  const areas = await readAreas(storage);
  const taken = idIssues(buildLibrary(areas), read.recipe.id, replacingId);
  if (taken.length) return { ok: false, problems: taken.map(issueLine) };
  const entries = entriesOf(areas.local.recipes);
  const place = replacingId === undefined ? -1 : entries.findIndex((entry, index) => idOf(entry, index) === replacingId);
  const recipes = place < 0 ? [...entries, read.recipe] : entries.map((entry, index) => (index === place ? read.recipe : entry));
  const renamedActive = replacingId !== undefined && areas.local.activeRecipeId === replacingId;
  await storage.local.set({ recipes, ...(renamedActive ? { activeRecipeId: read.recipe.id } : {}) });
  return read;
}

/** Imports one recipe from JSON text (a file or a paste), with a message for each way it can fail. */
export async function importRecipe(storage: RecipeStorage, text: string): Promise<WriteResult> {
  if (text.trim() === '') return { ok: false, problems: [words('store_nothingToImport')] };
  if (text.length > maxImportCharacters) return { ok: false, problems: [words('store_textTooLong', formatNumber(text.length))] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [words('store_notJson', (error as Error).message)] };
  }
  return saveUserRecipe(storage, parsed);
}

/** Deletes the user's entry with this id, valid or broken; built-in and managed recipes are not the user's to delete. */
export async function deleteUserRecipe(storage: RecipeStorage, id: string): Promise<ChangeResult> {
  const { local } = await readAreas(storage);
  const entries = entriesOf(local.recipes);
  const kept = entries.filter((entry, index) => idOf(entry, index) !== id);
  if (kept.length === entries.length) return { ok: false, problems: [words('store_noSuchUserRecipe', id)] };
  await storage.local.set({ recipes: kept });
  if (local.activeRecipeId === id) await storage.local.remove(['activeRecipeId']);
  return { ok: true };
}

export async function setActiveRecipe(storage: RecipeStorage, id: string): Promise<ChangeResult> {
  const library = await loadLibrary(storage);
  if (!library.recipes.some((entry) => entry.recipe.id === id)) return { ok: false, problems: [words('store_noSuchRecipe', id)] };
  await storage.local.set({ activeRecipeId: id });
  return { ok: true };
}

/** The text an export writes: a recipe, or a broken entry as stored, as indented JSON. */
export function exportJson(entry: unknown): string {
  return `${JSON.stringify(entry, null, 2)}\n`;
}

/** A copy of a recipe for the user to edit and save: "(copy)" on the label (in the person's language) and an id nobody holds. */
export function copyOf(library: RecipeLibrary, recipe: Recipe): Recipe {
  const ids = new Set([...library.recipes.map((entry) => entry.recipe.id), ...library.broken.map((entry) => entry.id)]);
  const idWith = (suffix: string): string => `${recipe.id.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
  let id = idWith('-copy');
  for (let n = 2; ids.has(id); n += 1) id = idWith(`-copy-${n}`);
  return { ...recipe, id, label: copyLabel(recipe.label) };
}

/** "Label (copy)" in the person's language, the label shortened as far as the schema's limit needs. */
function copyLabel(label: string): string {
  const characters = [...label];
  for (let kept = characters.length; kept > 0; kept -= 1) {
    const copy = words('recipe_copyLabel', characters.slice(0, kept).join(''));
    if ([...copy].length <= limits.labelCharacters) return copy;
  }
  return words('recipe_copyLabel', '');
}
