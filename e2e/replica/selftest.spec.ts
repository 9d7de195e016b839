// The replica proven on its own: a person completes the Alta3 procedure through the page (no
// extension), and the behaviours PAT Pilot relies on are pinned.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { githubPermissions } from './domain/github-permissions.ts';
import { alta3Repositories, defaultConfig, type ReplicaOptions } from './config.ts';
import { routeReplica } from './route-playwright.ts';
import { ScriptedUser } from './scripted-user.ts';
import { createReplica, type Replica } from './server.ts';
import { addDays, isoDate } from './shared/expiration.ts';
import { githubDate } from './domain/token-dates.ts';
import { fieldMap } from './http/form-fields.ts';

let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

test.afterAll(async () => {
  await browser.close();
});

const newTokenUrl = 'https://github.com/settings/personal-access-tokens/new';

/** What the current test's page threw; none is expected. */
let pageErrors: string[] = [];
let context: BrowserContext | undefined;

test.afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

async function openReplica(options: ReplicaOptions = {}, url = newTokenUrl): Promise<{ page: Page; replica: Replica }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const replica = createReplica(options);
  await routeReplica(context, replica);
  const page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  return { page, replica };
}

const ownerPanel = (page: Page) => page.locator('#resource-owner-select-panel');
const repositoryDialog = (page: Page) => page.getByRole('dialog', { name: 'Select repositories' });
const expiresAt = (page: Page) => page.locator('input[name="user_programmatic_access[default_expires_at]"]');

async function chooseOwner(page: Page, login: string): Promise<void> {
  await page.getByRole('button', { name: 'Resource owner' }).click();
  await ownerPanel(page).getByRole('option', { name: login, exact: true }).click();
}

async function chooseExpiration(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Expiration' }).click();
  await page.getByRole('menuitemradio', { name: label }).click();
}

