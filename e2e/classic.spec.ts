// Issue 13 §1: the classic token, guarded. With the built-in "Alta3 hot-fix (classic)" recipe
// active, PAT Pilot fills github.com/settings/tokens/new, warns the moment a scope beyond the
// recipe is ticked, holds a Generate that breaks the recipe, carries a run across sudo, and
// after Generate says to copy the token and to authorize it for an organization with SAML SSO.
// Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { classicTokenUrl, clickScope, expectClassicSubmission, hotfixNote, hotfixRecipeId, scopeTicked, useHotfixRecipe } from './harness/classic-token.ts';
import { openOptions } from './harness/options-page.ts';
import { chooseExpiration, clickGenerate } from './harness/github-user.ts';
import {
  alertsMatching, clickOverlayButton, fillAll, guardDialogItems, noAlertMatching, overlayAlerts, overlayText, stepBadges,
  waitForGuardDialog, waitForOverlayText, waitForPanel,
} from './harness/overlay.ts';
import { click, typeInto, type TestPage } from './harness/test-page.ts';
import { defaultConfig } from './replica/config.ts';

const generate = 'Generate token';
const panel = '[data-testid="panel"]';
const progress = '[data-testid="progress"]';

/**
 * A tab the extension just opened may still be on about:blank, where Firefox's WebDriver BiDi
 * fails a page function outright: first GitHub's document in the tab (its address is known once
 * its DOM is) and loaded, then the overlay's text.
 */
async function overlayTextOnceLoaded(tab: TestPage, url: string, css: string, pattern: RegExp): Promise<void> {
  await expect.poll(() => tab.url().startsWith(url), { timeout: 20_000, message: `the tab to show ${url}` }).toBe(true);
  await tab.waitFor(() => document.readyState === 'complete', null);
  await waitForOverlayText(tab, css, pattern, 60_000);
}

async function openClassicForm(session: { page: TestPage; openExtensionPage(path: string): Promise<TestPage> }): Promise<TestPage> {
  await useHotfixRecipe(session);
  await session.page.goto(classicTokenUrl);
  await waitForPanel(session.page);
  return session.page;
}

test('Fill all fields, then Generate: GitHub receives exactly the recipe, and the token is to be copied now', async ({ session }) => {
  const page = await openClassicForm(session);
  expect(await stepBadges(page)).toEqual({ note: 'To do', expiration: 'To do', scopes: 'To do', review: 'To do', generate: 'To do' });
  await fillAll(page);
  expect(await overlayText(page, progress)).toMatch(/All fields filled/);
  expect(await stepBadges(page)).toEqual({ note: 'Done', expiration: 'Done', scopes: 'Done', review: 'Done', generate: 'To do' });
  expect(await overlayText(page, '.summary')).toMatch(/Scopes: repo.*Every repository you can reach.*\(7 days\)/);
  expect(await overlayAlerts(page)).toEqual([]);
  await clickGenerate(page, generate);
  await expectClassicSubmission(session.replica);
  expect(session.replica.createdTokens).toHaveLength(1);
  await waitForOverlayText(page, panel, /Copy your token now/);
  expect(await overlayText(page, panel)).not.toMatch(/Configure SSO|ghp_/);
  expect(session.errors).toEqual([]);
});

test('a scope beyond the recipe (admin:org) raises a named alert at once; "Put it back to the recipe" unticks it', async ({ session }) => {
  const page = await openClassicForm(session);
  await fillAll(page);
  await clickScope(page, 'admin:org');
  await alertsMatching(page, /Scope beyond the recipe: admin:org/);
  const [alert] = await overlayAlerts(page);
  expect(alert).toMatch(/write:org, read:org, and manage_runners:org/);
  expect(alert).toMatch(/Put it back to the recipe/);
  expect((await stepBadges(page)).scopes).toBe('To do');
  await clickOverlayButton(page, 'Put it back to the recipe');
  await noAlertMatching(page, /admin:org/);
  expect(await scopeTicked(page, 'admin:org')).toBe(false);
  expect(await scopeTicked(page, 'repo')).toBe(true);
  await clickGenerate(page, generate);
  await expectClassicSubmission(session.replica);
});

test('the guard holds a Generate that breaks the recipe; "Fix them for me" puts it right, and the next Generate goes through', async ({ session }) => {
  const page = await openClassicForm(session);
  await fillAll(page);
  await clickScope(page, 'delete_repo');
  await alertsMatching(page, /Scope beyond the recipe: delete_repo/);
  await clickGenerate(page, generate);
  await waitForGuardDialog(page);
  expect(await guardDialogItems(page)).toEqual([expect.stringMatching(/^Scope beyond the recipe: delete_repo \(Grants more than the recipe\)/)]);
  // Enter in the note submits too; it is held the same way.
  await clickOverlayButton(page, 'Cancel');
  await click(page, { css: 'input#oauth_access_description' });
  await page.press('Enter');
  await waitForGuardDialog(page);
  expect(session.replica.submissions).toHaveLength(0);
  await clickOverlayButton(page, 'Fix them for me');
  await waitForOverlayText(page, progress, /All fields filled/, 30_000);
  expect(await scopeTicked(page, 'delete_repo')).toBe(false);
  await clickGenerate(page, generate);
  await expectClassicSubmission(session.replica);
});

