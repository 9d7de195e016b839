// Issue 3: step by step with the keyboard alone, from the shortcut into the guide up to GitHub's
// Generate button. Chromium only: in headless Firefox, WebDriver BiDi's key input fires keydown
// and keypress but never activates a focused button (not even a plain one of the page's own).
import { expect, test } from '../harness/fixtures.ts';
import { recordSubmitEvents, submitEvents } from '../harness/github-user.ts';
import { stepBadges, waitForPanel } from '../harness/overlay.ts';
import { expectAlta3Submission, newTokenUrl } from '../harness/recipe-submission.ts';
import { overlayHost, type TestPage } from '../harness/test-page.ts';

/** The callout's step, and the overlay button that has the keyboard focus. */
const calloutState = (page: TestPage) =>
  page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const callout = root?.querySelector('[data-testid="callout"]');
    return {
      position: callout?.querySelector('.callout-count')?.textContent ?? '',
      badge: callout?.querySelector('.badge')?.textContent ?? '',
      focused: root?.activeElement?.textContent?.trim() ?? '',
    };
  }, overlayHost);

test('step by step with the keyboard alone, up to GitHub\'s Generate button', async ({ session }) => {
  const { page, replica } = session;
  await recordSubmitEvents(page);
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await page.press('Alt+Shift+P');
  const buttons = ['Fill this field', 'Next', 'Go to the button'];
  for (let presses = 0; presses < 40; presses += 1) {
    // The guide puts the focus on the callout's next button as the step settles; a person presses
    // Enter once it rests there.
    await page.waitFor(({ host, buttons }) => buttons.includes(document.querySelector(host)?.shadowRoot?.activeElement?.textContent?.trim() ?? ''), { host: overlayHost, buttons })
      .catch(async () => {
        const { position, focused } = await calloutState(page);
        throw new Error(`focus in the guide at ${position}: on ${JSON.stringify(focused)}, not on one of its buttons`);
      });
    const state = await calloutState(page);
    if (state.position === 'Step 10 of 10' && state.focused === 'Go to the button') break;
    await page.press('Enter');
    // Each action finishes before the next key, as a person waits to see the result.
    await page.waitFor((host) => document.querySelector(host)?.shadowRoot?.querySelector('[data-testid="callout"]')?.getAttribute('aria-busy') === 'false', overlayHost, 30_000);
  }
  expect(Object.entries(await stepBadges(page)).filter(([, badge]) => badge !== 'Done')).toEqual([['generate', 'To do']]);
  await page.press('Enter');
  // "Go to the button" has done its part once the focus is on GitHub's button; that Enter was no
  // submission: the page saw no submit click or submit event at all.
  await page.waitFor(() => document.activeElement?.textContent?.trim() === 'Generate token and request access', null);
  expect(await submitEvents(page)).toEqual([]);
  expect(replica.submissions).toHaveLength(0);
  await page.press('Enter');
  await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
  expectAlta3Submission(replica);
});