test('a person completes the Alta3 procedure through the page', async () => {
  const { page, replica } = await openReplica();
  const user = new ScriptedUser(page);
  const name = `enchilada-install-${isoDate(new Date())}`;
  const description = 'token for downloading the following repos: labs, enchilada, alta3-ansible, infrastructure, gutenberg, demo';
  const reason = 'Needed for enchilada installation on cloud';
  const repositories = ['labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo', 'gutenberg'];

  await user.clickAndType(page.getByLabel('Token name'), name);
  await user.clickAndType(page.getByLabel('Description'), description);
  await user.click(page.getByRole('button', { name: 'Resource owner' }));
  await user.click(ownerPanel(page).getByRole('option', { name: 'alta3', exact: true }));
  await user.click(page.getByRole('button', { name: 'Expiration' }));
  await user.click(page.getByRole('menuitemradio', { name: /^90 days/ }));
  await user.clickAndType(page.getByLabel('Request message'), reason);
  await user.click(page.getByLabel('Only select repositories'));
  await user.click(page.getByRole('button', { name: 'Select repositories' }));
  for (const [index, repository] of repositories.entries()) {
    // The filter keeps focus; from the second search on, select its text to replace it.
    if (index > 0) await user.press('Control+A');
    await user.type(repository);
    await user.click(repositoryDialog(page).getByRole('option', { name: `alta3/${repository}`, exact: true }));
  }
  await user.click(repositoryDialog(page).getByRole('button', { name: 'Close' }));
  await user.click(page.getByRole('button', { name: 'Add permissions' }));
  await user.type('Contents');
  await user.click(page.getByRole('menuitemcheckbox', { name: 'Contents' }));
  await user.press('Escape');
  await expect(page.getByRole('listitem', { name: /^Metadata\./ })).toBeVisible();
  await user.click(page.getByRole('button', { name: 'Generate token and request access' }));

  await expect(page).toHaveURL('https://github.com/settings/personal-access-tokens');
  await expect(page.locator('.new-token #new-access-token')).toHaveValue(/^github_pat_/);
  await expect(page.getByText('Make sure to copy your personal access token now as you will not be able to see this again.')).toBeVisible();
  await expect(page.locator('.new-token').getByText('pending')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy token' })).toBeVisible();

  expect(replica.submissions).toHaveLength(1);
  const submission = replica.submission();
  const fields = submission?.fields ?? {};
  expect(fields['user_programmatic_access[name]']).toBe(name);
  expect(fields['user_programmatic_access[description]']).toBe(description);
  expect(fields.target_name).toBe('alta3');
  expect(fields['user_programmatic_access[default_expires_at]']).toBe('90');
  expect(fields.reason).toBe(reason);
  expect(fields.install_target).toBe('selected');
  const ids = submission?.values['repository_ids[]'] ?? [];
  expect(ids).toHaveLength(6);
  expect(new Set(ids)).toEqual(new Set(repositories.map((repository) => String(alta3Repositories.find((candidate) => candidate.name === repository)?.id))));
  for (const { key } of githubPermissions) {
    expect(fields[`integration[default_permissions][${key}]`], key).toBe(key === 'contents' || key === 'metadata' ? 'read' : 'none');
  }
  const permissionFields = githubPermissions.map(({ key }) => `integration[default_permissions][${key}]`);
  // "filter" is the SelectPanels' search field (PVC names it so), inside the form like every panel.
  expect(new Set(submission?.pairs.map(([field]) => field))).toEqual(new Set([
    'authenticity_token', 'filter', 'user_programmatic_access[name]', 'user_programmatic_access[description]', 'target_name',
    'user_programmatic_access[default_expires_at]', 'reason', 'install_target', 'repository_ids[]', ...permissionFields,
  ]));

  mkdirSync(new URL('./dist/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./dist/manual-effort.json', import.meta.url), `${JSON.stringify(user.effort, null, 2)}\n`);
});

test('changing the owner fetches the fragment again and resets the expiration', async () => {
  const { page, replica } = await openReplica();
  await chooseExpiration(page, /^90 days/);
  await expect(expiresAt(page)).toHaveValue('90');
  await chooseOwner(page, 'alta3');
  await expect(page.getByLabel('Request message')).toBeVisible();
  expect(replica.requests.filter((request) => request.url.includes('/select-access?target_name=alta3'))).toHaveLength(1);
  await expect(expiresAt(page)).toHaveValue('30');
  await expect(page.getByRole('button', { name: 'Expiration' })).toHaveText(/^30 days \(/);
  await expect(page.getByRole('button', { name: 'Generate token and request access' })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveText(['Repositories', 'Organization']);
});

test('a 60-day lifetime policy removes 90 days and "No expiration"', async () => {
  const owners = defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, lifetimeCapDays: 60 } : owner));
  const { page } = await openReplica({ owners });
  await chooseOwner(page, 'alta3');
  await page.getByRole('button', { name: 'Expiration' }).click();
  const values = page.locator('.js-new-default-token-expiration-select [role="menuitemradio"]');
  await expect(values).toHaveCount(4);
  expect(await values.evaluateAll((items) => items.map((item) => item.getAttribute('data-value')))).toEqual(['7', '30', '60', 'custom']);
  await expect(page.getByText('The alta3 requires a maximum lifetime of 60 days for fine-grained personal access tokens.')).toBeVisible();

  // The server applies the same policy to a prefilled URL, ignoring an expires_in above the cap.
  await page.goto(`${newTokenUrl}?target_name=alta3&expires_in=90`);
  await expect(expiresAt(page)).toHaveValue('30');
  await expect(values).toHaveCount(4);
});

async function submitWithoutExpiration(page: Page): Promise<void> {
  await page.getByLabel('Token name').fill('forever');
  // Leaving the field runs the name check; until it answers, the field is invalid.
  await page.getByLabel('Description').click();
  await expect(page.getByText("'forever' is available.")).toBeVisible();
  await chooseExpiration(page, /^No expiration$/);
  await expect(page.getByText('GitHub strongly recommends that you set an expiration date')).toBeVisible();
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page.locator('turbo-frame#fg_pat_confirmation_dialog #confirm-fg-pat')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New personal access token' })).toBeVisible();
}

