// Issue 5: when the current tab already shows the form, the popup offers to fill it there.
import { expect, test } from '../harness/fixtures.ts';
import type { ChromiumSession } from '../harness/chromium.ts';
import { generateAndExpectRecipe } from '../harness/github-user.ts';
import { waitForOverlayText, waitForPanel } from '../harness/overlay.ts';
import { newTokenUrl } from '../harness/recipe-submission.ts';

test('"Fill this form" fills the form in the current tab', async ({ session }) => {
  const { context, page } = session as ChromiumSession;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  const popup = await context.newPage();
  // The popup belongs to the window whose active tab is GitHub's form.
  await context.pages()[0]!.bringToFront();
  await popup.goto(`chrome-extension://${(session as ChromiumSession).extensionId}/src/popup/index.html`);
  await expect(popup.getByRole('button', { name: 'Fill this form' })).toBeVisible();
  await popup.getByRole('button', { name: 'Fill this form' }).click();
  await waitForOverlayText(page, '[data-testid="progress"]', /All fields filled/, 60_000);
  // What the progress says, GitHub must receive.
  await generateAndExpectRecipe(session);
});
