// The spotlight follows the procedure down the page, but never scrolls the page while the person
// works in one of GitHub's dialogs: the dialog, and what they were about to click, would slide
// away from under the pointer (found under load in CI: the Close button ended above the window).
// Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { chooseOwner, pickRepositories } from './harness/github-user.ts';
import { waitForPanel } from './harness/overlay.ts';
import { alta3RepositoryNames, newTokenUrl } from './harness/recipe-submission.ts';
import { click, overlayHost, type TestPage } from './harness/test-page.ts';

const currentStep = (page: TestPage): Promise<string | undefined> =>
  page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('.step-current')?.dataset.step, overlayHost);

/** Where the page is scrolled and where the dialog's Close button stands, after two frames (a smooth scroll has moved by then). */
const afterTwoFrames = (page: TestPage): Promise<{ scrollY: number; closeTop: number | undefined }> =>
  page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const close = [...document.querySelectorAll('dialog[open] button')].find((button) => button.getAttribute('aria-label') === 'Close' || button.textContent?.trim() === 'Close');
      resolve({ scrollY, closeTop: close?.getBoundingClientRect().top });
    }));
  }), null);

test('picking the last repository in GitHub\'s dialog moves the spotlight on without scrolling the dialog away', async ({ session }) => {
  const { page } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await chooseOwner(page, 'alta3');
  // The person follows the guide to "Select repositories"; the name fields above stay empty.
  await click(page, { css: '[data-step="repositories"] button', inOverlay: true });
  await expect.poll(() => currentStep(page)).toBe('repositories');
  const last = alta3RepositoryNames.at(-1)!;
  await pickRepositories(page, 'alta3', alta3RepositoryNames.slice(0, -1), { keepOpen: true });
  const before = await afterTwoFrames(page);
  expect(before.closeTop, 'the dialog is open with its Close button').toBeGreaterThanOrEqual(0);
  await pickRepositories(page, 'alta3', [last], { keepOpen: true, continuing: true });
  // The step is done: the spotlight moves on to the first step still to do, at the top of the form.
  await expect.poll(() => currentStep(page)).toBe('name');
  const after = await afterTwoFrames(page);
  expect(after.scrollY, 'the page did not scroll under the open dialog').toBe(before.scrollY);
  expect(after.closeTop, 'the Close button stayed where it was').toBe(before.closeTop);
  // The person closes the dialog where they left it.
  await click(page, { css: 'dialog[open] button', name: 'Close' });
  await page.waitFor(() => !document.querySelector('dialog[open]'), null);
});