test('"No expiration" asks for confirmation, which posts confirm=1', async () => {
  const { page, replica } = await openReplica();
  await submitWithoutExpiration(page);
  await page.locator('#confirm-fg-pat').getByRole('button', { name: 'Generate token' }).click();
  await expect(page.locator('#new-access-token')).toHaveValue(/^github_pat_/);
  expect(replica.submissions).toHaveLength(2);
  expect(replica.submission(0)?.fields.confirm).toBeUndefined();
  expect(replica.submission(1)?.fields).toMatchObject({ confirm: '1', 'user_programmatic_access[default_expires_at]': 'none', 'user_programmatic_access[name]': 'forever' });
});

test('a scripted click on the confirmation lands on the list without a token', async () => {
  const { page, replica } = await openReplica();
  await submitWithoutExpiration(page);
  await page.locator('#confirm-fg-pat button[type="submit"]').evaluate((button: HTMLElement) => button.click());
  await expect(page).toHaveURL('https://github.com/settings/personal-access-tokens');
  await expect(page.locator('#new-access-token')).toHaveCount(0);
  expect(replica.createdTokens).toHaveLength(0);
});

test('suggestions stop at 10, decoys first, and picks stay checked across searches', async () => {
  const { page } = await openReplica({}, `${newTokenUrl}?target_name=alta3`);
  await page.getByLabel('Only select repositories').click();
  await page.getByRole('button', { name: 'Select repositories' }).click();
  const options = repositoryDialog(page).getByRole('option');
  await expect(options).toHaveCount(10);
  await expect(options.first()).toHaveText('alta3/labs-archive');
  await page.keyboard.type('labs');
  await expect(options).toHaveText(['alta3/labs-archive', 'alta3/labs', 'alta3/labs-2023', 'alta3/labs-solutions']);
  await options.filter({ hasText: /^alta3\/labs$/ }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('demo');
  await expect(options).toHaveText(['alta3/demo-old', 'alta3/demo']);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('labs');
  await expect(options.filter({ hasText: /^alta3\/labs$/ })).toHaveAttribute('aria-selected', 'true');
  await expect(options.filter({ hasText: /^alta3\/labs-2023$/ })).toHaveAttribute('aria-selected', 'false');
  await expect(page.locator('input[name="repository_ids[]"]')).toHaveCount(1);
  await expect(page.getByText('Selected 1 repository.')).toBeAttached();
});

test('sudo: "Confirm access" comes first, then the form (without the prefill)', async () => {
  const { page } = await openReplica({ sudoFirst: true }, `${newTokenUrl}?name=prefilled`);
  await expect(page).toHaveTitle('Confirm access');
  await expect(page.locator('input[name="user_programmatic_access[name]"]')).toHaveCount(0);
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(newTokenUrl);
  await expect(page.getByLabel('Token name')).toHaveValue('');
});

test('a taken name shows the error', async () => {
  const name = 'enchilada-install-2026-01-01';
  const { page } = await openReplica({ existingTokenNames: [name] });
  await page.getByLabel('Token name').click();
  await page.keyboard.type(name);
  await page.getByLabel('Description').click();
  await expect(page.getByText(`${name} is an invalid name. The token name has already been taken.`)).toBeVisible();
  expect(await page.getByLabel('Token name').evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
});

test('the permission search is a React-controlled input', async () => {
  const { page } = await openReplica();
  await page.getByRole('button', { name: 'Add permissions' }).click();
  const search = page.getByPlaceholder('Search', { exact: true });
  const items = page.getByRole('menuitemcheckbox');
  const total = await items.count();
  // A plain assignment plus an input event does not reach React's state…
  await search.evaluate((input: HTMLInputElement) => {
    input.value = 'Issues';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(items).toHaveCount(total);
  // …the native setter does.
  await search.evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'Contents');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(items).toHaveText(['Contents']);
  await expect(page.locator('input[name^="integration[default_permissions]["]')).toHaveCount(githubPermissions.length);
});

test('invalid input is answered 422 and the page shows why', async () => {
  const { page, replica } = await openReplica({}, `${newTokenUrl}?name=no-repositories`);
  await page.getByLabel('Only select repositories').click();
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page.locator('#js-flash-container [role="alert"]')).toContainText('Select at least one repository.');
  expect(replica.submissions).toHaveLength(1);
  expect(replica.createdTokens).toHaveLength(0);
});

test('failCreation returns to the list without a token', async () => {
  const { page, replica } = await openReplica({ failCreation: true }, `${newTokenUrl}?name=lost`);
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page).toHaveURL('https://github.com/settings/personal-access-tokens');
  await expect(page.getByRole('link', { name: 'Generate new token' })).toBeVisible();
  await expect(page.locator('#new-access-token')).toHaveCount(0);
  expect(replica.submissions).toHaveLength(1);
});

test('the permission menus work from the keyboard and keep the hidden inputs in sync', async () => {
  const { page } = await openReplica();
  const contents = page.locator('input[name="integration[default_permissions][contents]"]');
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.keyboard.type('Cont');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(contents).toHaveValue('read');
  await expect(page.locator('input[name="integration[default_permissions][metadata]"]')).toHaveValue('read');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add permissions' })).toBeFocused();
  // Primer React's IconButton: disabled, it keeps aria-label; enabled, its tooltip names it.
  await expect(page.getByRole('button', { name: 'Remove Metadata' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Remove Metadata' })).toHaveAttribute('aria-label', 'Remove Metadata');
  const removeContents = page.getByRole('button', { name: 'Remove Contents' });
  await expect(removeContents).not.toHaveAttribute('aria-label');
  const tooltipId = await removeContents.getAttribute('aria-labelledby');
  await expect(page.locator(`[id="${tooltipId}"]`)).toHaveText('Remove Contents');
  await expect(page.locator(`[id="${tooltipId}"]`)).toHaveAttribute('aria-hidden', 'true');

  await page.getByRole('listitem', { name: /^Contents\./ }).getByRole('button', { name: /Access:/ }).click();
  // Primer's ActionMenu opened by a click focuses its menu; the arrows walk the levels.
  await expect(page.getByRole('menuitemradio', { name: 'Read-only' })).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null)).toBe(true);
  await page.getByRole('menuitemradio', { name: 'Read-only' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Read and write' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(contents).toHaveValue('write');
  await page.getByRole('button', { name: 'Remove Contents' }).click();
  await expect(contents).toHaveValue('none');
  await expect(page.getByRole('button', { name: 'Remove Metadata' })).toBeEnabled();
  await page.getByRole('tab', { name: 'Account' }).click();
  await expect(page.getByText('No account permissions added yet')).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Metadata\./ })).toHaveCount(0);
});

test('URL prefill fills the page and passes permissions on to the fragment', async () => {
  const query = 'name=from-url&description=prefilled&target_name=alta3&expires_in=90&contents=read&gists=write';
  const { page, replica } = await openReplica({}, `${newTokenUrl}?${query}`);
  await expect(page.getByLabel('Token name')).toHaveValue('from-url');
  await expect(page.getByLabel('Description')).toHaveValue('prefilled');
  await expect(page.locator('input[name="target_name"]')).toHaveValue('alta3');
  await expect(expiresAt(page)).toHaveValue('90');
  await expect(page.locator('input[name="integration[default_permissions][contents]"]')).toHaveValue('read');
  await expect(page.locator('input[name="integration[default_permissions][metadata]"]')).toHaveValue('read');
  // Gists is an account permission: an organization owner cannot have it.
  await expect(page.locator('input[name="integration[default_permissions][gists]"]')).toHaveValue('none');
  expect(replica.requests.some((request) => request.url.endsWith('/select-access?target_name=alta3&contents=read&gists=write'))).toBe(true);

  await page.goto(`${newTokenUrl}?target_name=nobody`);
  await expect(page.getByRole('alert')).toHaveText(/Cannot find the specified resource owner: nobody/);
  await expect(page.locator('input[name="target_name"]')).toHaveValue('sbarbour');
});

// Behaviours reported for the live page, 2026-H2 (issue #10 §4), each behind its switch.

const tokenListUrl = 'https://github.com/settings/personal-access-tokens';
const generate = (page: Page) => page.getByRole('button', { name: 'Generate token', exact: true }).first();

test('confirmEveryToken: every token waits in a plain overlay at the end of <body>, which only a real click confirms', async () => {
  const { page, replica } = await openReplica({ live: { confirmEveryToken: true } }, `${newTokenUrl}?name=confirmed`);
  const overlay = page.locator('#confirm-fg-pat');
  await generate(page).click();
  await expect(overlay.getByRole('heading', { name: 'New personal access token' })).toBeVisible();
  await expect(overlay).toContainText('30 days');
  expect(await overlay.evaluate((element) => ({
    tag: element.tagName, role: element.getAttribute('role'), inForm: element.closest('form') !== null, atEnd: document.body.lastElementChild?.contains(element),
  }))).toEqual({ tag: 'DIV', role: null, inForm: false, atEnd: true });
  expect(replica.createdTokens).toHaveLength(0);
  // Cancel closes it; nothing is created.
  await overlay.getByRole('button', { name: 'Cancel' }).click();
  await expect(overlay).toHaveCount(0);
  // A script's click closes it and lands on the list, with no token.
  await generate(page).click();
  await overlay.getByRole('button', { name: 'Generate token' }).evaluate((button: HTMLElement) => button.click());
  await expect(page).toHaveURL(tokenListUrl);
  await expect(page.locator('#new-access-token')).toHaveCount(0);
  expect(replica.createdTokens).toHaveLength(0);
  // A person's click posts the form as it stands, with confirm=1.
  await page.goto(`${newTokenUrl}?name=confirmed`);
  await generate(page).click();
  await overlay.getByRole('button', { name: 'Generate token' }).click();
  await expect(page.locator('#new-access-token')).toHaveValue(/^github_pat_/);
  expect(replica.submissions).toHaveLength(4);
  expect(replica.submission()?.fields).toMatchObject({ confirm: '1', 'user_programmatic_access[name]': 'confirmed', 'user_programmatic_access[default_expires_at]': '30' });
});

test('menusNeedRealPress: the expiration menu ignores a bare click(), and takes a pointer press or Enter', async () => {
  const { page } = await openReplica({ live: { menusNeedRealPress: true } });
  const item = (label: RegExp) => page.getByRole('menuitemradio', { name: label });
  await page.getByRole('button', { name: 'Expiration' }).click();
  await item(/^90 days/).evaluate((button: HTMLElement) => button.click());
  await expect(item(/^90 days/)).toBeVisible();
  await expect(item(/^90 days/)).toHaveAttribute('aria-checked', 'false');
  await expect(expiresAt(page)).toHaveValue('30');
  await item(/^90 days/).click();
  await expect(expiresAt(page)).toHaveValue('90');
  await expect(item(/^90 days/)).toBeHidden();
  await page.getByRole('button', { name: 'Expiration' }).click();
  await expect(item(/^60 days/)).toBeVisible();
  // PVC's ActionMenu focuses its first item on the frame after it opens: a person presses Enter
  // once the focus rests on the item they chose.
  await expect(page.locator('[role="menuitemradio"]:focus')).toHaveCount(1);
  await item(/^60 days/).focus();
  await expect(item(/^60 days/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(expiresAt(page)).toHaveValue('60');
  // The whole pointer sequence, even from a script, is a press.
  await expect(item(/^60 days/)).toBeHidden();
  await page.getByRole('button', { name: 'Expiration' }).click();
  await expect(item(/^7 days/)).toBeVisible();
  await item(/^7 days/).evaluate((button: HTMLElement) => {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      button.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, { bubbles: true, cancelable: true, composed: true }));
    }
    button.click();
  });
  await expect(expiresAt(page)).toHaveValue('7');
});

