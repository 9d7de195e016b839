// The content script's line to the background, which owns storage and loads the guide.
import { sender, type BackgroundProtocol } from '../messaging/messages.ts';
import { readRecipeCopy, recipeCopyKey } from '../messaging/recipe-copy.ts';
import type { RunState } from '../messaging/run-state.ts';
import { storageLocal, runtime } from './runtime.ts';

const toBackground = sender<BackgroundProtocol>((message) => runtime.sendMessage(message));

export const extension = {
  activeRecipe: () => toBackground('active-recipe'),
  /** The background's copy of the active recipe, read without waking it; to draw from, never to fill from until its answer matches. */
  recipeCopy: async () => readRecipeCopy((await storageLocal.get(recipeCopyKey))[recipeCopyKey]),
  runState: () => toBackground('run-state:get'),
  saveRunState: (state: RunState | undefined) => toBackground('run-state:set', { state }),
  loadGuide: () => toBackground('guide:load'),
  /** Issue 12: every usable recipe, the active one first, and a token renewed from its list. */
  knownRecipes: () => toBackground('recipes:all'),
  createToken: (recipeId: string) => toBackground('create-token', { recipeId }),
};

export type Extension = typeof extension;
