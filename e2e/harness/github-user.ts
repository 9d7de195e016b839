// A person working GitHub's own controls on the replica, in either browser: the changes a test
// makes before or after PAT Pilot fills, through the same widgets a person uses.
import { expect } from '@playwright/test';
import type { Replica } from '../replica/server.ts';
import { expectAlta3Submission } from './recipe-submission.ts';
import { click, type TestPage } from './test-page.ts';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Adds a repository permission through "Add permissions" (it starts at Read-only). */
export async function addPermission(page: TestPage, name: string): Promise<void> {
  await click(page, { css: 'button', text: 'Add permissions' });
  // Headless Firefox now and then drops the first click after GitHub's repository dialog closed
  // (1 run in 3 of the already-right-form test); a person whose click did nothing clicks again.
  const menuOpen = (): Promise<boolean> => page.waitFor(() => document.querySelector('input[placeholder="Search"]'), null, 3000).then(() => true, () => false);
  if (!(await menuOpen())) await click(page, { css: 'button', text: 'Add permissions' });
  // Primer's ActionMenu may put the focus on its list, not its search field: click the field first.
  await click(page, { css: 'input[placeholder="Search"]' });
  await page.type(name);
  await click(page, { css: '[role="menuitemcheckbox"]', text: name });
  await page.press('Escape');
}

export type AccessLevel = 'Read-only' | 'Read and write';

export const openAccessMenu = (page: TestPage, name: string): Promise<void> =>
  click(page, { css: `li[aria-label^="${name}."] button[aria-haspopup]` });

export const chooseAccessLevel = (page: TestPage, level: AccessLevel): Promise<void> =>
  click(page, { css: '[role="menuitemradio"]', text: level });

/** Sets an added permission's level through its row's "Access:" menu. */
export async function setAccess(page: TestPage, name: string, level: AccessLevel): Promise<void> {
  await openAccessMenu(page, name);
  await chooseAccessLevel(page, level);
}

export const removePermission = (page: TestPage, name: string): Promise<void> =>
  click(page, { css: 'button', name: `Remove ${name}` });

export async function chooseOwner(page: TestPage, login: string): Promise<void> {
  await click(page, { css: 'button#resource-owner-select-panel-button' });
  await click(page, { css: '#resource-owner-select-panel [role="option"]', text: new RegExp(`^${escapeRegExp(login)}\\b`) });
  // As a person sees the list close on the owner chosen before moving on (a menu opened while it
  // still closes is closed with it).
  await page.waitFor((login) => {
    const options = [...document.querySelectorAll('#resource-owner-select-panel [role="option"]')];
    return options.every((option) => option.getClientRects().length === 0)
      && (document.querySelector<HTMLInputElement>('input[name="target_name"]')?.value ?? '') === login;
  }, login);
}

/**
 * Until the picker lists GitHub's answer to the search typed: every repository it shows matches.
 * The picker asks only 300 ms after the last key, and its answer replaces the list shown until
 * then, which may hold the same repository elsewhere (the first search starts from a list of all
 * repositories): a click aimed there lands on whatever the answer puts in its place.
 */
const searchAnswered = (page: TestPage, search: string): Promise<void> =>
  page.waitFor((search) => {
    const shown = [...document.querySelectorAll('dialog[open] [role="option"]')].filter((option) => option.getClientRects().length > 0);
    return shown.length > 0 && shown.every((option) => (option.textContent ?? '').toLowerCase().includes(search));
  }, search.toLowerCase());

/** Until the picker shows this repository as picked, as a person checks before searching for the next. */
const picked = (page: TestPage, fullName: string): Promise<void> =>
  page.waitFor((fullName) => [...document.querySelectorAll('dialog[open] [role="option"][aria-selected="true"]')]
    .some((option) => (option.textContent ?? '').replace(/\s+/g, ' ').trim() === fullName), fullName);

/** "Only select repositories", then each repository picked through the picker's search. */
/** keepOpen: the dialog stays open when done; continuing: it is open already, with a search typed. */
export async function pickRepositories(page: TestPage, owner: string, names: readonly string[], { keepOpen = false, continuing = false } = {}): Promise<void> {
  if (!continuing) {
    await click(page, { css: 'input[type="radio"][value="selected"]' });
    await click(page, { css: 'button', text: 'Select repositories' });
  }
  for (const [index, name] of names.entries()) {
    // The filter keeps focus; from the second search on, its text is selected and replaced.
    if (index > 0 || continuing) await page.press('Control+A');
    await page.type(name);
    await searchAnswered(page, name);
    await click(page, { css: '[role="option"]', text: new RegExp(`^${escapeRegExp(`${owner}/${name}`)}$`) });
    await picked(page, `${owner}/${name}`);
  }
  if (keepOpen) return;
  await click(page, { css: 'dialog[open] button', name: 'Close' });
  await page.waitFor(() => !document.querySelector('dialog[open]'), null);
}

export const pickRepository = (page: TestPage, owner: string, name: string): Promise<void> => pickRepositories(page, owner, [name]);

/** An expiration from GitHub's menu, by the start of its label (e.g. "90 days"). */
export async function chooseExpiration(page: TestPage, label: string): Promise<void> {
  await click(page, { css: '.js-new-default-token-expiration-select button[popovertarget]' });
  await click(page, { css: '[role="menuitemradio"]', text: new RegExp(`^${escapeRegExp(label)}`) });
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
