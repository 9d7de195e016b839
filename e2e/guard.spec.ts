// Issue 4: the live guard. A danger shows as a role="alert" in the overlay the moment a person
// grants more than the recipe through GitHub's own controls, and a submission that breaks the
// recipe is held until the person decides. Chromium and Firefox.
import { expect, test } from './harness/fixtures.ts';
import { addPermission, clickGenerate, recordSubmitEvents, removePermission, setAccess, submitEvents } from './harness/github-user.ts';
import { alertsMatching, clickOverlayButton, fillAll, guardDialogText, noAlertMatching, overlayAlerts, waitForGuardDialog, waitForPanel } from './harness/overlay.ts';
import { expectAlta3Submission, newTokenUrl } from './harness/recipe-submission.ts';
import { click, overlayHost } from './harness/test-page.ts';


test.beforeEach(async ({ session }) => {
  await recordSubmitEvents(session.page);
  await session.page.goto(newTokenUrl);
  await waitForPanel(session.page);
  await fillAll(session.page);
});

test('Issues "Read and write" added through GitHub\'s controls raises a named alert that goes when removed', async ({ session }) => {
  const { page } = session;
  expect(await overlayAlerts(page)).toEqual([]);
  await addPermission(page, 'Issues');
  await setAccess(page, 'Issues', 'Read and write');
  await alertsMatching(page, /Issues: Read and write/);
  const [alert] = (await overlayAlerts(page)).filter((text) => text.includes('Issues'));
  expect(alert).toMatch(/Put it back to the recipe/);
  await removePermission(page, 'Issues');
  await noAlertMatching(page, /Issues/);
  expect(await overlayAlerts(page)).toEqual([]);
});

test('Contents "Read and write" raises an alert, and "Put it back to the recipe" restores Read-only', async ({ session }) => {
  const { page, replica } = session;
  await setAccess(page, 'Contents', 'Read and write');
  await alertsMatching(page, /Contents: Read and write/);
  await clickOverlayButton(page, 'Put it back to the recipe');
  await noAlertMatching(page, /Contents/);
  await clickGenerate(page);
  await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
  expectAlta3Submission(replica);
});

test('the guard holds a submission that breaks the recipe; "Generate anyway" lets the person submit it untouched', async ({ session }) => {
  const { page, replica } = session;
  await addPermission(page, 'Issues');
  await alertsMatching(page, /Issues: Read-only/);
  await clickGenerate(page);
  await waitForGuardDialog(page);
  expect(await guardDialogText(page)).toMatch(/Issues: Read-only/);
  expect(await submitEvents(page)).toEqual(['click:held']);
  // Enter in a text field submits too (the browser clicks the default button); it is held the same way.
  await clickOverlayButton(page, 'Cancel');
  await click(page, { css: 'input#user_programmatic_access_name' });
  await page.press('Enter');
  await waitForGuardDialog(page);
  expect(await submitEvents(page)).toEqual(['click:held', 'click:held']);

  await clickOverlayButton(page, 'Generate anyway');
  await page.waitFor((host) => !document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'), overlayHost);
  // Standing aside is not submitting: nothing goes until the person clicks Generate.
  expect(await submitEvents(page)).toEqual(['click:held', 'click:held']);
  expect(replica.submissions).toHaveLength(0);
  await clickGenerate(page);
  await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
  expectAlta3Submission(replica, { permissions: { contents: 'read', metadata: 'read', issues: 'read' } });
});

test('"Fix them for me" puts the form back to the recipe; the next Generate goes straight through', async ({ session }) => {
  const { page, replica } = session;
  await addPermission(page, 'Issues');
  await clickGenerate(page);
  await waitForGuardDialog(page);
  await clickOverlayButton(page, 'Fix them for me');
  await noAlertMatching(page, /Issues/);
  await page.waitFor((host) => /All fields filled/.test(document.querySelector(host)?.shadowRoot?.querySelector('[data-testid="progress"]')?.textContent ?? ''), overlayHost, 30_000);
  await clickGenerate(page);
  await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
  // Straight through: the one click reached GitHub, which a held click never does.
  expectAlta3Submission(replica);
});
