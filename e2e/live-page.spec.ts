// Issue #10 §4: behaviours reported for the live page between August and November 2026, each a
// replica switch (config.live). Every test first proves the page really behaves so, then says
// what PAT Pilot must do, and checks what GitHub received. Chromium and Firefox.
import type { FineGrainedRecipe as Recipe } from '../src/recipe/schema.ts';
import { expect, test } from './harness/fixtures.ts';
import { addPermission, chooseExpiration, chooseOwner, clickGenerate, generateAndExpectRecipe, pickRepositories, recordSubmitEvents, removePermission, submitEvents } from './harness/github-user.ts';
import { useRecipe } from './harness/options-page.ts';
import {
  alertsMatching, clickOverlayButton, fillAll, guardDialogItems, guardDialogText, overlayAlerts, overlayText, stepBadges,
  waitForGuardDialog, waitForOverlayText, waitForPanel,
} from './harness/overlay.ts';
import { alta3RepositoryNames, alta3Texts, expectAlta3Submission, expectSubmission, newTokenUrl, repositoryIds } from './harness/recipe-submission.ts';
import { act, click, overlayHost, typeInto, type Effect, type TestPage } from './harness/test-page.ts';
import { defaultConfig } from './replica/config.ts';
import { addDays, isoDate } from './replica/shared/expiration.ts';

const progress = '[data-testid="progress"]';
const approvalGenerate = 'Generate token and request access';
const inDays = (days: number): string => isoDate(addDays(new Date(), days));

async function openForm(page: TestPage, url = newTokenUrl): Promise<void> {
  await page.goto(url);
  await waitForPanel(page);
}

const field = (page: TestPage, name: string): Promise<string | undefined> =>
  page.evaluate((fieldName) => document.querySelector<HTMLInputElement>(`[name="${fieldName}"]`)?.value, name);


test.describe('GitHub confirms every token (confirmEveryToken)', () => {
  test.use({ replica: { live: { confirmEveryToken: true } } });

  const confirmation = '#confirm-fg-pat';
  const confirmationShown = (page: TestPage): Promise<void> =>
    page.waitFor((css) => document.querySelector(css)?.getClientRects().length, confirmation);
  /** The person's own click on the confirmation's "Generate token", watched until what it brings shows. */
  const confirm = (page: TestPage, brings: Effect<string>): Promise<void> =>
    act(page, 'GitHub\'s confirmation: Generate token', () => click(page, { css: `${confirmation} button[type="submit"]`, text: 'Generate token' }), brings);
  const confirmationGone: Effect<string> = {
    shows: (css) => !document.querySelector(css)?.getClientRects().length,
    seen: (css) => `GitHub's confirmation still open: ${document.querySelector(css)?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 80) ?? ''}`,
    arg: confirmation,
  };
  const guardHeld: Effect<string> = {
    shows: (host) => document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'),
    seen: () => 'no guard dialog',
    arg: overlayHost,
  };

  test('a compliant token goes through on the person\'s click in GitHub\'s confirmation; GitHub receives the recipe and the after-Generate panel shows', async ({ session }) => {
    const { page, replica } = session;
    await openForm(page);
    await fillAll(page);
    await clickGenerate(page);
    await confirmationShown(page);
    expect(await page.evaluate((css) => {
      const overlay = document.querySelector(css)!;
      return { dialog: overlay.closest('dialog, [role="dialog"]') !== null, inForm: overlay.closest('form') !== null, text: overlay.textContent?.includes('New personal access token') };
    }, confirmation), 'GitHub\'s confirmation is a plain overlay outside the form').toEqual({ dialog: false, inForm: false, text: true });
    expect(replica.createdTokens).toHaveLength(0);

    await confirm(page, confirmationGone);
    await expect.poll(() => replica.createdTokens.length === 1, { timeout: 10_000, message: 'the token to be created' }).toBe(true);
    expect(replica.submissions).toHaveLength(2);
    expect(replica.submission()?.fields.confirm).toBe('1');
    expectAlta3Submission(replica);
    await waitForOverlayText(page, '[data-testid="panel"]', /Copy your token now/);
  });

  test('the guard holds a token that breaks the recipe, from the first Generate and from the confirmation\'s', async ({ session }) => {
    const { page, replica } = session;
    await recordSubmitEvents(page);
    await openForm(page);
    await fillAll(page);
    await addPermission(page, 'Issues');
    await clickGenerate(page);
    await waitForGuardDialog(page);
    expect(await guardDialogText(page)).toMatch(/Issues: Read-only/);
    expect(replica.submissions).toHaveLength(0);
    await clickOverlayButton(page, 'Cancel');

    await removePermission(page, 'Issues');
    await clickGenerate(page);
    await confirmationShown(page);
    expect(replica.submissions).toHaveLength(1);
    // The overlay is not modal: the form behind it can still change before the person confirms.
    await addPermission(page, 'Issues');
    await confirm(page, guardHeld);
    expect(await guardDialogText(page)).toMatch(/Issues: Read-only/);
    // The confirmation's own Generate was held: its click (or the submit it starts) was cancelled.
    expect((await submitEvents(page)).at(-1)).toMatch(/:held$/);
    expect(replica.submissions).toHaveLength(1);
    expect(replica.createdTokens).toHaveLength(0);
  });
});

