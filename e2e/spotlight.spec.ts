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

interface Edges { top: number; left: number; bottom: number; right: number }

/** The spotlight's frame, the callout and a field of GitHub's, as the person sees them now. */
const spotlightAndField = (page: TestPage, field: string): Promise<{ frame?: Edges; callout?: Edges; field?: Edges }> =>
  page.evaluate(({ host, field }) => {
    const edges = (element: Element | null | undefined): Edges | undefined => {
      if (!element || element.getClientRects().length === 0) return undefined;
      const { top, left, bottom, right } = element.getBoundingClientRect();
      return { top, left, bottom, right };
    };
    const shadow = document.querySelector(host)?.shadowRoot;
    return { frame: edges(shadow?.querySelector('.spotlight')), callout: edges(shadow?.querySelector('[data-testid="callout"]')), field: edges(document.querySelector(field)) };
  }, { host: overlayHost, field });

/** The frame stands just around the field (its 4 px margin and border, give or take a pixel). */
const framesField = ({ frame, field }: { frame?: Edges; field?: Edges }): boolean =>
  frame !== undefined && field !== undefined
  && [field.top - frame.top, field.left - frame.left, frame.bottom - field.bottom, frame.right - field.right].every((gap) => gap >= 3 && gap <= 8);

test('the spotlight frames the current field and stays on it while the page scrolls', async ({ session }) => {
  const { page } = session;
  const nameField = 'input[name="user_programmatic_access[name]"]';
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await expect.poll(() => currentStep(page)).toBe('name');
  await expect.poll(async () => framesField(await spotlightAndField(page, nameField))).toBe(true);
  const before = await spotlightAndField(page, nameField);
  await page.evaluate(() => scrollBy(0, 120), null);
  const after = await spotlightAndField(page, nameField);
  expect(after.field!.top, 'the page scrolled the field up').toBeLessThan(before.field!.top - 100);
  await expect.poll(async () => framesField(await spotlightAndField(page, nameField)), 'the frame followed the field').toBe(true);
  const { callout } = await spotlightAndField(page, nameField);
  expect(callout!.top, 'the callout stays in the window').toBeGreaterThanOrEqual(0);
});
