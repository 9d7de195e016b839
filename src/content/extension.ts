// The content script's line to the background, which owns storage.
import type { ActiveRecipe, BackgroundMessage, KnownRecipes } from '../messaging/messages.ts';
import type { RunState } from '../messaging/run-state.ts';
import { runtime } from './runtime.ts';

const send = <T>(message: BackgroundMessage): Promise<T> => runtime.sendMessage(message) as Promise<T>;

export const extension = {
  activeRecipe: (): Promise<ActiveRecipe> => send({ type: 'active-recipe' }),
  runState: (): Promise<RunState | undefined> => send({ type: 'run-state:get' }),
  saveRunState: (state: RunState | undefined): Promise<void> => send({ type: 'run-state:set', state }),
  /** Issue 12: every usable recipe, the active one first, and a token renewed from its list. */
  knownRecipes: (): Promise<KnownRecipes> => send({ type: 'recipes:all' }),
  createToken: (recipeId: string): Promise<void> => send({ type: 'create-token', recipeId }),
  /** False once the extension was reloaded or updated: this copy of the script must stop. */
  isAlive: (): boolean => {
    try {
      return Boolean(runtime.id);
    } catch {
      return false;
    }
  },
};

export type Extension = typeof extension;