test.describe('the expiration menu needs a real press (menusNeedRealPress)', () => {
  test.use({ replica: { live: { menusNeedRealPress: true } } });
  test('a bare click() leaves the expiry as it was; PAT Pilot still sets 90 days and GitHub receives the recipe', async ({ session }) => {
    const { page } = session;
    await openForm(page);
    await click(page, { css: '.js-new-default-token-expiration-select button[popovertarget]' });
    // The menu answers a click while it is dispatched: by the time click() returns, it has held it.
    const held = await page.evaluate(() => {
      let clicked: Event | undefined;
      addEventListener('click', (event) => { clicked = event; }, { capture: true, once: true });
      document.querySelector<HTMLElement>('.js-new-default-token-expiration-select [role="menuitemradio"][data-value="90"]')?.click();
      return clicked?.defaultPrevented;
    }, null);
    expect(held, 'the menu held the bare click()').toBe(true);
    expect(await field(page, 'user_programmatic_access[default_expires_at]'), 'a bare click() changed nothing').toBe('30');
    await page.press('Escape');

    await fillAll(page);
    expect(await overlayText(page, progress)).toMatch(/All fields filled/);
    await generateAndExpectRecipe(session);
  });
});

test.describe('the resource owner list fails to load (ownerListFails)', () => {
  test.use({ replica: { live: { ownerListFails: true } } });
  test('PAT Pilot recovers through the target_name prefill, carries on the fill, and GitHub receives the recipe', async ({ session }) => {
    const { page } = session;
    await openForm(page);
    await click(page, { css: 'button#resource-owner-select-panel-button' });
    await page.waitFor(() => /Sorry, something went wrong\./.test(document.querySelector('#resource-owner-select-panel [data-show-on-error]:not([hidden])')?.textContent ?? ''), null);
    expect(await page.evaluate(() => document.querySelectorAll('#resource-owner-select-panel [role="option"]').length, null)).toBe(0);
    await click(page, { css: 'dialog[open] button', name: 'Close' });

    await clickOverlayButton(page, 'Fill all fields');
    // The only way left to choose alta3 is the URL: the form loaded again with target_name=alta3.
    await expect.poll(() => new URL(page.url()).searchParams.get('target_name') === 'alta3', { timeout: 15_000, message: 'the form with target_name=alta3' }).toBe(true);
    await waitForPanel(page);
    await waitForOverlayText(page, progress, /All fields filled|needs? you/, 60_000);
    expect(await overlayText(page, progress)).toMatch(/All fields filled/);
    await generateAndExpectRecipe(session);
  });
});

test.describe('a prefilled link starts at "All repositories" (prefillChoosesAll)', () => {
  test.use({ replica: { live: { prefillChoosesAll: true } } });
  test('a danger alert names "All repositories" before any fill, and the fill chooses "Only select repositories"', async ({ session }) => {
    const { page } = session;
    await openForm(page, `${newTokenUrl}?target_name=alta3&expires_in=90&contents=read`);
    await page.waitFor(() => document.querySelector<HTMLInputElement>('input[name="install_target"]:checked')?.value === 'all', null);
    await alertsMatching(page, /All repositories/);

    await fillAll(page);
    expect((await overlayAlerts(page)).join(' ')).not.toMatch(/All repositories/);
    await generateAndExpectRecipe(session);
  });
});

/** A team's recipe with a lifetime no preset offers, so GitHub's custom date is needed. */
const customDateRecipe = (days: number): Recipe => ({
  schemaVersion: 1, id: `custom-${days}`, label: `Custom ${days} days`, name: `custom-${days}-{date}`, description: `A ${days}-day token`,
  owner: 'alta3', expiresInDays: days, requestMessage: 'Build server', repositoryAccess: 'selected', repositories: ['labs', 'demo'],
  permissions: { contents: 'read', metadata: 'read' },
});

const customDate = (page: TestPage) =>
  page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="user_programmatic_access[custom_expires_at]"]');
    return { min: input?.min, max: input?.max, value: input?.value };
  }, null);

