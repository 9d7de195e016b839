// Issues 3 and 4: the overlay follows GitHub's theme, and an extension reload or update under an
// open form never leaves two overlays or a guard that no longer answers. Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { addPermission, clickGenerate } from './harness/github-user.ts';
import { fillAll, overlayText, waitForOverlayText, waitForPanel } from './harness/overlay.ts';
import { expectAlta3Submission, newTokenUrl } from './harness/recipe-submission.ts';
import { hostCount, markHosts, overlayHost, waitForNewHost, type TestPage } from './harness/test-page.ts';

/** The panel's background as the person sees it. */
const panelBackground = (page: TestPage): Promise<string | undefined> =>
  page.evaluate((host) => {
    const panel = document.querySelector(host)?.shadowRoot?.querySelector('[data-testid="panel"]');
    return panel ? getComputedStyle(panel).backgroundColor : undefined;
  }, overlayHost);


test.describe('GitHub in dark mode', () => {
  test.use({ replica: { colorMode: 'dark' } });
  test('the overlay is dark, and turns light the moment the person switches GitHub to light', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    expect(await panelBackground(page)).toBe('rgb(13, 17, 23)');
    // GitHub's theme switch rewrites this attribute in place, without a reload.
    await page.evaluate(() => { document.documentElement.dataset.colorMode = 'light'; }, null);
    await page.waitFor((host) => {
      const panel = document.querySelector(host)?.shadowRoot?.querySelector('[data-testid="panel"]');
      return panel !== null && panel !== undefined && getComputedStyle(panel).backgroundColor === 'rgb(255, 255, 255)';
    }, overlayHost);
  });
});

test('an extension reload under an open form leaves one overlay, and no stale guard in GitHub\'s way', async ({ session }) => {
  const { page, replica } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await fillAll(page);
  // A form the guard would hold: Issues is not in the recipe.
  await addPermission(page, 'Issues');
  await waitForOverlayText(page, '[role="alert"]', /Issues: Read-only/);

  await markHosts(page);
  await session.reloadExtension();
  if (session.engine === 'firefox') {
    // Firefox injects the new copy into open tabs; it takes over from the old one: a new host
    // (the old one already says all this), and only it.
    await waitForNewHost(page, overlayHost, 15_000);
    await waitForOverlayText(page, '[data-testid="panel"]', /Fill all fields/);
    await waitForOverlayText(page, '[role="alert"]', /Issues: Read-only/);
    expect(await hostCount(page)).toBe(1);
    await fillAll(page);
    await clickGenerate(page);
    await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'GitHub to receive the recipe' }).toBe(true);
    expectAlta3Submission(replica);
  } else {
    // Chrome injects no new copy into open tabs: the old one says so and stands aside.
    await waitForOverlayText(page, '[data-testid="panel"]', /PAT Pilot was updated.*Reload the page/, 15_000);
    expect(await hostCount(page)).toBe(1);
    expect(await overlayText(page, '[data-testid="panel"]')).not.toMatch(/Fill all fields/);
    await clickGenerate(page);
    await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'GitHub to receive the form' }).toBe(true);
    expect(replica.submission()?.fields['integration[default_permissions][issues]']).toBe('read');
    await page.waitFor(() => location.pathname === '/settings/personal-access-tokens', null);
    // Once the page is loaded again, the new copy guides as before.
    await page.goto(newTokenUrl);
    await waitForOverlayText(page, '[data-testid="panel"]', /Fill all fields/);
    expect(await hostCount(page)).toBe(1);
  }
  expect(session.errors).toEqual([]);
});