test('a child scope alone (repo:status where the recipe says repo) is unfinished, not a danger; "Generate anyway" submits it untouched', async ({ session }) => {
  const page = await openClassicForm(session);
  await typeInto(page, { css: 'input#oauth_access_description' }, hotfixNote());
  await chooseExpiration(page, '7 days');
  // The spotlight moves on to the scopes and scrolls them into view; the person clicks once it has.
  await waitForOverlayText(page, '[data-testid="callout"]', /Select scopes/);
  await clickScope(page, 'repo:status');
  // The guide has seen the tick once its overview names the scope; only then is "no alert" an answer.
  await waitForOverlayText(page, '.summary', /Scopes: repo:status/);
  expect(await stepBadges(page)).toMatchObject({ note: 'Done', expiration: 'Done', scopes: 'To do', review: 'To do' });
  expect(await overlayAlerts(page)).toEqual([]);
  await clickGenerate(page, generate);
  await waitForGuardDialog(page);
  expect(await guardDialogItems(page)).toEqual([expect.stringMatching(/^Scope not ticked: repo \(Not done yet\)\s*repo:status alone is part of it; tick repo itself/)]);
  await clickOverlayButton(page, 'Generate anyway');
  await waitForOverlayText(page, '[data-testid="standing-aside"]', /stands aside/);
  expect(session.replica.submissions).toHaveLength(0);
  await clickGenerate(page, generate);
  await expectClassicSubmission(session.replica, { note: hotfixNote, expiresAt: '7', scopes: ['repo:status'] });
});

test('the options page says why 7 days; the popup shows the classic recipe, and "Create token" opens the classic page, which fills by itself', async ({ session }) => {
  const options = await openOptions(session);
  const card = await options.evaluate((id) => document.querySelector(`li[data-recipe-id="${id}"]`)?.textContent?.replace(/\s+/g, ' ') ?? '', hotfixRecipeId);
  expect(card).toMatch(/classic token, note enchilada-hotfix-\{date\}/);
  expect(card).toMatch(/names no lifetime for the hot-fix token\. A hot-fix token should not outlive the fix, so this recipe asks for 7 days/);
  await options.close();
  await useHotfixRecipe(session);
  const popup = await session.openExtensionPage('src/popup/index.html');
  await popup.waitFor(() => /Create token/.test(document.body.textContent ?? ''), null);
  const facts = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '), null);
  expect(facts).toContain('Alta3 hot-fix (classic)');
  expect(facts).toMatch(/Classic: every repository you can reach/);
  expect(facts).toMatch(/repo \(Full control of private repositories\)/);
  expect(facts).toMatch(/after 7 days/);
  expect(facts).toMatch(/think Hot-fix/);
  await click(popup, { css: 'button', text: 'Create token' });
  const tab = await session.waitForTab(classicTokenUrl);
  // No click in the new tab: the fill runs by itself.
  await overlayTextOnceLoaded(tab, classicTokenUrl, progress, /All fields filled/);
  await clickGenerate(tab, generate);
  await expectClassicSubmission(session.replica);
});

test.describe('GitHub asks for sudo first, and alta3 enforces SAML single sign-on', () => {
  const owners = defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, samlSso: true } : owner));
  test.use({ replica: { sudoFirst: true, owners } });

  test('the run started from the popup carries on after sudo; after Generate the panel says to authorize the token for alta3', async ({ session }) => {
    await useHotfixRecipe(session);
    const popup = await session.openExtensionPage('src/popup/index.html');
    await click(popup, { css: 'button', text: 'Create token' });
    const tab = await session.waitForTab('https://github.com/');
    await overlayTextOnceLoaded(tab, 'https://github.com/', panel, /GitHub wants to confirm it is you/);
    expect(await overlayText(tab, panel)).toMatch(/carries on filling/);
    await typeInto(tab, { css: 'input#sudo_password' }, 'correct horse battery staple');
    await click(tab, { css: 'button', text: 'Confirm' });
    await waitForOverlayText(tab, progress, /All fields filled/, 60_000);
    await clickGenerate(tab, generate);
    await expectClassicSubmission(session.replica);
    expect(session.replica.createdTokens).toHaveLength(1);
    await waitForOverlayText(tab, panel, /Copy your token now/);
    const text = await overlayText(tab, '[data-testid="single-sign-on"]');
    expect(text).toMatch(/Authorize it for alta3 before it works there/);
    expect(text).toMatch(/“Configure SSO”, then “Authorize” beside alta3/);
  });
});

test('the fine-grained recipe on the classic page: PAT Pilot says where its token is made and fills nothing', async ({ session }) => {
  const { page } = session;
  await page.goto(classicTokenUrl);
  await waitForOverlayText(page, panel, /This page makes classic tokens/);
  expect(await overlayText(page, panel)).toMatch(/“Alta3 enchilada install” makes a fine-grained token/);
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#oauth_access_description')?.value, null)).toBe('');
});
