// The background's copy of the active recipe in storage.local, which the guide reads directly:
// the background's first answer may wait seconds for Chromium's managed storage (the policy is
// loaded lazily: 2.6–2.8 s on the first read after the extension is loaded or the browser starts),
// and the guide should show at once. The copy is JSON text, so the guide can tell whether the
// background's answer is the very same recipe by comparing text, whatever order storage gives keys.
import type { ActiveRecipe } from './messages.ts';

export const recipeCopyKey = 'activeRecipeCopy';

export const recipeCopyOf = (active: ActiveRecipe): string => JSON.stringify(active);

/** The copy as stored, or undefined when there is none yet (or it is not the background's text). */
export function readRecipeCopy(stored: unknown): ActiveRecipe | undefined {
  if (typeof stored !== 'string') return undefined;
  try {
    const copy = JSON.parse(stored) as Partial<ActiveRecipe> | null;
    return copy?.recipe ? { recipe: copy.recipe, problem: copy.problem } : undefined;
  } catch {
    return undefined;
  }
}

/** True when the background's answer is the recipe the copy holds: only then may the guide fill from the copy. */
export const answerMatchesCopy = (answer: ActiveRecipe, copy: ActiveRecipe): boolean => recipeCopyOf(answer) === recipeCopyOf(copy);
