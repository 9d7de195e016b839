// The content script's line to the background, which owns storage and loads the guide.
import { sender, type BackgroundProtocol } from '../messaging/messages.ts';
import type { RunState } from '../messaging/run-state.ts';
import { runtime } from './runtime.ts';

const toBackground = sender<BackgroundProtocol>((message) => runtime.sendMessage(message));

export const extension = {
  activeRecipe: () => toBackground('active-recipe'),
  runState: () => toBackground('run-state:get'),
  saveRunState: (state: RunState | undefined) => toBackground('run-state:set', { state }),
  loadGuide: () => toBackground('guide:load'),
  /** Issue 12: every usable recipe, the active one first, and a token renewed from its list. */
  knownRecipes: () => toBackground('recipes:all'),
  createToken: (recipeId: string) => toBackground('create-token', { recipeId }),
};

export type Extension = typeof extension;
