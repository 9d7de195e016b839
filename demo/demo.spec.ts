// `npm run demo`: the extension at work on the replica of GitHub's page. With a display the
// browser stays open for a person to try; without one, a screenshot of each step is saved, at the
// Chrome Web Store's 1280×800, in GitHub's light and dark themes; the store's screenshots
// (docs/store/screenshots/) are copied from these; then the same in a German browser (de-*.png),
// with the popup and the options page.
import { copyFileSync, mkdirSync } from 'node:fs';
import { test } from '@playwright/test';
import { launchChromium } from '../e2e/harness/chromium.ts';
import { addPermission, clickGenerate, setAccess } from '../e2e/harness/github-user.ts';
import { click, type TestPage } from '../e2e/harness/test-page.ts';

const overlayMatches = ({ selector, pattern }: { selector: string; pattern: string }): boolean =>
  new RegExp(pattern).test(document.querySelector('pat-pilot-overlay')?.shadowRoot?.querySelector(selector)?.textContent ?? '');

const headed = Boolean(process.env.DISPLAY);

/** The person gives Issues write access (the overlay warns at once), then clicks Generate (PAT Pilot holds it). */
async function warnAndHold(page: TestPage, heldPattern: string, warned: () => Promise<void>): Promise<void> {
  await addPermission(page, 'Issues');
  await setAccess(page, 'Issues', 'Read and write');
  await page.waitFor(overlayMatches, { selector: '[role="alert"]', pattern: 'Issues: Read and write' }, 60_000);
  // The new row moved the Generate button down; let the spotlight follow it.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await warned();
  await clickGenerate(page);
  await page.waitFor(overlayMatches, { selector: '[role="alertdialog"]', pattern: heldPattern }, 60_000);
}
const folder = new URL('../demo-screens/', import.meta.url).pathname;
const storeFolder = new URL('../docs/store/screenshots/', import.meta.url).pathname;
/** The steps the store listing shows. */
const storeShots = ['1-overlay-appears', '3-filled-ready-to-review', '5-generate-held'];
const newTokenPage = 'https://github.com/settings/personal-access-tokens/new';

test('PAT Pilot on the new-token page', async () => {
  test.skip(!headed, 'with a display only: the screenshots are taken by the next test');
  test.setTimeout(0);
  const session = await launchChromium({ latency: { suggestions: 150, selectAccess: 300 } }, { headless: false });
  await session.page.goto(newTokenPage);
  console.log('The replica of GitHub’s page is open with PAT Pilot. Close the browser window to end the demo.');
  await session.context.waitForEvent('close', { timeout: 0 });
});

for (const colorMode of ['light', 'dark'] as const) {
  test(`screenshots of each step, ${colorMode} theme`, async () => {
    test.skip(headed, 'without a display only (DISPLAY= npm run demo)');
    test.setTimeout(120_000);
    const session = await launchChromium({ latency: { suggestions: 150, selectAccess: 300 }, colorMode });
    const { page } = session;
    await session.context.pages()[0]!.setViewportSize({ width: 1280, height: 800 });
    await page.goto(newTokenPage);
    mkdirSync(`${folder}${colorMode}`, { recursive: true });
    mkdirSync(storeFolder, { recursive: true });
    const shot = async (name: string): Promise<void> => {
      await page.screenshot(`${folder}${colorMode}/${name}.png`);
      if (storeShots.includes(name)) copyFileSync(`${folder}${colorMode}/${name}.png`, `${storeFolder}${colorMode}-${name}.png`);
    };
    await page.waitFor(() => document.querySelector('pat-pilot-overlay')?.shadowRoot?.querySelector('[data-testid="panel"]'), null);
    await shot('1-overlay-appears');
    await click(page, { css: 'button', text: 'Fill all fields', inOverlay: true });
    await page.waitFor(overlayMatches, { selector: '[data-testid="progress"]', pattern: 'Selecting repositories' }, 60_000);
    await shot('2-selecting-repositories');
    await page.waitFor(overlayMatches, { selector: '[data-testid="progress"]', pattern: 'Review them' }, 60_000);
    // Let the smooth scroll to the Generate button settle.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await shot('3-filled-ready-to-review');
    await warnAndHold(page, 'does not match', () => shot('4-live-warning'));
    await shot('5-generate-held');
    await session.close();
    console.log(`Screenshots of each step: ${folder}${colorMode}/`);
  });
}

test('PAT Pilot in a German browser: overlay, popup and options page', async () => {
  test.skip(headed, 'without a display only (DISPLAY= npm run demo)');
  test.setTimeout(120_000);
  const session = await launchChromium({}, { language: 'de' });
  const { page } = session;
  mkdirSync(folder, { recursive: true });
  const shot = async (name: string): Promise<void> => page.screenshot(`${folder}de-${name}.png`);
  await page.goto(newTokenPage);
  await page.waitFor(() => document.querySelector('pat-pilot-overlay')?.shadowRoot?.querySelector('[data-testid="panel"]'), null);
  await shot('1-overlay-appears');
  await click(page, { css: 'button', text: 'Alle Felder ausfüllen', inOverlay: true });
  await page.waitFor(overlayMatches, { selector: '[data-testid="progress"]', pattern: 'Alle Felder ausgefüllt' }, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await shot('2-filled-ready-to-review');
  await warnAndHold(page, 'passt nicht', () => shot('3-live-warning'));
  await shot('4-generate-held');

  // The popup at the size the toolbar gives it, and the options page with a recipe being duplicated.
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 360, height: 480 });
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  await popup.getByText('Token erstellen').waitFor();
  await popup.screenshot({ path: `${folder}de-5-popup.png` });
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await options.getByRole('heading', { name: 'Rezepte', exact: true }).waitFor();
  await options.screenshot({ path: `${folder}de-6-options.png`, fullPage: true });
  await options.getByRole('button', { name: 'Duplizieren' }).click();
  await options.getByRole('heading', { name: 'Neues Rezept aus „Alta3 enchilada install“' }).waitFor();
  await options.screenshot({ path: `${folder}de-7-options-editor.png`, fullPage: true });
  await session.close();
  console.log(`Screenshots in German: ${folder}de-*.png`);
});
