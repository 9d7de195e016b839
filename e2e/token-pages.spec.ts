// Issue 12: after the token exists. The token list says which recipe made each token and when it
// expires, a token's page is compared with its recipe, "Create the next one" renews a token, and
// an organization owner sees whether a request matches a recipe; nothing is ever submitted there.
// Chromium and Firefox.
//
// The clock: every date on these pages counts from the day the test runs (token-fixtures.ts).
// A browser-level clock override was tried and cannot serve here: Playwright's page.clock patches
// the page's own world, not the content script's isolated world; libfaketime deadlocks Firefox ESR
// at start (its allocator) and slowed Chromium's timers by a fifth or more. The wording itself is
// unit-tested with a clock passed in (src/guide/renewal.test.ts).
import { expect, test } from './harness/fixtures.ts';
import { clickGenerate } from './harness/github-user.ts';
import { overlayText, waitForOverlayText, waitForPanel } from './harness/overlay.ts';
import { expectAlta3Submission, newTokenUrl } from './harness/recipe-submission.ts';
import { click, hostCount, isMarkedDocument, markDocument, markHosts, waitForNewHost, type TestPage } from './harness/test-page.ts';
import { auditReplica, requests, requestsUrl, requestUrl, tokens, tokenUrl } from './harness/token-fixtures.ts';

const auditHost = 'pat-pilot-audit';
const recipe = 'Alta3 enchilada install';
const couldNotRead = 'PAT Pilot could not read this part; check it yourself';

const auditText = (page: TestPage, css: string): Promise<string | undefined> => overlayText(page, css, auditHost);
const waitForAudit = (page: TestPage, css: string, pattern: RegExp): Promise<void> => waitForOverlayText(page, css, pattern, 15_000, auditHost);

/** What the panel shows about each listed item (as laid out), by its data attribute (data-token, data-request). */
function listed(page: TestPage, attribute: string): Promise<Record<string, string>> {
  return page.evaluate(({ host, attribute }) => Object.fromEntries(
    [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(`[${attribute}]`) ?? [])]
      .map((item) => [item.getAttribute(attribute) ?? '', (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()]),
  ), { host: auditHost, attribute });
}

/** Each difference the verdict names: "severity: title". */
function differences(page: TestPage): Promise<string[]> {
  return page.evaluate((host) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('[data-finding]') ?? [])]
    .map((finding) => `${finding.getAttribute('data-severity')}: ${finding.querySelector('.finding-title')?.textContent ?? ''}`), auditHost);
}

test.use({ replica: auditReplica });

test('the token list names the recipe of each token and when it expires, and offers the next one near the end', async ({ session }) => {
  const { page } = session;
  await page.goto('https://github.com/settings/personal-access-tokens');
  await waitForAudit(page, '[data-testid="audit-tokens"]', new RegExp(tokens.matching.name));
  const rows = await listed(page, 'data-token');
  expect(rows).toEqual({
    [tokens.matching.name]: `${tokens.matching.name} ${recipe} expires in 12 days Create the next one`,
    [tokens.extraRepository.name]: `${tokens.extraRepository.name} ${recipe} expired Create the next one`,
    [tokens.contentsWrite.name]: `${tokens.contentsWrite.name} ${recipe} expires in 60 days`,
  });
});

test('a token made by the recipe matches it; an extra repository and Contents write are each named', async ({ session }) => {
  const { page } = session;
  await page.goto(tokenUrl(tokens.matching));
  await waitForAudit(page, '[data-testid="verdict"]', new RegExp(`Matches the recipe ${recipe}`));
  expect(await differences(page)).toEqual([]);
  // It expires in 12 days, so its page offers the next one too.
  expect(await auditText(page, '[role="status"]')).toContain('This token expires in 12 days. Create the next one');

  await page.goto(tokenUrl(tokens.extraRepository));
  await waitForAudit(page, '[data-finding]', /Extra repository/);
  expect(await differences(page)).toEqual(['warning: Extra repository: alta3/labs-archive']);
  expect(await auditText(page, '[data-testid="verdict"]')).toBeUndefined();

  await page.goto(tokenUrl(tokens.contentsWrite));
  await waitForAudit(page, '[data-finding]', /Contents/);
  expect(await differences(page)).toEqual(['danger: Contents: Read and write']);
  expect(await auditText(page, '[data-severity="danger"] p')).toMatch(/push commits.*The recipe asks for Read-only/);
});

test('"Create the next one" on the list ends on a filled form whose POST is the recipe with today\'s name', async ({ session }) => {
  const { page } = session;
  await page.goto('https://github.com/settings/personal-access-tokens');
  await waitForAudit(page, '[data-testid="audit-tokens"]', /Create the next one/);
  await click(page, { css: `[data-token="${tokens.matching.name}"] button`, text: 'Create the next one', inOverlay: true, host: auditHost });
  const tab = await session.waitForTab(newTokenUrl);
  // No click in the new tab: the fill runs by itself, as after the popup's Create token.
  await waitForOverlayText(tab, '[data-testid="progress"]', /All fields filled/, 60_000);
  await clickGenerate(tab);
  await expect.poll(() => session.replica.submissions.length).toBe(1);
  expectAlta3Submission(session.replica);
});

