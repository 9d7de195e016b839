// Issue 13 §2: GitHub Enterprise Server. The replica also answers as a server at its own host,
// with the previous UI generation's permission rows. Before the person adds that host, PAT Pilot
// does not run there; added on the options page (the browser asks, the person allows), a recipe
// for that host is filled there from the popup's Create token with exactly the recipe; removed,
// PAT Pilot runs there no more. Chromium and Firefox.
import type { Recipe } from '../src/recipe/schema.ts';
import { expect, test } from './harness/fixtures.ts';
import { clickGenerate } from './harness/github-user.ts';
import { addHost, clickHostButton, hostAllowed, importText, makeActive, openOptions } from './harness/options-page.ts';
import { countRouterStarts, expectNoRouter, waitForOverlayText } from './harness/overlay.ts';
import { alta3RepositoryNames, alta3Texts, expectAlta3Submission, submissionOrigins } from './harness/recipe-submission.ts';
import { click, type TestPage } from './harness/test-page.ts';

const host = 'github.example.test';
const origin = `https://${host}`;
const enterpriseForm = `${origin}/settings/personal-access-tokens/new`;

/** The Alta3 procedure, for the organization's own server. */
const enterpriseRecipe: Recipe = {
  schemaVersion: 1,
  id: 'alta3-enterprise',
  label: 'Alta3 on our GitHub Enterprise',
  host,
  name: 'enchilada-install-{date}',
  description: alta3Texts.description,
  owner: 'alta3',
  expiresInDays: 90,
  requestMessage: alta3Texts.reason,
  repositoryAccess: 'selected',
  repositories: alta3RepositoryNames,
  permissions: { contents: 'read', metadata: 'read' },
};

/** The server's page shows the previous generation's permission rows (a level menu each), not today's React partial. */
const showsEarlierGeneration = (page: TestPage): Promise<boolean> =>
  page.evaluate(() => document.querySelectorAll('li.js-list-group-item [data-resource]').length > 50 && !document.querySelector('react-partial'), null);

async function openPopup(session: { openExtensionPage(path: string): Promise<TestPage> }): Promise<TestPage> {
  const popup = await session.openExtensionPage('src/popup/index.html');
  await popup.waitFor(() => /Create token/.test(document.body.textContent ?? ''), null);
  return popup;
}

const popupText = (popup: TestPage): Promise<string> => popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '), null);

test.use({ replica: { enterprise: { host, drift: { gen2Permissions: true } } } });

test('an Enterprise host runs nothing until added on the options page, then gets the full fill, and nothing once removed', async ({ session }) => {
  test.setTimeout(120_000);
  const { page, replica } = session;

  await countRouterStarts(page);
  await page.goto(enterpriseForm);
  await page.waitFor(() => document.querySelector('form#new_user_programmatic_access'), null);
  await expectNoRouter(session, page);

  const options = await openOptions(session);
  await importText(options, JSON.stringify(enterpriseRecipe));
  await makeActive(options, enterpriseRecipe.id);
  const before = await openPopup(session);
  expect(await popupText(before)).toContain(`PAT Pilot is not allowed on ${host} yet`);
  await before.close();

  await session.allowWhenAsked(`${origin}/*`);
  await addHost(options, host);
  await hostAllowed(options, host, true);
  expect(await options.evaluate(() => document.querySelector('[role="status"]')?.textContent, null)).toBe(`PAT Pilot now runs on ${host}. Pages of ${host} that are open already need a reload.`);

  const popup = await openPopup(session);
  const facts = await popupText(popup);
  expect(facts).toContain(`GitHub ${host}`);
  expect(facts).not.toContain('not allowed');
  await click(popup, { css: 'button', text: 'Create token' });
  // The recipe's link (its query string prefills the form), not the page open in the first tab.
  const tab = await session.waitForTab(`${enterpriseForm}?`);
  await waitForOverlayText(tab, '[data-testid="progress"]', /All fields filled/, 60_000);
  expect(await showsEarlierGeneration(tab), 'the server shows the earlier UI generation').toBe(true);
  await clickGenerate(tab);
  await expect.poll(() => replica.submissions.length, { timeout: 10_000, message: 'the form to be submitted' }).toBe(1);
  expect(submissionOrigins(replica)).toEqual([origin]);
  expectAlta3Submission(replica);

  await clickHostButton(options, host, 'Remove');
  await hostAllowed(options, host, false);
  expect(await options.evaluate(() => document.querySelector('[role="status"]')?.textContent, null)).toBe(`Removed ${host}: PAT Pilot no longer runs there.`);
  expect(await options.evaluate(() => document.querySelector('li[data-host]'), null), 'a host the person added is gone once removed').toBeNull();
  await page.reload();
  await expectNoRouter(session, page);
  expect(session.errors).toEqual([]);
});
