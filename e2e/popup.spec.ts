// Issue 5: the toolbar popup shows the active recipe and "Create token" opens GitHub's form in a
// new tab, where the fill starts with no further click. Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { clickGenerate } from './harness/github-user.ts';
import { overlayText, waitForOverlayText } from './harness/overlay.ts';
import { expectAlta3Submission, newTokenUrl } from './harness/recipe-submission.ts';
import { click } from './harness/test-page.ts';

test('the popup shows the recipe, and "Create token" ends on a filled form', async ({ session }) => {
  const popup = await session.openExtensionPage('src/popup/index.html');
  await popup.waitFor(() => /Create token/.test(document.body.textContent ?? ''), null);
  const facts = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '), null);
  expect(facts).toContain('alta3');
  expect(facts).toContain('labs, alta3-ansible, enchilada, infrastructure, demo, gutenberg');
  expect(facts).toMatch(/Read-only for Contents and Metadata/);
  expect(facts).toMatch(/90 days/);

  await click(popup, { css: 'button', text: 'Create token' });
  const tab = await session.waitForTab(newTokenUrl);
  // No click in the new tab: the fill runs by itself.
  await waitForOverlayText(tab, '[data-testid="progress"]', /All fields filled/, 60_000);
  expect(await overlayText(tab, '[data-testid="progress"]')).toMatch(/Review them/);
  await clickGenerate(tab);
  await expect.poll(() => session.replica.submissions.length === 1).toBe(true);
  expectAlta3Submission(session.replica);
});
