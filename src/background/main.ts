// The background owns storage: recipes (validated here, so the content script carries no zod)
// and each tab's run state in session storage, which survives reloads and GitHub's sudo page.
import browser, { type Runtime } from 'webextension-polyfill';
import { emptyRunState, type RunState } from '../messaging/run-state.ts';
import { isBackgroundMessage, type ActiveRecipe, type BackgroundMessage, type KnownRecipes } from '../messaging/messages.ts';
import { activeRecipe, loadLibrary, type RecipeLibrary } from '../recipe/store.ts';
import { templateUrl } from '../recipe/template-url.ts';

const runKey = (tabId: number): string => `run:${tabId}`;

const usable = (library: RecipeLibrary, id: string | undefined) => library.recipes.find((entry) => entry.recipe.id === id)?.recipe;

/** A tab whose fill is pending for a recipe (a token renewed from the list) fills that one; others the active one. */
async function currentRecipe(tabId?: number): Promise<ActiveRecipe> {
  const library = await loadLibrary(browser.storage);
  const run = tabId === undefined ? undefined : await runStateOf(tabId);
  const pending = run?.fillPending ? usable(library, run.recipeId) : undefined;
  return { recipe: pending ?? activeRecipe(library).recipe, problem: pending ? undefined : library.problem };
}

async function knownRecipes(): Promise<KnownRecipes> {
  const library = await loadLibrary(browser.storage);
  const active = activeRecipe(library).recipe;
  return { recipes: [active, ...library.recipes.map((entry) => entry.recipe).filter((recipe) => recipe.id !== active.id)] };
}

async function runStateOf(tabId: number): Promise<RunState | undefined> {
  return (await browser.storage.session.get(runKey(tabId)))[runKey(tabId)] as RunState | undefined;
}

async function saveRunState(tabId: number, state: RunState | undefined): Promise<void> {
  if (state) await browser.storage.session.set({ [runKey(tabId)]: state });
  else await browser.storage.session.remove(runKey(tabId));
}

/** The run state is stored before the tab navigates, so the form finds it however fast it loads. */
async function createToken(recipeId: string | undefined): Promise<void> {
  const library = await loadLibrary(browser.storage);
  const recipe = usable(library, recipeId) ?? activeRecipe(library).recipe;
  const tab = await browser.tabs.create({ url: 'about:blank', active: true });
  if (tab.id === undefined) return;
  await saveRunState(tab.id, { ...emptyRunState(recipe.id), fillPending: true });
  await browser.tabs.update(tab.id, { url: templateUrl(recipe, new Date()) });
}

async function answer(message: BackgroundMessage, sender: Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'active-recipe':
      return currentRecipe(tabId);
    case 'run-state:get':
      return tabId === undefined ? undefined : runStateOf(tabId);
    case 'run-state:set':
      return tabId === undefined ? undefined : saveRunState(tabId, message.state);
    case 'create-token':
      return createToken(message.recipeId);
    case 'recipes:all':
      return knownRecipes();
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  isBackgroundMessage(message) ? answer(message, sender) : undefined,
);

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(runKey(tabId));
});
