// The background owns storage: recipes (validated here, so the content script carries no zod)
// and each tab's run state in session storage, which survives reloads and GitHub's sudo page.
import browser, { type Runtime } from 'webextension-polyfill';
import { emptyRunState, type RunState } from '../messaging/run-state.ts';
import { isBackgroundMessage, type ActiveRecipe, type BackgroundMessage } from '../messaging/messages.ts';
import { activeRecipe, loadLibrary } from '../recipe/store.ts';
import { recipeUrl } from '../recipe/template-url.ts';

const runKey = (tabId: number): string => `run:${tabId}`;

async function currentRecipe(): Promise<ActiveRecipe> {
  const library = await loadLibrary(browser.storage);
  return { recipe: activeRecipe(library).recipe, problem: library.problem };
}

async function saveRunState(tabId: number, state: RunState | undefined): Promise<void> {
  if (state) await browser.storage.session.set({ [runKey(tabId)]: state });
  else await browser.storage.session.remove(runKey(tabId));
}

/** Opens the page for the recipe's kind of token; the run state is stored before the tab navigates, so the form finds it however fast it loads. */
async function createToken(): Promise<void> {
  const { recipe } = await currentRecipe();
  const tab = await browser.tabs.create({ url: 'about:blank', active: true });
  if (tab.id === undefined) return;
  await saveRunState(tab.id, { ...emptyRunState(recipe.id), fillPending: true });
  await browser.tabs.update(tab.id, { url: recipeUrl(recipe, new Date()) });
}

async function answer(message: BackgroundMessage, sender: Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'active-recipe':
      return currentRecipe();
    case 'run-state:get':
      return tabId === undefined ? undefined : (await browser.storage.session.get(runKey(tabId)))[runKey(tabId)];
    case 'run-state:set':
      return tabId === undefined ? undefined : saveRunState(tabId, message.state);
    case 'create-token':
      return createToken();
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  isBackgroundMessage(message) ? answer(message, sender) : undefined,
);

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(runKey(tabId));
});
