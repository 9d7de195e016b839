// The background owns storage: recipes (validated here, so the content script carries no zod)
// and each tab's run state in session storage, which survives reloads and GitHub's sudo page.
// It also loads the guide into a tab that GitHub navigated to one of PAT Pilot's pages in-page,
// and keeps the content scripts on the GitHub Enterprise hosts the person granted.
import browser, { type Runtime } from 'webextension-polyfill';
import { answering, type ActiveRecipe, type BackgroundProtocol, type KnownRecipes } from '../messaging/messages.ts';
import { recipeCopyKey, recipeCopyOf } from '../messaging/recipe-copy.ts';
import { pendingFill, type RunState } from '../messaging/run-state.ts';
import { activeRecipe, loadLibrary, loadUserLibrary, type RecipeLibrary } from '../recipe/store.ts';
import { recipeUrl } from '../recipe/template-url.ts';
import { syncEnterpriseHosts, watchEnterpriseHosts } from './enterprise-hosts.ts';

const runKey = (tabId: number): string => `run:${tabId}`;

const usable = (library: RecipeLibrary, id: string | undefined) => library.recipes.find((entry) => entry.recipe.id === id)?.recipe;

const activeOf = (library: RecipeLibrary): ActiveRecipe => ({ recipe: activeRecipe(library).recipe, problem: library.problem });

/** A tab whose fill is pending for a recipe (a token renewed from the list) fills that one; others the active one. */
async function currentRecipe(tabId?: number): Promise<ActiveRecipe> {
  const library = await loadLibrary(browser.storage);
  const run = tabId === undefined ? undefined : await runStateOf(tabId);
  const pending = run?.fillPending ? usable(library, run.recipeId) : undefined;
  return pending ? { recipe: pending, problem: undefined } : activeOf(library);
}

let copying: Promise<unknown> = Promise.resolve();

/** Writes the guide's copy of the active recipe (by default, the whole answer), one write at a time, so the last change is the one kept. */
function refreshRecipeCopy(read: () => Promise<ActiveRecipe> = currentRecipe): void {
  copying = copying
    .then(async () => browser.storage.local.set({ [recipeCopyKey]: recipeCopyOf(await read()) }))
    .catch((error: unknown) => console.error('PAT Pilot: the guide\'s copy of the recipe:', error));
}

/** What the active recipe is made of: the user's recipes and choice, and the organization's policy. */
const recipeKeys = new Set(['recipes', 'activeRecipeId', 'defaultRecipeId']);

async function knownRecipes(): Promise<KnownRecipes> {
  const library = await loadLibrary(browser.storage);
  const active = activeRecipe(library).recipe;
  return { recipes: [active, ...library.recipes.map((entry) => entry.recipe).filter((recipe) => recipe.id !== active.id)] };
}

async function runStateOf(tabId: number): Promise<RunState | undefined> {
  await storingNewTab;
  return (await browser.storage.session.get(runKey(tabId)))[runKey(tabId)] as RunState | undefined;
}

async function saveRunState(tabId: number, state: RunState | undefined): Promise<void> {
  if (state) await browser.storage.session.set({ [runKey(tabId)]: state });
  else await browser.storage.session.remove(runKey(tabId));
}

/** The run state of the tab Create token is opening, until it is stored: the form's questions wait for it. */
let storingNewTab: Promise<unknown> = Promise.resolve();

/**
 * Opens the page for the recipe's kind of token (the given recipe, or the active one) in one
 * navigation. The form may ask for its run state before it is stored, however fast it loads: the
 * question waits for storingNewTab.
 */
async function createToken(recipeId: string | undefined): Promise<void> {
  const library = await loadLibrary(browser.storage);
  const recipe = usable(library, recipeId) ?? activeRecipe(library).recipe;
  const stored = browser.tabs.create({ url: recipeUrl(recipe, new Date()), active: true })
    .then((tab) => (tab.id === undefined ? undefined : saveRunState(tab.id, pendingFill(recipe.id))));
  storingNewTab = stored.catch(() => undefined);
  await stored;
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
  'active-recipe': (_message, { tab }) => currentRecipe(tab?.id),
  'run-state:get': (_message, { tab }) => (tab?.id === undefined ? undefined : runStateOf(tab.id)),
  'run-state:set': ({ state }, { tab }) => (tab?.id === undefined ? undefined : saveRunState(tab.id, state)),
  'create-token': ({ recipeId }) => createToken(recipeId),
  'recipes:all': () => knownRecipes(),
  'guide:load': (_message, sender) => loadGuide(sender),
  'enterprise-hosts': () => syncEnterpriseHosts(),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(runKey(tabId));
});

browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' || area === 'managed') && Object.keys(changes).some((key) => recipeKeys.has(key))) refreshRecipeCopy();
});
// Installed or updated, there is no copy yet, or one an older version wrote: the user's own recipes
// stand in at once, the policy's first read taking seconds. At start-up the last session's copy does.
browser.runtime.onInstalled.addListener(() => {
  refreshRecipeCopy(async () => activeOf(await loadUserLibrary(browser.storage)));
  refreshRecipeCopy();
});
browser.runtime.onStartup.addListener(() => refreshRecipeCopy());

watchEnterpriseHosts();
