// Issue 11: PAT Pilot's router runs on every github.com page and the guide only on the token
// pages. A person who walks to the form through GitHub's in-page navigation (no new document, so
// no content script declared for the form is injected) still gets the guide, loaded into the tab
// by the background, and the fill works there; the classic token form too. Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { expectClassicSubmission, useHotfixRecipe } from './harness/classic-token.ts';
import { countRouterStarts, fillAll, expectNoOverlay, routerDecided, routerStarts, waitForPanel } from './harness/overlay.ts';
import { clickGenerate, generateAndExpectRecipe } from './harness/github-user.ts';
import { click, isMarkedDocument, markDocument, type TestPage } from './harness/test-page.ts';

/** Marks the document, so a test can tell that what follows happened without a page load. */
async function startInProfile(page: TestPage): Promise<void> {
  await countRouterStarts(page);
  await page.goto('https://github.com/settings/profile');
  await routerDecided(page);
  await markDocument(page);
  await click(page, { css: 'a', text: 'Developer settings' });
  await page.waitFor(() => location.pathname === '/settings/apps', null);
}

/** Still the document the profile was loaded in, with one router: the guide came without a page load. */
async function expectSameDocument(page: TestPage): Promise<void> {
  expect(await isMarkedDocument(page)).toBe(true);
  expect(await routerStarts(page)).toBe(1);
}

test('from the profile through Developer settings to the form, in one document: the guide arrives with the form and fills it', async ({ session }) => {
  const { page } = session;
  await startInProfile(page);
  await click(page, { css: 'a', text: 'Fine-grained tokens' });
  await page.waitFor(() => location.pathname === '/settings/personal-access-tokens', null);
  await expectNoOverlay(page);
  await click(page, { css: 'a', text: 'Generate new token' });
  await waitForPanel(page);

  await expectSameDocument(page);
  await fillAll(page);
  await generateAndExpectRecipe(session);
  expect(session.errors).toEqual([]);
});

test('with the classic recipe, through Tokens (classic) to the classic form, in one document: the guide arrives and fills it', async ({ session }) => {
  const { page } = session;
  await useHotfixRecipe(session);
  await startInProfile(page);
  await click(page, { css: 'a', text: 'Tokens (classic)' });
  await page.waitFor(() => location.pathname === '/settings/tokens', null);
  await expectNoOverlay(page);
  await click(page, { css: 'a', text: 'Generate new token (classic)' });
  await waitForPanel(page);

  await expectSameDocument(page);
  await fillAll(page);
  await clickGenerate(page, 'Generate token');
  await expectClassicSubmission(session.replica);
  expect(session.errors).toEqual([]);
});
