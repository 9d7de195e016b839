// Issue 3: the fill in the situations people meet: an owner without approval, a reload halfway,
// and a form the person had already started wrongly.
import { expect, test } from './harness/fixtures.ts';
import { addPermission, chooseOwner, generateAndExpectRecipe, pickRepository } from './harness/github-user.ts';
import { countRouterStarts, fillAll, expectNoOverlay, overlayText, routerDecided, stepBadges, waitForOverlayText, waitForPanel } from './harness/overlay.ts';
import { newTokenUrl } from './harness/recipe-submission.ts';
import { click } from './harness/test-page.ts';
import { alta3Repositories, defaultConfig } from './replica/config.ts';

test.describe('an owner that needs no approval', () => {
  test.use({
    replica: {
      owners: defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, requiresApproval: false } : owner)),
    },
  });
  test('there is no request message: the step is not needed and none is submitted', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await fillAll(page);
    expect((await stepBadges(page)).requestMessage).toBe('Not needed');
    await generateAndExpectRecipe(session, 'Generate token', null);
  });
});

test.describe('a reload halfway through', () => {
  test.use({ replica: { latency: { suggestions: 400 } } });
  test('the fill carries on after the reload and changes nothing that was right', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await click(page, { css: 'button', text: 'Fill all fields', inOverlay: true });
    await waitForOverlayText(page, '[data-testid="progress"]', /Selecting repositories 3 of 6/, 30_000);
    await page.reload();
    await waitForPanel(page);
    await waitForOverlayText(page, '[data-testid="progress"]', /All fields filled/, 60_000);
    await generateAndExpectRecipe(session);
  });
});

test('filling a second time changes nothing that is already right', async ({ session }) => {
  const { page } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await fillAll(page);
  const form = () => page.evaluate(() => [...new FormData(document.querySelector<HTMLFormElement>('form#new_user_programmatic_access')!)].map(([name, value]) => `${name}=${String(value)}`).sort(), null);
  const before = await form();
  // From here on, every menu or dialog of GitHub's that opens is noted.
  await page.evaluate(() => {
    const opened: string[] = [];
    (window as unknown as { openedWidgets: string[] }).openedWidgets = opened;
    new MutationObserver((records) => {
      for (const { target } of records) {
        const element = target as Element;
        if (element.matches('dialog[open]') || element.getAttribute('aria-expanded') === 'true') opened.push(element.id || element.outerHTML.slice(0, 80));
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['open', 'aria-expanded'] });
  }, null);
  await fillAll(page);
  expect(await form()).toEqual(before);
  // No widget was opened, so no repository or permission was toggled off and on again.
  expect(await page.evaluate(() => (window as unknown as { openedWidgets: string[] }).openedWidgets, null)).toEqual([]);
  await generateAndExpectRecipe(session);
});

test('a wrong repository and an extra permission picked by hand are removed, and the person is told', async ({ session }) => {
  const { page } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await chooseOwner(page, 'alta3');
  await pickRepository(page, 'alta3', 'labs-archive');
  await addPermission(page, 'Issues');
  await fillAll(page);
  const panel = await overlayText(page, '[data-testid="panel"]');
  expect(panel).toContain('Removed alta3/labs-archive');
  expect(panel).toContain('Removed Issues: Read-only');
  await generateAndExpectRecipe(session);
  expect(session.replica.submission()?.values['repository_ids[]']).not.toContain(String(alta3Repositories[0]?.id));
});

test('the overlay shows on the new-token form and nowhere else on github.com', async ({ session }) => {
  const { page } = session;
  await countRouterStarts(page);
  await page.goto('https://github.com/settings/profile');
  await routerDecided(page);
  await expectNoOverlay(page);
  await page.goto(newTokenUrl);
  await waitForPanel(page);
});
