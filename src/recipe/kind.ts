// Which kind of token a recipe makes. Apart from the schema, so the content script can ask
// without carrying zod.
import type { ClassicRecipe, Recipe } from './schema.ts';

export type RecipeKind = 'fine-grained' | 'classic';

export const isClassicRecipe = (recipe: Recipe): recipe is ClassicRecipe => recipe.kind === 'classic';

/** A recipe without a kind is fine-grained, as every recipe was before classic ones. */
export const recipeKind = (recipe: Recipe): RecipeKind => recipe.kind ?? 'fine-grained';