test('ownerListFails: the owner panel says "Sorry, something went wrong." and does not retry; target_name still chooses the owner', async () => {
  const { page, replica } = await openReplica({ live: { ownerListFails: true } });
  const ownerRequests = () => replica.requests.filter((request) => request.url.includes('/resource_owners')).length;
  await page.getByRole('button', { name: 'Resource owner' }).click();
  await expect(ownerPanel(page).locator('[data-show-on-error]')).toHaveText('Sorry, something went wrong.');
  await expect(ownerPanel(page).getByRole('option')).toHaveCount(0);
  await ownerPanel(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Resource owner' }).click();
  await expect(ownerPanel(page).locator('[data-show-on-error]')).toBeVisible();
  await page.goto(`${newTokenUrl}?target_name=alta3`);
  await expect(page.locator('input[name="target_name"]')).toHaveValue('alta3');
  // The next page was asked for after anything the open panel asked, so a retry is counted by now.
  expect(ownerRequests()).toBe(1);
  await expect(page.getByRole('button', { name: 'Resource owner' })).toHaveText('alta3');
  await expect(page.getByLabel('Request message')).toBeVisible();
  // PVC's panel rethrows the fragment's error, as on GitHub.
  pageErrors = pageErrors.filter((message) => !message.includes('status of 500'));
});

test('prefillChoosesAll: a prefilled link starts at "All repositories", a plain visit at "Public repositories"', async () => {
  const { page } = await openReplica({ live: { prefillChoosesAll: true } }, `${newTokenUrl}?target_name=alta3&contents=read`);
  await expect(page.getByLabel('All repositories')).toBeChecked();
  await page.goto(`${newTokenUrl}?name=from-a-readme`);
  await expect(page.getByLabel('All repositories')).toBeChecked();
  await page.goto(newTokenUrl);
  await expect(page.getByLabel('Public repositories')).toBeChecked();
});

test('customDateBounds: the date runs from tomorrow to a year (or the cap), and a date outside fails without a word', async () => {
  const owners = defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, lifetimeCapDays: 60 } : owner));
  const { page, replica } = await openReplica({ live: { customDateBounds: true }, owners }, `${newTokenUrl}?name=bounded`);
  const date = page.getByLabel('Select date');
  const day = (days: number): string => isoDate(addDays(new Date(), days));
  await chooseExpiration(page, /^Custom/);
  await expect(date).toHaveAttribute('min', day(1));
  await expect(date).toHaveAttribute('max', day(365));
  await date.fill(day(366));
  // The browser holds the form back itself (its own "invalid" event, fired instead of the
  // submission in the same click), and shows nothing on the page.
  const invalid = date.evaluate((input) => new Promise<boolean>((resolve) => input.addEventListener('invalid', () => resolve(true), { once: true })));
  await generate(page).click();
  expect(await invalid).toBe(true);
  expect(replica.submissions).toHaveLength(0);
  // Posted all the same, GitHub answers with the form as it was: no message, no token.
  await page.locator('form#new_user_programmatic_access').evaluate((form: HTMLFormElement) => { form.noValidate = true; });
  await generate(page).click();
  await expect.poll(() => replica.submissions.length).toBe(1);
  await expect(page.locator('#js-flash-container')).toBeEmpty();
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
  await expect(page).toHaveURL(`${newTokenUrl}?name=bounded`);
  await expect(date).toHaveValue(day(366));
  expect(replica.createdTokens).toHaveLength(0);
  // An organization with a lifetime policy: the cap.
  await chooseOwner(page, 'alta3');
  await chooseExpiration(page, /^Custom/);
  await expect(date).toHaveAttribute('max', day(60));
});

