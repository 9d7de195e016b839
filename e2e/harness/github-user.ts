// A person working GitHub's own controls on the replica, in either browser: the changes a test
// makes before or after PAT Pilot fills, through the same widgets a person uses.
import { expect } from '@playwright/test';
import type { Replica } from '../replica/server.ts';
import { expectAlta3Submission } from './recipe-submission.ts';
import { act, click, type Effect, type TestPage } from './test-page.ts';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether GitHub's "Add permissions" menu is open: its search field shows. */
const permissionMenu = (open: boolean): Effect<boolean> => ({
  shows: (open) => Boolean(document.querySelector('input[placeholder="Search"]')?.getClientRects().length) === open,
  seen: (open) => `the permission menu ${open ? 'closed' : 'open'}; the focus on ${document.activeElement?.outerHTML.slice(0, 100) ?? 'nothing'}`,
  arg: open,
});

/** The permission's row in the list of added permissions (present or not). */
const permissionRow = (name: string, present: boolean): Effect<{ name: string; present: boolean }> => ({
  shows: ({ name, present }) => (document.querySelector(`li[aria-label^="${name}."]`) !== null) === present,
  seen: () => `the rows ${JSON.stringify([...document.querySelectorAll('li[aria-label$="More information available below."]')].map((row) => row.getAttribute('aria-label')?.split('.')[0]))}`,
  arg: { name, present },
});

/** Adds a repository permission through "Add permissions" (it starts at Read-only). */
export async function addPermission(page: TestPage, name: string): Promise<void> {
  const search = 'input[placeholder="Search"]';
  const openAndSearch = async (): Promise<void> => {
    await act(page, 'Add permissions: the menu opens', () => click(page, { css: 'button', text: 'Add permissions' }), permissionMenu(true));
    // Primer's ActionMenu may put the focus on its list, not its search field: click the field first.
    await act(page, 'Add permissions: the caret in the search field', () => click(page, { css: search }), {
      shows: (css) => document.activeElement?.matches(css), seen: () => `the focus on ${document.activeElement?.outerHTML.slice(0, 100) ?? 'nothing'}`, arg: search,
    });
    await act(page, `Add permissions: "${name}" typed in the search`, () => page.type(name), {
      shows: ({ search, name }) => document.querySelector<HTMLInputElement>(search)?.value === name,
      seen: ({ search }) => `the search holding ${JSON.stringify(document.querySelector<HTMLInputElement>(search)?.value)}`,
      arg: { search, name },
    }, null);
  };
  const choose = (): Promise<void> => click(page, { css: '[role="menuitemcheckbox"]', text: name });
  await openAndSearch();
  // A person whose click closed the menu without adding the row opens it again to search again.
  await act(page, `Add permissions: ${name} chosen`, choose, permissionRow(name, true), async () => {
    if (await page.evaluate(permissionMenu(false).shows, false)) await openAndSearch();
    await choose();
  });
  // Primer keeps a multiple-selection menu open; a person closes what is still open.
  if (await page.evaluate(permissionMenu(false).shows, false)) return;
  await act(page, 'Add permissions: the menu closes', () => page.press('Escape'), permissionMenu(false));
}

export type AccessLevel = 'Read-only' | 'Read and write';

/** Opens an added permission's "Access:" menu, in its row. */
export const openAccessMenu = (page: TestPage, name: string): Promise<void> =>
  act(page, `${name}: the Access menu opens`, () => click(page, { css: `li[aria-label^="${name}."] button[aria-haspopup]` }), {
    shows: () => [...document.querySelectorAll('[role="menuitemradio"]')].some((item) => item.getClientRects().length > 0),
    seen: () => 'no access level menu',
    arg: null,
  });

/** Chooses a level in the open "Access:" menu of that permission: the menu closes on it and the row's button reads it. */
export const chooseAccessLevel = (page: TestPage, name: string, level: AccessLevel): Promise<void> =>
  act(page, `${name}: ${level} chosen`, () => click(page, { css: '[role="menuitemradio"]', text: level }), {
    shows: ({ name, level }) => (document.querySelector(`li[aria-label^="${name}."] button[aria-haspopup]`)?.textContent ?? '').includes(level)
      && ![...document.querySelectorAll('[role="menuitemradio"]')].some((item) => item.getClientRects().length > 0),
    seen: ({ name }) => `the ${name} row's button reading ${JSON.stringify(document.querySelector(`li[aria-label^="${name}."] button[aria-haspopup]`)?.textContent)}`,
    arg: { name, level },
  });

/** Sets an added permission's level through its row's "Access:" menu. */
export async function setAccess(page: TestPage, name: string, level: AccessLevel): Promise<void> {
  await openAccessMenu(page, name);
  await chooseAccessLevel(page, name, level);
}

