// The options page in Chromium with the built extension: importing a good and a bad recipe,
// editing a copy with live validation, and a recipe an organization pushes by policy.
import { committedExtensionId } from '../../scripts/packaging/extension-id.ts';
import { alta3EnchiladaRecipe } from '../../src/recipe/builtin/alta3-enchilada.ts';
import type { FineGrainedRecipe as Recipe } from '../../src/recipe/schema.ts';
import type { ChromiumSession } from '../harness/chromium.ts';
import { canUsePrivatePolicy } from '../harness/chromium-policy.ts';
import { expect, test } from '../harness/fixtures.ts';
import { importText, makeActive, openOptions } from '../harness/options-page.ts';
import type { TestPage } from '../harness/test-page.ts';

/** The parts of the extension API the specs call inside the options page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    managed: { get(keys: null): Promise<Record<string, unknown>> };
  };
};

// The Firefox project's '*.spec.ts' also matches files in this folder; these specs are Chromium's.
test.skip(({ engine }) => engine !== 'chromium', 'Chromium only');

const imported: Recipe = { ...alta3EnchiladaRecipe, id: 'e2e-import', label: 'E2E import', repositories: ['labs', 'demo'] };

const textOf = (page: TestPage, css: string): Promise<string> =>
  page.evaluate((selector) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '', css);

const waitForText = (page: TestPage, css: string, text: string): Promise<void> =>
  page.waitFor(({ selector, expected }) => document.querySelector(selector)?.textContent?.includes(expected), { selector: css, expected: text });

const buttonsOf = (page: TestPage, id: string): Promise<string[]> =>
  page.evaluate((recipeId) => [...document.querySelectorAll(`li[data-recipe-id="${recipeId}"] .actions button`)].map((button) => button.textContent ?? ''), id);

/** What the options page writes; the background's copy of the active recipe beside it follows on its own. */
const localStorageArea = (page: TestPage): Promise<Record<string, unknown>> => page.evaluate(() => chrome.storage.local.get(['recipes', 'activeRecipeId']), undefined);

test('a good import appears, can be made active, and the background then serves it', async ({ session }) => {
  const page = await openOptions(session);
  await importText(page, JSON.stringify(imported));
  await waitForText(page, '[role="status"]', 'Imported “E2E import”.');
  expect(await textOf(page, 'li[data-recipe-id="e2e-import"] [data-source]')).toBe('Yours');
  expect(await buttonsOf(page, 'e2e-import')).toEqual(['Use this recipe', 'Edit', 'Duplicate', 'Download JSON', 'Copy JSON', 'Delete']);

  await makeActive(page, 'e2e-import');
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'active-recipe' }), undefined)).toEqual({ recipe: imported });
  expect(await localStorageArea(page)).toEqual({ recipes: [imported], activeRecipeId: 'e2e-import' });
  expect(session.errors).toEqual([]);
});

test('a bad import says what is wrong, next to the text, and leaves storage as it was', async ({ session }) => {
  const page = await openOptions(session);
  await importText(page, JSON.stringify(imported));
  await waitForText(page, '[role="status"]', 'Imported');
  const before = await localStorageArea(page);

  const trailingSpace = { ...imported, id: 'e2e-bad', repositories: ['labs', 'demo', 'enchilada', 'gutenberg '] };
  await page.evaluate(() => { (document.querySelector('#import-text') as HTMLTextAreaElement).select(); }, undefined);
  await importText(page, JSON.stringify(trailingSpace));
  await waitForText(page, '#import-text-errors', "repositories[3]: 'gutenberg ' ends with a space; remove it");
  expect(await textOf(page, '[role="status"]')).toBe('Nothing was imported from the pasted text: one problem, listed under the text box.');
  expect(await page.evaluate(() => {
    const field = document.querySelector('#import-text')!;
    return [field.getAttribute('aria-invalid'), field.getAttribute('aria-describedby')];
  }, undefined)).toEqual(['true', 'import-text-hint import-text-errors']);

  await page.evaluate(() => { (document.querySelector('#import-text') as HTMLTextAreaElement).select(); }, undefined);
  await importText(page, '{"id": "e2e-cut-off",');
  await waitForText(page, '#import-text-errors', 'The text is not valid JSON');

  expect(await localStorageArea(page)).toEqual(before);
  // The two built-in recipes and the one imported.
  expect(await page.evaluate(() => document.querySelectorAll('li[data-recipe-id]').length, undefined)).toBe(3);
  expect(session.errors).toEqual([]);
});