// The pages around a token after it exists (issue #12).
const requestsUrl = 'https://github.com/organizations/alta3/settings/personal-access-token-requests';
const settings = {
  owner: 'alta3', repositoryAccess: 'selected', repositories: ['labs', 'demo'], permissions: { contents: 'read', metadata: 'read', issues: 'write' },
} as const;
const tokenRequest = { ...settings, id: 7, name: 'labs-token', requester: 'jdoe', reason: 'For the labs', createdDaysAgo: 1, expiresInDays: 89 };

test('the token list states each expiry and links each token\'s page and regenerate page; regenerating posts', async () => {
  const today = new Date();
  const { page, replica } = await openReplica({
    tokens: [{ ...settings, id: 11, name: 'soon', createdDaysAgo: 78, expiresInDays: 12 }, { ...settings, id: 12, name: 'gone', createdDaysAgo: 93, expiresInDays: -3 }],
  }, 'https://github.com/settings/personal-access-tokens');
  await expect(page.locator('li', { hasText: 'soon' })).toContainText(`Expires on ${githubDate(addDays(today, 12))}.`);
  await expect(page.locator('li', { hasText: 'gone' })).toContainText(`Expired on ${githubDate(addDays(today, -3))}.`);
  await expect(page.locator('li', { hasText: 'soon' }).getByRole('link', { name: 'Regenerate' })).toHaveAttribute('href', '/settings/personal-access-tokens/11/regenerate');
  await page.getByRole('link', { name: 'soon' }).click();
  await expect(page).toHaveURL('https://github.com/settings/personal-access-tokens/11');
  await expect(page.locator('.Box-row', { hasText: 'Repository permissions' })).toContainText('Read access to code and metadataRead and Write access to issues');
  await expect(page.getByText(`Created on ${githubDate(addDays(today, -78))}.`)).toBeVisible();
  await page.getByRole('link', { name: 'Regenerate token' }).click();
  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await expect(page).toHaveURL('https://github.com/settings/personal-access-tokens');
  expect(replica.decisions.map((decision) => decision.path)).toEqual(['/settings/personal-access-tokens/11/regenerate']);
});

