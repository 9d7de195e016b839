// Where recipes live: the built-in one, the user's own (storage.local) and those an
// organization pushes by policy (storage.managed). Everything read back is validated again,
// so a damaged or outdated entry is reported, never silently used or dropped.
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { validateRecipe, type Recipe } from './schema.ts';

export type RecipeSource = 'builtin' | 'managed' | 'user';

export interface StoredRecipe {
  readonly recipe: Recipe;
  readonly source: RecipeSource;
}

/** A stored entry that is not a valid recipe, with what is wrong with it. */
export interface BrokenRecipe {
  readonly source: Exclude<RecipeSource, 'builtin'>;
  readonly id: string;
  readonly problems: readonly string[];
}

/** The two storage areas, as webextension-polyfill offers them; tests pass plain objects. */
export interface RecipeStorage {
  readonly local: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  readonly managed: { get(keys: string[]): Promise<Record<string, unknown>> };
}

export const builtinRecipes: readonly Recipe[] = [alta3EnchiladaRecipe];

const idOf = (entry: unknown, index: number): string =>
  typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
    ? (entry as { id: string }).id
    : `#${index + 1}`;

function validateAll(entries: unknown, source: BrokenRecipe['source']): { recipes: StoredRecipe[]; broken: BrokenRecipe[] } {
  const list = Array.isArray(entries) ? entries : [];
  const recipes: StoredRecipe[] = [];
  const broken: BrokenRecipe[] = [];
  list.forEach((entry, index) => {
    const result = validateRecipe(entry);
    if (result.ok) recipes.push({ recipe: result.recipe, source });
    else broken.push({ source, id: idOf(entry, index), problems: result.problems });
  });
  return { recipes, broken };
}

/** Managed storage throws where no policy is set (and in Firefox without policies.json). */
async function readManaged(storage: RecipeStorage): Promise<Record<string, unknown>> {
  try {
    return await storage.managed.get(['recipes', 'defaultRecipeId']);
  } catch {
    return {};
  }
}

export interface RecipeLibrary {
  readonly recipes: readonly StoredRecipe[];
  readonly broken: readonly BrokenRecipe[];
  readonly activeId: string;
  /** Why the chosen recipe could not be used, when the built-in one stands in for it. */
  readonly problem: string | undefined;
}

export async function loadLibrary(storage: RecipeStorage): Promise<RecipeLibrary> {
  const [local, managed] = await Promise.all([storage.local.get(['recipes', 'activeRecipeId']), readManaged(storage)]);
  const fromPolicy = validateAll(managed.recipes, 'managed');
  const own = validateAll(local.recipes, 'user');
  const recipes = [
    ...builtinRecipes.map((recipe) => ({ recipe, source: 'builtin' as const })),
    ...fromPolicy.recipes,
    ...own.recipes,
  ];
  const broken = [...fromPolicy.broken, ...own.broken];
  const requested = [local.activeRecipeId, managed.defaultRecipeId].find((id): id is string => typeof id === 'string');
  const usable = requested !== undefined && recipes.some((entry) => entry.recipe.id === requested);
  const brokenRequest = broken.find((entry) => entry.id === requested);
  return {
    recipes,
    broken,
    activeId: usable ? requested : alta3EnchiladaRecipe.id,
    problem: requested === undefined || usable
      ? undefined
      : brokenRequest
        ? `The recipe “${requested}” is damaged (${brokenRequest.problems.join('; ')}), so the built-in recipe is used.`
        : `The recipe “${requested}” no longer exists, so the built-in recipe is used.`,
  };
}

export function activeRecipe(library: RecipeLibrary): StoredRecipe {
  return library.recipes.find((entry) => entry.recipe.id === library.activeId) ?? { recipe: alta3EnchiladaRecipe, source: 'builtin' };
}
