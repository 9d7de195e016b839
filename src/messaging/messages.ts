// Messages between the extension's parts. The background owns storage: it validates recipes
// (so zod stays out of the content script) and keeps each tab's run state.
import type { RunState } from './run-state.ts';
import type { Recipe } from '../recipe/schema.ts';

/** To the background. */
export type BackgroundMessage =
  | { readonly type: 'active-recipe' }
  | { readonly type: 'run-state:get' }
  | { readonly type: 'run-state:set'; readonly state: RunState | undefined }
  /**
   * From the popup (the active recipe) or a token list's "Create the next one" (that token's
   * recipe): open the form in a new tab that fills as soon as it shows.
   */
  | { readonly type: 'create-token'; readonly recipeId?: string }
  /** Every usable recipe (built-in, managed, the user's), the active one first. */
  | { readonly type: 'recipes:all' };

/** From the popup to the content script of the current tab. */
export type TabMessage = { readonly type: 'form:probe' } | { readonly type: 'form:fill' };

export interface ActiveRecipe {
  readonly recipe: Recipe;
  /** Set when the chosen recipe could not be used and the built-in one stands in. */
  readonly problem: string | undefined;
}

export interface KnownRecipes {
  readonly recipes: readonly Recipe[];
}

export interface FormProbe {
  readonly onForm: boolean;
}

const hasType = <T extends { type: string }>(types: readonly string[]) => (value: unknown): value is T =>
  typeof value === 'object' && value !== null && types.includes((value as { type?: unknown }).type as string);

export const isBackgroundMessage = hasType<BackgroundMessage>(['active-recipe', 'run-state:get', 'run-state:set', 'create-token', 'recipes:all']);
export const isTabMessage = hasType<TabMessage>(['form:probe', 'form:fill']);