test('a request\'s Approve and Deny post their forms, and the replica records each decision', async () => {
  const { page, replica } = await openReplica({ tokenRequests: [tokenRequest] }, requestsUrl);
  await expect(page.locator('.js-token-request')).toContainText('Requested by @jdoe');
  await page.getByRole('link', { name: 'labs-token' }).click();
  await expect(page.getByText('Access on alta3')).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page).toHaveURL(requestsUrl);
  await page.goto(`${requestsUrl}/7`);
  await page.getByLabel(/Reason for denying/).fill('not now');
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page).toHaveURL(requestsUrl);
  expect(replica.decisions.map((decision) => [decision.path, fieldMap(decision.pairs).reason])).toEqual([
    ['/organizations/alta3/settings/personal-access-token-requests/7/approve', undefined],
    ['/organizations/alta3/settings/personal-access-token-requests/7/deny', 'not now'],
  ]);
});

test('unreadable: the list\'s dates read either way round, no request links its page, and permissions lose their level', async () => {
  const { page } = await openReplica({
    tokens: [{ ...settings, id: 11, name: 'soon', createdDaysAgo: 78, expiresInDays: 12 }],
    tokenRequests: [tokenRequest],
    drift: { unreadable: ['token-list', 'token-page', 'request-list', 'request-page'] },
  }, 'https://github.com/settings/personal-access-tokens');
  await expect(page.locator('li', { hasText: 'soon' })).toContainText(/Expires \d\d\/\d\d\/\d\d/);
  await page.goto('https://github.com/settings/personal-access-tokens/11');
  await expect(page.locator('.Box-row', { hasText: 'Repository permissions' }).locator('li').first()).toHaveText('code and metadata');
  await page.goto(requestsUrl);
  await expect(page.locator('.js-token-request a[href*="/personal-access-token-requests/"]')).toHaveCount(0);
  await page.goto(`${requestsUrl}/7`);
  await expect(page.getByText('Read access to')).toHaveCount(0);
});