export const removePermission = (page: TestPage, name: string): Promise<void> =>
  act(page, `Remove ${name}`, () => click(page, { css: 'button', name: `Remove ${name}` }), permissionRow(name, false));

/**
 * Chooses a resource owner, and waits as a person does for GitHub to show that owner's part of the
 * form (request message, repositories, permissions: the select-access fragment is fetched again),
 * so nothing is typed into the part that is about to be replaced.
 */
export async function chooseOwner(page: TestPage, login: string): Promise<void> {
  await act(page, 'Resource owner: the list opens', () => click(page, { css: 'button#resource-owner-select-panel-button' }), {
    shows: () => [...document.querySelectorAll('#resource-owner-select-panel [role="option"]')].some((option) => option.getClientRects().length > 0),
    seen: () => 'the owner list closed or empty',
    arg: null,
  });
  // As a person sees the list close on the owner chosen before moving on (a menu opened while it
  // still closes is closed with it).
  await act(page, `Resource owner: ${login} chosen`, () => click(page, { css: '#resource-owner-select-panel [role="option"]', text: new RegExp(`^${escapeRegExp(login)}\\b`) }), {
    shows: (login) => [...document.querySelectorAll('#resource-owner-select-panel [role="option"]')].every((option) => option.getClientRects().length === 0)
      && document.querySelector<HTMLInputElement>('input[name="target_name"]')?.value === login,
    seen: () => `target_name ${JSON.stringify(document.querySelector<HTMLInputElement>('input[name="target_name"]')?.value)}`,
    arg: login,
  });
  await act(page, `Resource owner: ${login}'s part of the form`, () => Promise.resolve(), {
    shows: (login) => document.querySelector(`.js-select-access-fragment[data-target-name="${login}"]`) !== null,
    seen: () => `the fragment for ${document.querySelector<HTMLElement>('.js-select-access-fragment')?.dataset.targetName ?? 'nobody (loading)'}`,
    arg: login,
  }, null);
}

/** The repository picker's search field, as the person sees it. */
const pickerSearch = (text: string): Effect<string> => ({
  shows: (text) => document.querySelector<HTMLInputElement>('dialog[open] input[name="filter"]')?.value === text,
  seen: () => `the picker's search holding ${JSON.stringify(document.querySelector<HTMLInputElement>('dialog[open] input[name="filter"]')?.value ?? '(no open picker)')}`,
  arg: text,
});

/**
 * Until the picker lists GitHub's answer to the search typed: every repository it shows matches.
 * The picker asks only 300 ms after the last key, and its answer replaces the list shown until
 * then, which may hold the same repository elsewhere (the first search starts from a list of all
 * repositories): a click aimed there lands on whatever the answer puts in its place.
 */
const searchAnswered = (search: string): Effect<string> => ({
  shows: (search) => {
    const shown = [...document.querySelectorAll('dialog[open] [role="option"]')].filter((option) => option.getClientRects().length > 0);
    return shown.length > 0 && shown.every((option) => (option.textContent ?? '').toLowerCase().includes(search));
  },
  seen: () => `the picker listing ${JSON.stringify([...document.querySelectorAll('dialog[open] [role="option"]')].filter((option) => option.getClientRects().length > 0).map((option) => option.textContent?.trim()))}`,
  arg: search.toLowerCase(),
});

/** The picker shows this repository as picked, as a person checks before searching for the next. */
const picked = (fullName: string): Effect<string> => ({
  shows: (fullName) => [...document.querySelectorAll('dialog[open] [role="option"][aria-selected="true"]')]
    .some((option) => (option.textContent ?? '').replace(/\s+/g, ' ').trim() === fullName),
  seen: () => `picked: ${JSON.stringify([...document.querySelectorAll('dialog[open] [role="option"][aria-selected="true"]')].map((option) => option.textContent?.trim()))}`,
  arg: fullName,
});

const dialogOpen = (open: boolean): Effect<boolean> => ({
  shows: (open) => (document.querySelector('dialog[open]') !== null) === open,
  seen: (open) => `the dialog ${open ? 'closed' : 'still open'}`,
  arg: open,
});

