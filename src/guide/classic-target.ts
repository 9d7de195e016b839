// The classic form a classic recipe asks for, with {date} filled in: what each decision about
// the classic form compares against.
import { effectiveScopes, topmostScopes } from '../model/classic-scopes.ts';
import { expandTemplate, localDate } from '../recipe/expand.ts';
import type { ClassicRecipe } from '../recipe/schema.ts';
import { addDays, type ExpiryTarget } from './target.ts';

export interface ClassicTarget extends ExpiryTarget {
  readonly note: string;
  /** The boxes to tick: the recipe's scopes without those another one contains, in page order. */
  readonly scopes: readonly string[];
}

export function classicTarget(recipe: ClassicRecipe, now: Date): ClassicTarget {
  return {
    note: expandTemplate(recipe.note, now),
    expirationDays: recipe.expiresInDays,
    expirationDate: localDate(addDays(now, recipe.expiresInDays)),
    scopes: topmostScopes(recipe.scopes),
  };
}

export interface ScopeDifference {
  /** What the form grants beyond the recipe, by the highest such scope (a parent stands for its children). */
  readonly extra: readonly string[];
  /** What the recipe asks for that the form does not grant, by the highest such scope. */
  readonly missing: readonly string[];
}

/**
 * The form's effective scopes (each ticked scope and all it contains) against the recipe's. A
 * ticked child of a scope the recipe asks for grants nothing beyond it: it is missing its parent,
 * not extra.
 */
export function scopeDifference(target: ClassicTarget, ticked: readonly string[]): ScopeDifference {
  const wanted = new Set(effectiveScopes(target.scopes));
  const held = new Set(effectiveScopes(ticked));
  return {
    extra: topmostScopes([...held].filter((scope) => !wanted.has(scope))),
    missing: topmostScopes([...wanted].filter((scope) => !held.has(scope))),
  };
}