test.describe('the custom date keeps to its bounds (customDateBounds)', () => {
  test.use({ replica: { live: { customDateBounds: true } } });
  test('a recipe of 45 days, inside the bounds, fills the custom date and GitHub receives it', async ({ session }) => {
    const recipe = customDateRecipe(45);
    await useRecipe(session, recipe);
    const { page, replica } = session;
    await openForm(page);
    expect(await customDate(page), 'a personal owner\'s date stops at a year').toMatchObject({ min: inDays(1), max: inDays(365) });
    await fillAll(page);
    expect(await overlayText(page, progress)).toMatch(/All fields filled/);
    await clickGenerate(page);
    await expect.poll(() => replica.submissions.length === 1, { timeout: 10_000, message: 'the form to be submitted' }).toBe(true);
    expectSubmission(replica, {
      name: (day) => `custom-45-${isoDate(day)}`, description: recipe.description, owner: 'alta3', expiresAt: 'custom', customDate: (day) => isoDate(addDays(day, 45)),
      reason: recipe.requestMessage, repositoryIds: repositoryIds(recipe.repositories), permissions: recipe.permissions,
    });
  });
});

test.describe('the custom date keeps to an organization\'s 60-day lifetime (customDateBounds)', () => {
  test.use({
    replica: {
      live: { customDateBounds: true },
      owners: defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, lifetimeCapDays: 60 } : owner)),
    },
  });
  test('a recipe of 75 days is handed to the person with words naming the limit, and nothing out of range is written', async ({ session }) => {
    await useRecipe(session, customDateRecipe(75));
    const { page, replica } = session;
    await openForm(page);
    await fillAll(page);
    const date = await customDate(page);
    expect(date.max, 'alta3\'s date stops at its cap').toBe(inDays(60));
    expect(date.value === '' || (date.value ?? '') <= inDays(60), `the date input holds ${date.value}`).toBe(true);
    expect((await stepBadges(page)).expiration).toMatch(/Needs you|Cannot do here/);
    const words = `${(await overlayAlerts(page)).join(' ')} ${await overlayText(page, '[data-step="expiration"]') ?? ''}`;
    expect(words).toMatch(/60 days/);
    expect(words).toMatch(/75/);
    expect(await overlayText(page, progress)).not.toMatch(/All fields filled/);
    // The person clicks Generate on what was filled: the guard holds it and names the expiration.
    await clickGenerate(page);
    await waitForGuardDialog(page);
    expect((await guardDialogItems(page)).join(' ')).toMatch(/[Ee]xpir/);
    expect(replica.submissions).toHaveLength(0);
  });
});

test.describe('Generate while a fill runs', () => {
  // gutenberg is not there to be found, so the form cannot be right when the person clicks,
  // however fast the rest of the fill goes (the picker is modal until it closes).
  test.use({ replica: { latency: { suggestions: 800 }, owners: defaultConfig.owners.map((owner) => (owner.login === 'alta3' ? { ...owner, repositories: owner.repositories.filter((repository) => repository.name !== 'gutenberg') } : owner)) } });
  test('the guard holds a form that is not right yet and names what is missing', async ({ session }) => {
    const { page, replica } = session;
    await openForm(page);
    await clickOverlayButton(page, 'Fill all fields');
    await waitForOverlayText(page, progress, /Selecting repositories/, 30_000);
    // The person clicks Generate as soon as GitHub lets them (the picker is modal while open).
    await click(page, { css: 'button', text: approvalGenerate }, 30_000);
    await waitForGuardDialog(page);
    const items = await guardDialogItems(page);
    expect(items, 'the guard says what is not done yet').not.toEqual([]);
    expect(items.join(' ')).toMatch(/repositor|permission/i);
    expect(replica.submissions).toHaveLength(0);
  });
});

/** The scripted person fills the whole form by hand, exactly as the Alta3 recipe says. */
async function fillAlta3ByHand(page: TestPage): Promise<void> {
  await typeInto(page, { css: 'input#user_programmatic_access_name' }, alta3Texts.name());
  await typeInto(page, { css: 'textarea#user_programmatic_access_description' }, alta3Texts.description);
  await chooseOwner(page, 'alta3');
  await chooseExpiration(page, '90 days');
  await typeInto(page, { css: 'textarea[name="reason"]' }, alta3Texts.reason);
  await pickRepositories(page, 'alta3', alta3RepositoryNames);
  await addPermission(page, 'Contents');
}

test('on a form that is already exactly right, "Fill all fields" reports done', async ({ session }) => {
  const { page } = session;
  await openForm(page);
  await fillAlta3ByHand(page);
  await expect.poll(async () => Object.entries(await stepBadges(page)).filter(([step, badge]) => !['review', 'generate'].includes(step) && !['Done', 'Not needed'].includes(badge)), {
    message: 'every step is done before the fill',
  }).toEqual([]);
  await clickOverlayButton(page, 'Fill all fields');
  await expect.poll(() => overlayText(page, progress)).toMatch(/All fields filled/);
  await generateAndExpectRecipe(session);
});