/** "Only select repositories", then each repository picked through the picker's search. */
/** keepOpen: the dialog stays open when done; continuing: it is open already, with a search typed. */
export async function pickRepositories(page: TestPage, owner: string, names: readonly string[], { keepOpen = false, continuing = false } = {}): Promise<void> {
  if (!continuing) {
    await act(page, 'Only select repositories', () => click(page, { css: 'input[type="radio"][value="selected"]' }), {
      shows: () => document.querySelector<HTMLInputElement>('input[type="radio"][value="selected"]')?.checked,
      seen: () => `${document.querySelector<HTMLInputElement>('input[name="install_target"]:checked')?.value ?? 'no'} repository access chosen`,
      arg: null,
    });
    // The picker puts the caret in its search field once it shows.
    await act(page, 'Select repositories: the picker opens', () => click(page, { css: 'button', text: 'Select repositories' }), {
      shows: () => document.activeElement?.matches('dialog[open] input[name="filter"]'),
      seen: () => `${document.querySelector('dialog[open]') ? 'the picker open' : 'no picker'}, the focus on ${document.activeElement?.outerHTML.slice(0, 100) ?? 'nothing'}`,
      arg: null,
    });
  }
  for (const [index, name] of names.entries()) {
    // The filter keeps focus; from the second search on, its text is selected and replaced.
    const retype = async (): Promise<void> => {
      await page.press('Control+A');
      await page.type(name);
    };
    await act(page, `picker: "${name}" typed`, index > 0 || continuing ? retype : () => page.type(name), pickerSearch(name), retype);
    await act(page, `picker: GitHub's answer to "${name}"`, () => Promise.resolve(), searchAnswered(name), null);
    await act(page, `picker: ${owner}/${name} picked`, () => click(page, { css: '[role="option"]', text: new RegExp(`^${escapeRegExp(`${owner}/${name}`)}$`) }), picked(`${owner}/${name}`));
  }
  if (keepOpen) return;
  await act(page, 'picker: Close', () => click(page, { css: 'dialog[open] button', name: 'Close' }), dialogOpen(false));
}

export const pickRepository = (page: TestPage, owner: string, name: string): Promise<void> => pickRepositories(page, owner, [name]);

const expirationItems = '.js-new-default-token-expiration-select [role="menuitemradio"]';

/** An expiration from GitHub's menu, by the start of its label (e.g. "90 days"). */
export async function chooseExpiration(page: TestPage, label: string): Promise<void> {
  await act(page, 'Expiration: the menu opens', () => click(page, { css: '.js-new-default-token-expiration-select button[popovertarget]' }), {
    shows: (items) => [...document.querySelectorAll(items)].some((item) => item.getClientRects().length > 0),
    seen: () => 'the expiration menu closed',
    arg: expirationItems,
  });
  await act(page, `Expiration: ${label} chosen`, () => click(page, { css: '[role="menuitemradio"]', text: new RegExp(`^${escapeRegExp(label)}`) }), {
    shows: ({ items, label }) => {
      const all = [...document.querySelectorAll(items)];
      return all.every((item) => item.getClientRects().length === 0)
        && all.some((item) => item.getAttribute('aria-checked') === 'true' && (item.textContent ?? '').trim().startsWith(label));
    },
    seen: ({ items }) => `checked: ${JSON.stringify([...document.querySelectorAll(`${items}[aria-checked="true"]`)].map((item) => item.textContent?.trim()))}`,
    arg: { items: expirationItems, label },
  });
}

/** The person clicks GitHub's Generate button; an owner that requires approval labels it "… and request access". */
export const clickGenerate = (page: TestPage, label = 'Generate token and request access'): Promise<void> =>
  click(page, { css: 'button', text: label });

/** The person clicks Generate on a filled form; GitHub must receive exactly the Alta3 recipe. */
export async function generateAndExpectRecipe(session: { page: TestPage; replica: Replica }, label?: string, reason?: null): Promise<void> {
  await clickGenerate(session.page, label);
  await expect.poll(() => session.replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
  expectAlta3Submission(session.replica, { reason });
}

/**
 * From the next page load on, keeps every click on a submit button and every submit event of the
 * page, to read once they are over whether they were cancelled: a held submission is one whose
 * event was cancelled, which the page says at once, with no waiting to see that nothing arrives.
 */
export const recordSubmitEvents = (page: TestPage): Promise<void> =>
  page.addInitScript(() => {
    const events: Event[] = [];
    (window as unknown as { submitEvents: Event[] }).submitEvents = events;
    for (const type of ['click', 'submit']) {
      addEventListener(type, (event) => {
        if (type === 'submit' || (event.target instanceof Element && event.target.closest('button[type="submit"], input[type="submit"]'))) events.push(event);
      }, true);
    }
  });

/** The recorded submit clicks and submit events, each with whether it was cancelled ("click:held"). */
export const submitEvents = (page: TestPage): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { submitEvents?: Event[] }).submitEvents?.map((event) => `${event.type}:${event.defaultPrevented ? 'held' : 'went'}`) ?? [], null);
