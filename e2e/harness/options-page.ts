// The options page as a person uses it: open it, paste a recipe to import, choose the active one.
import { click, typeInto, type TestPage } from './test-page.ts';

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
  await click(page, { css: `li[data-recipe-id="${id}"] button`, text: 'Use this recipe' });
  await page.waitFor((recipeId) => document.querySelector(`li[data-recipe-id="${recipeId}"] .badge-active`), id);
}

/** A recipe imported on the options page and made the active one, as a team's admin would. */
export async function useRecipe(session: { openExtensionPage(path: string): Promise<TestPage> }, recipe: { readonly id: string }): Promise<void> {
  const options = await openOptions(session);
  await importText(options, JSON.stringify(recipe));
  await makeActive(options, recipe.id);
}
