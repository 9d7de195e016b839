// The background in @webext-core/fake-browser's in-memory browser: what each message answers and
// what it leaves in storage and tabs.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHostAccess } from '../../test/fake-host-access.ts';
import type { BackgroundProtocol, MessageOf } from '../messaging/messages.ts';
import { readRecipeCopy, recipeCopyKey } from '../messaging/recipe-copy.ts';
import { pendingFill } from '../messaging/run-state.ts';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';

const executeScript = vi.fn(async () => []);
const manifest = { content_scripts: [{ matches: ['https://github.com/*'], js: ['src/content/main.js'] }, { matches: ['https://github.com/settings/personal-access-tokens*'], js: ['src/content/guide.js'] }] };
const hostAccess = fakeHostAccess(['https://github.com/*']);
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

type Sender = { tab?: { id: number }; frameId?: number };
const send = async (message: MessageOf<BackgroundProtocol>, sender: Sender = { tab: { id: 7 }, frameId: 0 }): Promise<unknown> => {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return answer;
};

beforeAll(async () => {
  Object.assign(fakeBrowser, { permissions: hostAccess.permissions, scripting: { ...hostAccess.scripting, executeScript } });
  Object.assign(fakeBrowser.runtime, { getManifest: () => manifest });
  await import('./main.ts');
});
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
  await fakeBrowser.storage.managed.clear();
  executeScript.mockClear();
});

describe('background', () => {
  it('answers the built-in recipe when nothing is stored, and the organization\'s default when policy names one', async () => {
    expect(await send({ type: 'active-recipe' })).toMatchObject({ recipe: { id: 'alta3-enchilada' }, problem: undefined });
    const team = { ...(await send({ type: 'active-recipe' }) as { recipe: object }).recipe, id: 'team', label: 'Team' };
    await fakeBrowser.storage.managed.set({ recipes: [team], defaultRecipeId: 'team' });
    expect(await send({ type: 'active-recipe' })).toMatchObject({ recipe: { id: 'team', label: 'Team' } });
  });

  it('keeps each tab\'s run state apart in session storage, and forgets it when the tab closes', async () => {
    await send({ type: 'run-state:set', state: pendingFill('alta3-enchilada') }, { tab: { id: 7 } });
    expect(await send({ type: 'run-state:get' }, { tab: { id: 7 } })).toEqual(pendingFill('alta3-enchilada'));
    expect(await send({ type: 'run-state:get' }, { tab: { id: 8 } })).toBeUndefined();
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
  });

  it('Create token opens the recipe\'s form in a new tab, and the form\'s first question already finds its pending fill', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    let answered: Promise<unknown> | undefined;
    // The form asks the moment its tab exists, before the background has stored anything.
    fakeBrowser.tabs.onCreated.addListener((tab) => { answered ??= send({ type: 'run-state:get' }, { tab: { id: tab.id ?? -1 } }); });
    await send({ type: 'create-token' }, {});
    const [tab] = await fakeBrowser.tabs.query({ active: true });
    const { url = '' } = create.mock.calls.at(-1)?.[0] ?? {};
    expect(tab?.url).toBe(url);
    expect(new URL(url).pathname).toBe('/settings/personal-access-tokens/new');
    expect(new URL(url).searchParams.get('target_name')).toBe('alta3');
    expect(await answered).toEqual(pendingFill('alta3-enchilada'));
  });

  it('Create token opens the GitHub the recipe names', async () => {
    await fakeBrowser.storage.local.set({ recipes: [{ ...alta3EnchiladaRecipe, id: 'enterprise', host: 'github.example.com' }], activeRecipeId: 'enterprise' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await send({ type: 'create-token' }, {});
    const { url = '' } = create.mock.calls.at(-1)?.[0] ?? {};
    expect(new URL(url).origin + new URL(url).pathname).toBe('https://github.example.com/settings/personal-access-tokens/new');
  });

  it('answers the options page with the Enterprise hosts where PAT Pilot runs, once their scripts are registered', async () => {
    await hostAccess.permissions.request({ origins: ['https://github.example.com/*'] });
    expect(await send({ type: 'enterprise-hosts' }, {})).toEqual(['github.example.com']);
    expect(hostAccess.registered().flatMap((script) => script.matches)).toEqual(['https://github.example.com/*', 'https://github.example.com/settings/personal-access-tokens*']);
  });

  it('loads the packaged guide file into the frame that asked, and nothing for a sender without a tab', async () => {
    await send({ type: 'guide:load' }, { tab: { id: 7 }, frameId: 3 });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['src/content/guide.js'] });
    await send({ type: 'guide:load' }, {});
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('keeps the guide\'s copy of the active recipe: at install and start-up, and whenever the recipes, the choice or the policy change', async () => {
    const copy = async (): Promise<unknown> => readRecipeCopy((await fakeBrowser.storage.local.get(recipeCopyKey))[recipeCopyKey]);
    const answered = async (): Promise<unknown> => send({ type: 'active-recipe' }, {});
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await copy()).toEqual(await answered()));
    await fakeBrowser.storage.local.remove(recipeCopyKey);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await copy()).toMatchObject({ recipe: { id: 'alta3-enchilada' } }));

    const team = { ...alta3EnchiladaRecipe, id: 'team', label: 'Team' };
    await fakeBrowser.storage.managed.set({ recipes: [team], defaultRecipeId: 'team' });
    await vi.waitFor(async () => expect(await copy()).toMatchObject({ recipe: { id: 'team', label: 'Team' } }));
    await fakeBrowser.storage.local.set({ recipes: [{ ...team, id: 'mine', label: 'Mine' }], activeRecipeId: 'mine' });
    await vi.waitFor(async () => expect(await copy()).toMatchObject({ recipe: { id: 'mine' } }));
    await fakeBrowser.storage.local.set({ activeRecipeId: 'gone' });
    await vi.waitFor(async () => expect(await copy()).toEqual(await answered()));
    expect(await copy()).toMatchObject({ recipe: { id: 'team' }, problem: expect.stringContaining('gone') });
  });

  it('at install, writes a copy from the user\'s recipes at once, before the policy\'s slow first read, and the whole answer after it', async () => {
    const team = { ...alta3EnchiladaRecipe, id: 'team', label: 'Team' };
    await fakeBrowser.storage.managed.set({ recipes: [team], defaultRecipeId: 'team' });
    await fakeBrowser.storage.local.set({ recipes: [{ ...team, id: 'mine', label: 'Mine' }] });
    const copy = async (): Promise<unknown> => readRecipeCopy((await fakeBrowser.storage.local.get(recipeCopyKey))[recipeCopyKey]);
    await vi.waitFor(async () => expect(await copy()).toMatchObject({ recipe: { id: 'team' } }));
    await fakeBrowser.storage.local.remove(recipeCopyKey);
    // The policy's first read waits until released; reads after that are answered at once.
    let released = false;
    const waiting: (() => void)[] = [];
    const read = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (keys) => {
      if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
      return read(keys as never);
    });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await copy()).toMatchObject({ recipe: { id: 'alta3-enchilada' } }));
    released = true;
    waiting.forEach((resolve) => resolve());
    await vi.waitFor(async () => expect(await copy()).toMatchObject({ recipe: { id: 'team' } }));
    managed.mockRestore();
  });

  it('leaves messages of other protocols unanswered', async () => {
    expect(await send({ type: 'form:probe' } as never)).toBeUndefined();
  });
});
