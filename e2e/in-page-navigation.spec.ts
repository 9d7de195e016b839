// Issue 11: PAT Pilot's router runs on every github.com page and the guide only on the token
// pages. A person who walks to the form through GitHub's in-page navigation (no new document, so
// no content script declared for the form is injected) still gets the guide, loaded into the tab
// by the background, and the fill works there. Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { countRouterStarts, fillAll, overlayShown, routerDecided, waitForPanel } from './harness/overlay.ts';
import { generateAndExpectRecipe } from './harness/github-user.ts';
import { click } from './harness/test-page.ts';

test('from the profile through Developer settings to the form, in one document: the guide arrives with the form and fills it', async ({ session }) => {
  const { page } = session;
  await countRouterStarts(page);
  await page.goto('https://github.com/settings/profile');
  await routerDecided(page);
  await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; }, null);

  await click(page, { css: 'a', text: 'Developer settings' });
  await page.waitFor(() => location.pathname === '/settings/apps', null);
  await click(page, { css: 'a', text: 'Fine-grained tokens' });
  await page.waitFor(() => location.pathname === '/settings/personal-access-tokens', null);
  expect(await overlayShown(page)).toBe(false);
  await click(page, { css: 'a', text: 'Generate new token' });
  await waitForPanel(page);

  // Still the document the profile was loaded in: the guide came without a page load.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument, null)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { patPilotStarts?: number }).patPilotStarts, null)).toBe(1);
  await fillAll(page);
  await generateAndExpectRecipe(session);
  expect(session.errors).toEqual([]);
});