test('an organization owner sees which request matches its recipe and what another grants beyond it; nothing is submitted', async ({ session }) => {
  const { page, replica } = session;
  await page.goto(requestsUrl);
  await waitForAudit(page, '[data-testid="audit-requests"]', new RegExp(requests.beyond.name));
  expect(await listed(page, 'data-request')).toEqual({
    [requests.matching.name]: `${requests.matching.name} by @jdoe Named like recipe ${recipe}: open it to see whether it matches.`,
    [requests.beyond.name]: `${requests.beyond.name} by @mlee Named like recipe ${recipe}: open it to see whether it matches.`,
  });

  await page.goto(requestUrl(requests.matching));
  await waitForAudit(page, '[data-testid="verdict"]', new RegExp(`Matches recipe ${recipe}`));
  expect(await differences(page)).toEqual([]);

  await page.goto(requestUrl(requests.beyond));
  await waitForAudit(page, '[role="status"]', new RegExp(`Grants beyond recipe ${recipe}`));
  expect(await differences(page)).toEqual([
    'danger: Contents: Read and write',
    'warning: Expiration: 366 days',
    'warning: Extra repository: alta3/website',
  ]);
  expect(await auditText(page, '[role="status"]')).toContain('You decide, and click Approve or Deny yourself.');
  // The verdicts are shown: had PAT Pilot pressed Approve or Deny, the replica would have it by now.
  expect(replica.decisions).toEqual([]);
  expect(replica.requests.filter((request) => request.method === 'POST')).toEqual([]);
});

test('walking from the token list to the form in one document, the list\'s panel goes and the guide comes', async ({ session }) => {
  const { page } = session;
  await page.goto('https://github.com/settings/personal-access-tokens');
  await waitForAudit(page, '[data-testid="audit-tokens"]', new RegExp(tokens.matching.name));
  // The panel folds to its header and back, for whatever of GitHub's it stands over.
  await click(page, { css: 'button', name: 'Hide the guide', inOverlay: true, host: auditHost });
  await expect.poll(() => auditText(page, '[data-testid="audit-tokens"]')).toBeUndefined();
  await click(page, { css: 'button', name: 'Show the guide', inOverlay: true, host: auditHost });
  await waitForAudit(page, '[data-testid="audit-tokens"]', new RegExp(tokens.matching.name));
  await markDocument(page);
  // GitHub's own link, which it follows without loading a new document; the panel leaves it clear.
  await click(page, { css: 'a', text: 'Generate new token' });
  await waitForPanel(page);
  expect(await isMarkedDocument(page), 'no page load').toBe(true);
  expect(await hostCount(page, auditHost), 'the list\'s panel is gone').toBe(0);
  expect(session.errors).toEqual([]);
});

test('an extension reload under the token list: Chromium\'s stale copy says to reload the page when asked for the next token; Firefox\'s new copy takes over', async ({ session }) => {
  const { page } = session;
  await page.goto('https://github.com/settings/personal-access-tokens');
  await waitForAudit(page, '[data-testid="audit-tokens"]', /Create the next one/);
  await markHosts(page, auditHost);
  await session.reloadExtension();
  if (session.engine === 'firefox') {
    // Firefox injects the new copy into open tabs; it takes over from the old one: a new host
    // (the old one already shows the list), and only it.
    await waitForNewHost(page, auditHost, 15_000);
    await waitForAudit(page, '[data-testid="audit-tokens"]', /Create the next one/);
  }
  await click(page, { css: `[data-token="${tokens.matching.name}"] button`, text: 'Create the next one', inOverlay: true, host: auditHost });
  if (session.engine === 'firefox') {
    const tab = await session.waitForTab(newTokenUrl);
    await waitForPanel(tab);
  } else {
    // Chrome injects no new copy into open tabs: the old one cannot reach the extension and says so.
    await waitForOverlayText(page, '[data-testid="panel"]', /PAT Pilot was updated.*Reload the page/, 15_000);
    expect(await hostCount(page, auditHost), 'the list\'s panel gave way to the notice').toBe(0);
  }
  expect(session.errors).toEqual([]);
});

test.describe('pages whose markup PAT Pilot cannot read with confidence', () => {
  test.use({ replica: { ...auditReplica, drift: { unreadable: ['token-list', 'token-page', 'request-list', 'request-page'] } } });

  test('it says which part it could not read and gives no verdict', async ({ session }) => {
    const { page, replica } = session;
    await page.goto(tokenUrl(tokens.matching));
    await waitForAudit(page, '[data-unread]', /Permissions/);
    expect(await auditText(page, '[data-unread]')).toBe(`Permissions: ${couldNotRead}.`);
    expect(await auditText(page, '[data-testid="verdict"]')).toBeUndefined();
    expect(await auditText(page, '[role="status"]')).not.toMatch(/Matches/);

    await page.goto('https://github.com/settings/personal-access-tokens');
    await waitForAudit(page, '[data-testid="audit-tokens"]', new RegExp(tokens.matching.name));
    expect((await listed(page, 'data-token'))[tokens.matching.name]).toBe(`${tokens.matching.name} ${recipe} Expiry: ${couldNotRead}`);

    await page.goto(requestUrl(requests.beyond));
    await waitForAudit(page, '[data-unread]', /Permissions/);
    expect(await auditText(page, '[data-testid="verdict"]')).toBeUndefined();
    // What it could read still shows; the verdict waits for the part it could not.
    expect(await differences(page)).toEqual(['warning: Expiration: 366 days', 'warning: Extra repository: alta3/website']);

    // No row links its request: the rows cannot be found, and the panel says so rather than nothing.
    await page.goto(requestsUrl);
    await waitForAudit(page, '[data-unread="list"]', /Pending requests/);
    expect(await auditText(page, '[data-unread="list"]')).toBe(`Pending requests: ${couldNotRead}.`);
    expect(replica.decisions).toEqual([]);
  });
});