// The classic token page (github.com/settings/tokens/new) and its list.

const classicUrl = 'https://github.com/settings/tokens/new';
const scopeBox = (page: Page, scope: string) => page.locator(`input[name="oauth_access[scopes][]"][value="${scope}"]`);
const repoChildren = ['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'];

test('classic: a person creates a token through the page; a ticked parent ticks and disables its children, and only the parent is posted', async () => {
  const { page, replica } = await openReplica({}, classicUrl);
  await expect(page.getByRole('heading', { name: 'New personal access token (classic)' })).toBeVisible();
  await page.getByLabel('Note').fill('hotfix');
  await expect(page.getByLabel('Note')).toHaveAttribute('placeholder', 'What’s this token for?');
  await page.getByRole('button', { name: 'Expiration' }).click();
  await page.getByRole('menuitemradio', { name: /^7 days/ }).click();
  await expect(page.locator('input[name="oauth_access[default_expires_at]"]')).toHaveValue('7');
  await scopeBox(page, 'repo').check();
  for (const child of repoChildren) {
    await expect(scopeBox(page, child)).toBeChecked();
    await expect(scopeBox(page, child)).toBeDisabled();
  }
  // Unticking the parent frees its children again.
  await scopeBox(page, 'repo').uncheck();
  await expect(scopeBox(page, 'repo:status')).not.toBeChecked();
  await expect(scopeBox(page, 'repo:status')).toBeEnabled();
  await scopeBox(page, 'repo').check();
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();

  await expect(page).toHaveURL('https://github.com/settings/tokens');
  await expect(page.locator('.new-token #new-oauth-token')).toHaveText(/^ghp_[A-Za-z0-9]{36}$/);
  await expect(page.getByText('Make sure to copy your personal access token now. You won’t be able to see it again!')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Configure SSO' })).toHaveCount(0);
  expect(replica.submissions).toHaveLength(1);
  const submission = replica.submission();
  expect(submission?.values['oauth_access[scopes][]']).toEqual(['repo']);
  expect(submission?.fields).toMatchObject({ 'oauth_access[description]': 'hotfix', 'oauth_access[default_expires_at]': '7' });
  expect(replica.createdTokens.map((token) => [token.kind, token.name])).toEqual([['classic', 'hotfix']]);
  // Shown once: the list again has no token value, and the fine-grained list never had it.
  await page.reload();
  await expect(page.locator('#new-oauth-token')).toHaveCount(0);
  await page.goto('https://github.com/settings/personal-access-tokens');
  await expect(page.locator('#new-access-token')).toHaveCount(0);
});

test('classic: ?description=…&scopes=… prefills the note and ticks the scopes, a parent with its children', async () => {
  const { page } = await openReplica({}, `${classicUrl}?description=enchilada-hotfix&scopes=repo,read:org,nonsense`);
  await expect(page.getByLabel('Note')).toHaveValue('enchilada-hotfix');
  await expect(scopeBox(page, 'repo')).toBeChecked();
  await expect(scopeBox(page, 'repo:status')).toBeDisabled();
  await expect(scopeBox(page, 'read:org')).toBeChecked();
  await expect(scopeBox(page, 'read:org')).toBeEnabled();
  await expect(scopeBox(page, 'admin:org')).not.toBeChecked();
  await expect(page.locator('input[name="oauth_access[scopes][]"]:checked')).toHaveCount(7);
});

test('classic: a blank note and a taken note are refused with GitHub\'s words; Custom shows its date field', async () => {
  const { page, replica } = await openReplica({}, classicUrl);
  await page.getByLabel('Note').evaluate((input: HTMLInputElement) => { input.required = false; });
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page.locator('#js-flash-container [role="alert"]')).toContainText("Note can't be blank");
  await page.getByRole('button', { name: 'Expiration' }).click();
  await page.getByRole('menuitemradio', { name: /^Custom/ }).click();
  await expect(page.locator('input#oauth_access_custom_expires_at')).toBeVisible();
  await page.locator('input#oauth_access_custom_expires_at').fill(isoDate(addDays(new Date(), 10)));
  await page.getByLabel('Note').fill('twice');
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page).toHaveURL('https://github.com/settings/tokens');
  expect(replica.submission()?.fields).toMatchObject({ 'oauth_access[default_expires_at]': 'custom', 'oauth_access[custom_expires_at]': isoDate(addDays(new Date(), 10)) });
  await page.goto(classicUrl);
  await page.getByLabel('Note').fill('twice');
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page.locator('#js-flash-container [role="alert"]')).toContainText('Note has already been taken');
  expect(replica.createdTokens).toHaveLength(1);
});

test('classic: sudo comes first, then the form; an organization with SAML SSO gets "Configure SSO" with "Authorize" beside it', async () => {
  const owners = defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, samlSso: true } : owner));
  const { page } = await openReplica({ sudoFirst: true, owners }, `${classicUrl}?description=lost`);
  await expect(page).toHaveTitle('Confirm access');
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(classicUrl);
  await expect(page.getByLabel('Note')).toHaveValue('');
  await page.getByLabel('Note').fill('with-sso');
  await scopeBox(page, 'repo').check();
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  await expect(page.locator('#new-oauth-token')).toBeVisible();
  await page.locator('.new-token').getByRole('button', { name: 'Configure SSO' }).click();
  const rows = page.locator('.new-token').getByRole('menuitem');
  await expect(rows).toHaveText([/^alta3\s*Authorize$/]);
  await expect(rows.getByRole('button', { name: 'Authorize' })).toBeVisible();
});