test('a duplicate is edited by keyboard alone, with live validation, and saved only once it is valid', async ({ session }) => {
  const page = await openOptions(session);
  const focused = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id, undefined);
  const pressTimes = async (key: string, times: number): Promise<void> => {
    for (let i = 0; i < times; i += 1) await page.press(key);
  };
  // The built-in recipe is active, so its first control is Duplicate, the page's first Tab stop.
  await page.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.recipeId + ' ' + document.activeElement?.textContent, undefined)).toBe('alta3-enchilada Duplicate');
  await page.press('Enter');
  await page.waitFor(() => document.activeElement?.id === 'editor-heading', undefined);
  expect(await page.evaluate(() => (document.querySelector('#recipe-id') as HTMLInputElement).value, undefined)).toBe('alta3-enchilada-copy');

  // Label, id, the kind radios, GitHub host, token name, description, owner, days, "No expiration", request message, the access radios, repositories.
  await pressTimes('Tab', 12);
  expect(await focused()).toBe('recipe-repositories');
  await page.press('Control+End');
  await page.type('\nlabs ');
  await waitForText(page, '#recipe-repositories-errors', "Line 7: 'labs ' ends with a space; remove it");
  expect(await page.evaluate(() => [
    document.querySelector('#recipe-repositories')!.getAttribute('aria-invalid'),
    (document.querySelector('button[type="submit"]') as HTMLButtonElement).disabled,
  ], undefined)).toEqual(['true', true]);

  await page.press('Backspace');
  await waitForText(page, '#recipe-repositories-errors', "Line 7: 'labs' repeats repositories[0]; list each repository once");
  await pressTimes('Backspace', 'labs'.length);
  await page.type('docs');
  await page.waitFor(() => !(document.querySelector('button[type="submit"]') as HTMLButtonElement).disabled, undefined);

  // Enter in a one-line field submits the form, as on any web form.
  await pressTimes('Shift+Tab', 3);
  expect(await focused()).toBe('recipe-expiresInDays');
  await page.press('Enter');
  await waitForText(page, '[role="status"]', 'Saved “Alta3 enchilada install (copy)”.');
  expect(await focused()).toBe('recipes-heading');
  expect(((await localStorageArea(page)).recipes as Recipe[]).map((recipe) => recipe.repositories.at(-1))).toEqual(['docs']);
  expect(session.errors).toEqual([]);
});

const managedRecipe: Recipe = { ...alta3EnchiladaRecipe, id: 'e2e-managed', label: 'E2E managed', repositories: ['infrastructure'] };

/** manifest.json's `key` fixes the id, wherever the unpacked build is loaded from. */
const extensionId = committedExtensionId();

test.describe('with a recipe pushed by machine policy', () => {
  // Chromium reads the policy at start-up from a folder only this browser sees (needs root).
  test.skip(!canUsePrivatePolicy(), 'a browser-private policy folder needs root (mount namespace)');
  test.use({ policy: { '3rdparty': { extensions: { [extensionId]: { recipes: [managedRecipe] } } } } });

  test('a recipe pushed by policy shows as managed, cannot be edited or deleted, and can be made active', async ({ session }) => {
    expect((session as ChromiumSession).extensionId).toBe(extensionId);
    const page = await openOptions(session);
    expect(await page.evaluate(() => chrome.storage.managed.get(null), undefined)).toEqual({ recipes: [managedRecipe] });

    await page.waitFor(() => document.querySelector('li[data-recipe-id="e2e-managed"]'), undefined);
    expect(await textOf(page, 'li[data-recipe-id="e2e-managed"] [data-source]')).toBe('Managed by your organization');
    expect(await buttonsOf(page, 'e2e-managed')).toEqual(['Use this recipe', 'Duplicate', 'Download JSON', 'Copy JSON']);

    await makeActive(page, 'e2e-managed');
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'active-recipe' }), undefined)).toEqual({ recipe: managedRecipe });

    // Importing a recipe under the managed id is refused, so the pushed one cannot be shadowed.
    await importText(page, JSON.stringify({ ...managedRecipe, label: 'Mine now' }));
    await waitForText(page, '#import-text-errors', "id: 'e2e-managed' is already taken by the recipe from your organization “E2E managed”; choose another id");
    expect(await localStorageArea(page)).toEqual({ activeRecipeId: 'e2e-managed' });
    expect(session.errors).toEqual([]);
  });
});
