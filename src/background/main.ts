// The background owns storage: recipes (validated here, so the content script carries no zod)
// and each tab's run state in session storage, which survives reloads and GitHub's sudo page.
// It also loads the guide into a tab that GitHub navigated to one of PAT Pilot's pages in-page,
// and keeps the content scripts on the GitHub Enterprise hosts the person granted.
import browser, { type Runtime } from 'webextension-polyfill';
import { answering, type ActiveRecipe, type BackgroundProtocol } from '../messaging/messages.ts';
import { pendingFill, type RunState } from '../messaging/run-state.ts';
import { activeRecipe, loadLibrary } from '../recipe/store.ts';
import { recipeUrl } from '../recipe/template-url.ts';
import { syncEnterpriseHosts, watchEnterpriseHosts } from './enterprise-hosts.ts';

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
  await saveRunState(tab.id, pendingFill(recipe.id));
  await browser.tabs.update(tab.id, { url: recipeUrl(recipe, new Date()) });
}

/** The guide's file, as the build named it in the manifest's content scripts. */
const guideFile = (): string | undefined =>
  browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []).find((file) => /guide/.test(file));

async function loadGuide({ tab, frameId }: Runtime.MessageSender): Promise<void> {
  const file = guideFile();
  if (tab?.id === undefined || !file) return;
  await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [frameId ?? 0] }, files: [file] });
}

const answer = answering<BackgroundProtocol, Runtime.MessageSender>({
  'active-recipe': () => currentRecipe(),
  'run-state:get': async (_message, { tab }) =>
    tab?.id === undefined ? undefined : ((await browser.storage.session.get(runKey(tab.id)))[runKey(tab.id)] as RunState | undefined),
  'run-state:set': ({ state }, { tab }) => (tab?.id === undefined ? undefined : saveRunState(tab.id, state)),
  'create-token': () => createToken(),
  'guide:load': (_message, sender) => loadGuide(sender),
  'enterprise-hosts': () => syncEnterpriseHosts(),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(runKey(tabId));
});

watchEnterpriseHosts();
