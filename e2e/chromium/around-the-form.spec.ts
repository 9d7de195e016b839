// Issue 4, Chromium: when the recipe cannot be met (no alta3 among the owners, a 60-day lifetime
// policy, a repository that is not there), the sudo page, in-page navigation, and the page after
// Generate.
import { expect, test } from '../harness/fixtures.ts';
import { clickGenerate } from '../harness/github-user.ts';
import { fillAll, overlayAlerts, expectNoOverlay, overlayText, stepBadges, waitForOverlayText, waitForPanel } from '../harness/overlay.ts';
import { newTokenUrl } from '../harness/recipe-submission.ts';
import { click, hostCount, isMarkedDocument, markDocument, typeInto, type TestPage } from '../harness/test-page.ts';
import { alta3Repositories, defaultConfig, type ReplicaOwner } from '../replica/config.ts';
import { isoDate } from '../replica/shared/expiration.ts';

const withAlta3 = (change: (owner: ReplicaOwner) => ReplicaOwner | undefined): ReplicaOwner[] =>
  defaultConfig.owners.flatMap((owner) => (owner.login === 'alta3' ? (change(owner) ?? []) : [owner]));

const field = (page: TestPage, name: string): Promise<string | undefined> =>
  page.evaluate((fieldName) => document.querySelector<HTMLInputElement>(`[name="${fieldName}"]`)?.value, name);

test.describe('alta3 is not among the resource owners', () => {
  test.use({ replica: { owners: withAlta3(() => undefined) } });
  test('the owner step says why and what to do, and no other owner is chosen', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await fillAll(page);
    const alerts = (await overlayAlerts(page)).join(' ');
    expect(alerts).toContain('alta3 is not in your list of resource owners');
    expect(alerts).toMatch(/member/);
    expect(alerts).toMatch(/fine-grained/);
    expect((await stepBadges(page)).owner).toMatch(/Needs you|Cannot do here/);
    expect(await field(page, 'target_name')).toBe('sbarbour');
  });
});

test.describe('a 60-day lifetime policy', () => {
  test.use({ replica: { owners: withAlta3((owner) => ({ ...owner, lifetimeCapDays: 60 })) } });
  test('an alert says the recipe\'s 90 days are not allowed, and no other expiry is picked', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    const before = await field(page, 'user_programmatic_access[default_expires_at]');
    await fillAll(page);
    const alerts = (await overlayAlerts(page)).join(' ');
    expect(alerts).toMatch(/60 days/);
    expect(alerts).toMatch(/90/);
    expect((await stepBadges(page)).expiration).toMatch(/Needs you|Cannot do here/);
    // GitHub resets the expiration when the owner changes; PAT Pilot must not choose one itself.
    expect(await field(page, 'user_programmatic_access[default_expires_at]')).not.toBe('60');
    expect(before).not.toBe('90');
  });
});

test.describe('a repository missing under alta3', () => {
  test.use({ replica: { owners: withAlta3((owner) => ({ ...owner, repositories: alta3Repositories.filter((repository) => repository.name !== 'gutenberg') })) } });
  test('it is named, with what it means, and the other five are selected', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await fillAll(page);
    const alerts = (await overlayAlerts(page)).join(' ');
    expect(alerts).toContain('Not found under alta3: gutenberg');
    expect(alerts).toMatch(/access|renamed/);
    const selected = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[name="repository_ids[]"]:not(:disabled)')].map((input) => input.value), null);
    const ids = ['labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo'].map((name) => String(alta3Repositories.find((repository) => repository.name === name)?.id));
    expect(selected.sort()).toEqual(ids.sort());
  });
});

test.describe('a token with today\'s name exists already', () => {
  test.use({ replica: { existingTokenNames: [`enchilada-install-${isoDate(new Date())}`] } });
  test('GitHub\'s refusal of the name is passed on with another name to use, and the rest is filled', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await fillAll(page);
    const alerts = (await overlayAlerts(page)).join(' ');
    expect(alerts).toMatch(/already been taken/);
    expect(alerts).toContain(`enchilada-install-${isoDate(new Date())}-2`);
    expect(Object.entries(await stepBadges(page)).filter(([, badge]) => badge !== 'Done' && badge !== 'To do').map(([step]) => step)).toEqual(['name']);
    expect(await page.evaluate(() => document.querySelectorAll('input[name="repository_ids[]"]:not(:disabled)').length, null)).toBe(6);
  });
});

test.describe('GitHub asks for sudo first', () => {
  test.use({ replica: { sudoFirst: true } });
  test('the overlay explains the page, and after confirming the run carries on by itself', async ({ session }) => {
    const popup = await session.openExtensionPage('src/popup/index.html');
    await click(popup, { css: 'button', text: 'Create token' });
    const tab = await session.waitForTab('https://github.com/');
    await waitForOverlayText(tab, '[data-testid="panel"]', /GitHub wants to confirm it is you/);
    expect(await overlayText(tab, '[data-testid="panel"]')).toMatch(/carries on filling/);
    await typeInto(tab, { css: 'input#sudo_password' }, 'correct horse battery staple');
    await click(tab, { css: 'button', text: 'Confirm' });
    await waitForOverlayText(tab, '[data-testid="progress"]', /All fields filled/, 60_000);
    expect(await field(tab, 'target_name')).toBe('alta3');
  });
});

test('in-page navigation from the token list starts the overlay, and leaving removes it', async ({ session }) => {
  const { page } = session;
  await page.goto('https://github.com/settings/personal-access-tokens');
  await markDocument(page);
  await click(page, { css: 'a', text: 'Generate new token' });
  await waitForPanel(page);
  expect(await isMarkedDocument(page)).toBe(true);
  expect(await hostCount(page)).toBe(1);
  await click(page, { css: 'a', text: 'Cancel' });
  await page.waitFor(() => location.pathname === '/settings/personal-access-tokens', null);
  await page.waitFor(() => !document.querySelector('pat-pilot-overlay'), null);
  await expectNoOverlay(page);
});

test('after Generate: copy the token now, pending approval, and the request for the admins', async ({ session }) => {
  const { page, replica } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await fillAll(page);
  await clickGenerate(page);
  await expect.poll(() => replica.createdTokens.length === 1, { timeout: 10_000, message: 'the token to be created' }).toBe(true);
  await waitForOverlayText(page, '[data-testid="panel"]', /Copy your token now/);
  const panel = (await overlayText(page, '[data-testid="panel"]')) ?? '';
  expect(panel).toMatch(/Pending until an alta3 admin approves it/);
  const request = await page.evaluate(() => document.querySelector('pat-pilot-overlay')?.shadowRoot?.querySelector('textarea')?.value ?? '', null);
  for (const part of ['enchilada-install-', 'labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo', 'gutenberg', 'Contents', 'Metadata', 'Read-only']) {
    expect(request).toContain(part);
  }
  expect(request).toMatch(/\d{4}-\d{2}-\d{2}|20\d\d/);
  expect(panel + request).not.toMatch(/github_pat_/);
});

test.describe('GitHub returns to the list without a new token', () => {
  test.use({ replica: { failCreation: true } });
  test('the overlay says so plainly', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await fillAll(page);
    await clickGenerate(page);
    await waitForOverlayText(page, '[data-testid="panel"]', /GitHub did not show a new token/);
  });
});
