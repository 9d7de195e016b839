// The options page as a person uses it: open it, paste a recipe to import, choose the active one.
import { act, click, typeInto, type TestPage } from './test-page.ts';

export const optionsPage = 'src/options/index.html';

export async function openOptions(session: { openExtensionPage(path: string): Promise<TestPage> }): Promise<TestPage> {
  const page = await session.openExtensionPage(optionsPage);
  await page.waitFor(() => document.querySelector('#recipes-heading'), undefined);
  return page;
}

export async function importText(page: TestPage, text: string): Promise<void> {
  await typeInto(page, { css: '#import-text' }, text);
  await click(page, { css: 'button[type="submit"]', text: 'Import' });
}

export async function makeActive(page: TestPage, id: string): Promise<void> {
  await act(page, `Use this recipe (${id})`, () => click(page, { css: `li[data-recipe-id="${id}"] button`, text: 'Use this recipe' }), {
    shows: (recipeId) => document.querySelector(`li[data-recipe-id="${recipeId}"] .badge-active`),
    seen: () => `the active recipe ${document.querySelector('li:has(.badge-active)')?.getAttribute('data-recipe-id') ?? 'none'}`,
    arg: id,
  });
}

/** A recipe imported on the options page and made the active one, as a team's admin would. */
export async function useRecipe(session: { openExtensionPage(path: string): Promise<TestPage> }, recipe: { readonly id: string }): Promise<void> {
  const options = await openOptions(session);
  await importText(options, JSON.stringify(recipe));
  await makeActive(options, recipe.id);
}

/** Adds a GitHub Enterprise host under "GitHub hosts" as a person does: type it, click Add. */
export async function addHost(page: TestPage, host: string): Promise<void> {
  await typeInto(page, { css: '#host-input' }, host);
  await click(page, { css: 'button[type="submit"]', text: 'Add' });
}

/** Clicks one of a listed host's buttons ("Grant", "Remove"). */
export const clickHostButton = (page: TestPage, host: string, label: 'Grant' | 'Remove'): Promise<void> =>
  click(page, { css: `li[data-host="${host}"] button`, text: label });

/** Until the options page shows the host as allowed (true) or not listed as allowed (false). */
export const hostAllowed = (page: TestPage, host: string, allowed: boolean): Promise<void> =>
  page.waitFor(({ host, allowed }) => {
    const row = document.querySelector(`li[data-host="${host}"]`);
    return (row?.querySelector('.badge-active')?.textContent === 'Allowed') === allowed;
  }, { host, allowed });
