// The extension's own words in the browser's language (issue 14 §3), in Chromium and Firefox:
// the built extension in a German browser speaks German in the overlay, the popup and the options
// page, with German plurals and dates, while it reads and fills GitHub's English page as before;
// and a copy of it whose English messages are a pseudo-locale (each message's own text wrapped
// in ⟦…⟧) shows no text anywhere that did not come from the messages.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exemptTexts, pseudoMessages, unwrappedWords } from '../test/pseudo-locale.ts';
import { alta3EnchiladaRecipe } from '../src/recipe/builtin/alta3-enchilada.ts';
import { alta3HotfixRecipe } from '../src/recipe/builtin/alta3-hotfix.ts';
import { expect, test } from './harness/fixtures.ts';
import { addPermission, clickGenerate, generateAndExpectRecipe, setAccess } from './harness/github-user.ts';
import { optionsPage } from './harness/options-page.ts';
import { overlayText, stepBadges, waitForGuardDialog, waitForOverlayText, waitForPanel } from './harness/overlay.ts';
import { newTokenUrl, testDays } from './harness/recipe-submission.ts';
import { distFor } from './harness/session.ts';
import { click, overlayHost, type TestPage } from './harness/test-page.ts';
import type { Replica } from './replica/server.ts';

const popupPage = 'src/popup/index.html';

/** The day a token made today expires, as German writes it ("22. Feb. 2027"). */
function germanExpiry(days: number, today: Date): string {
  return new Intl.DateTimeFormat('de', { month: 'short', day: 'numeric', year: 'numeric' })
    .format(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
}

test.describe('in a German browser', () => {
  test.use({ browserSettings: { language: 'de' } });

  test('the overlay guides and fills in German, and GitHub still receives exactly the recipe', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    expect(await overlayText(page, '[data-testid="callout"] .callout-count')).toBe('Schritt 1 von 10');
    expect(await page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('.root')?.getAttribute('lang'), overlayHost)).toMatch(/^de/);

    await click(page, { css: 'button', text: 'Alle Felder ausfüllen', inOverlay: true });
    await waitForOverlayText(page, '[data-testid="progress"]', /Alle Felder ausgefüllt|braucht dich|brauchen dich/, 60_000);
    expect(await overlayText(page, '[data-testid="progress"]')).toBe('Alle Felder ausgefüllt. Prüfe sie und klicke dann selbst auf „Generate“.');
    expect(Object.values(await stepBadges(page))).toEqual([...Array(9).fill('Erledigt'), 'Offen']);
    const overview = await overlayText(page, 'section.summary');
    expect(overview).toContain('2 Berechtigungen für 6 deiner Repositorys');
    // The day of the fill: the test's start, or today after a run across midnight.
    expect(testDays(session.replica).map((day) => `Dieses Token läuft am ${germanExpiry(90, day)} ab (90 Tage)`).filter((line) => overview?.includes(line))).not.toEqual([]);
    // GitHub's own words stay as GitHub writes them.
    expect(await overlayText(page, '[data-testid="callout"]')).toContain('Klicke selbst auf „Generate token and request access“.');

    await generateAndExpectRecipe(session);
  });

  test('a finding and the held Generate are in German', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await click(page, { css: 'button', text: 'Alle Felder ausfüllen', inOverlay: true });
    await waitForOverlayText(page, '[data-testid="progress"]', /Alle Felder ausgefüllt/, 60_000);
    await addPermission(page, 'Issues');
    await setAccess(page, 'Issues', 'Read and write');
    await waitForOverlayText(page, '[role="alert"]', /Issues: Read and write/);
    expect(await overlayText(page, '[role="alert"]')).toContain('Das Rezept verlangt für Issues keinen Zugriff');
    await clickGenerate(page);
    await waitForGuardDialog(page);
    expect(await overlayText(page, '[role="alertdialog"] h2')).toBe('Dieses Token passt nicht zum Rezept');
    const buttons = await page.evaluate((host) => [...document.querySelector(host)?.shadowRoot?.querySelectorAll('[role="alertdialog"] button') ?? []].map((button) => button.textContent), overlayHost);
    expect(buttons).toEqual(['Für mich korrigieren', 'Trotzdem generieren', 'Abbrechen']);
  });

  test('after an update under the open form, the guide still speaks German', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page);
    await session.reloadExtension();
    if (session.engine === 'chromium') {
      // Chrome leaves the old copy, which can no longer reach the extension (nor its words) and says so in the words it kept.
      await waitForOverlayText(page, '[data-testid="panel"]', /Seite neu laden.*PAT Pilot wurde aktualisiert/, 15_000);
    } else {
      // Firefox starts the new copy in the open tab, which fills in German.
      await click(page, { css: 'button', text: 'Alle Felder ausfüllen', inOverlay: true });
      await waitForOverlayText(page, '[data-testid="progress"]', /Alle Felder ausgefüllt/, 60_000);
    }
    expect(session.errors).toEqual([]);
  });

  test('the popup and the options page are in German', async ({ session }) => {
    const popup = await session.openExtensionPage(popupPage);
    await popup.waitFor(() => /Token erstellen/.test(document.body.textContent ?? ''), null);
    const facts = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '), null);
    expect(facts).toContain('Read-only für Contents und Metadata');
    expect(facts).toContain('nach 90 Tagen');
    expect(facts).toContain('Rezepte verwalten');
    expect(await popup.evaluate(() => document.documentElement.lang, null)).toMatch(/^de/);

    const options = await session.openExtensionPage(optionsPage);
    await options.waitFor(() => document.querySelector('#recipes-heading')?.textContent === 'Rezepte', null);
    expect(await options.evaluate(() => document.title, null)).toBe('PAT Pilot – Rezepte');
    expect(await options.evaluate(() => document.querySelector('[data-source]')?.textContent, null)).toBe('Eingebaut');
    await click(options, { css: 'button', text: 'Duplizieren' });
    await options.waitFor(() => document.querySelector('#editor-heading')?.textContent === 'Neues Rezept aus „Alta3 enchilada install“', null);
    expect(await options.evaluate(() => (document.querySelector('#recipe-label') as HTMLInputElement).value, null)).toBe('Alta3 enchilada install (Kopie)');
    expect(await options.evaluate(() => document.querySelector('#editor-summary')?.textContent, null)).toBe('Das Rezept ist gültig und kann gespeichert werden.');
    expect(session.errors).toEqual([]);
  });
});

/** Every text a person can see or hear on a page or in the overlay: text, names of controls, what fields hold, the title. */
function shownTexts(page: TestPage): Promise<string[]> {
  return page.evaluate((host) => {
    const root: Document | ShadowRoot = document.querySelector(host)?.shadowRoot ?? document;
    const texts: string[] = root === document ? [document.title] : [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('style, script')) texts.push(node.textContent ?? '');
    }
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(element.getAttribute(attribute) ?? '');
      if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'radio' && element.type !== 'checkbox')) texts.push(element.value);
    }
    return texts.filter((text) => text.trim() !== '');
  }, overlayHost);
}

test.describe('in the pseudo-locale', () => {
  // The built extension, its English messages replaced by the pseudo-locale built from them here.
  test.use({
    browserSettings: async ({ engine }, use) => {
      const folder = await mkdtemp(join(tmpdir(), 'pat-pilot-pseudo-'));
      await cp(distFor(engine), folder, { recursive: true, filter: (path) => !/_locales\/(?!en(\/|$))/.test(path) });
      await writeFile(join(folder, '_locales', 'en', 'messages.json'), JSON.stringify(pseudoMessages()));
      await use({ extension: folder });
      await rm(folder, { recursive: true, force: true });
    },
  });

  /** What the replica's page holds: the signed-in user, GitHub's button and what the person chose there. */
  const fromPage = ['sbarbour', 'Generate token and request access', 'Issues: Read and write'];
  /** A host name, not words: the example in the GitHub hosts field. */
  const hostExample = 'github.example.com';
  /** What Intl writes in the UI language (English here): expiry dates and the list of permissions. */
  const expiry = (days: number, now: Date): string =>
    new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
  /** Exempt for each day the test may have stamped: its start (the replica's first page), and today. */
  const notFromMessages = async (page: TestPage, replica: Replica, more: readonly string[] = []): Promise<string[]> => {
    const exempt = testDays(replica).flatMap((day) => exemptTexts([alta3EnchiladaRecipe, alta3HotfixRecipe], day, [...fromPage, hostExample, expiry(30, day), expiry(90, day), 'Contents and Metadata', ...more]));
    return (await shownTexts(page)).filter((text) => unwrappedWords(text, exempt));
  };

  test('the overlay, the popup and the options page show only texts from the messages', async ({ session }) => {
    const { page } = session;
    await page.goto(newTokenUrl);
    await waitForPanel(page, 20_000);
    expect(await notFromMessages(page, session.replica)).toEqual([]);

    await click(page, { css: 'button', text: '⟦Fill all fields⟧', inOverlay: true });
    await waitForOverlayText(page, '[data-testid="progress"]', /⟦All fields filled/, 60_000);
    expect(await notFromMessages(page, session.replica)).toEqual([]);

    await addPermission(page, 'Issues');
    await setAccess(page, 'Issues', 'Read and write');
    await waitForOverlayText(page, '[role="alert"]', /Issues: Read and write/);
    await clickGenerate(page);
    await waitForGuardDialog(page);
    expect(await notFromMessages(page, session.replica)).toEqual([]);

    const popup = await session.openExtensionPage(popupPage);
    await popup.waitFor(() => /Create token/.test(document.body.textContent ?? ''), null);
    expect(await notFromMessages(popup, session.replica)).toEqual([]);

    const options = await session.openExtensionPage(optionsPage);
    await options.waitFor(() => document.querySelector('#recipes-heading'), null);
    expect(await notFromMessages(options, session.replica)).toEqual([]);
    await click(options, { css: 'button', text: '⟦Duplicate⟧' });
    await options.waitFor(() => document.querySelector('#editor-heading'), null);
    expect(await notFromMessages(options, session.replica, ['alta3-enchilada-copy'])).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  test('the check fails on a text that did not come from the messages', async ({ session }) => {
    const options = await session.openExtensionPage(optionsPage);
    await options.waitFor(() => document.querySelector('#recipes-heading'), null);
    await options.evaluate(() => document.querySelector('#recipes-heading')?.append(' written in code'), null);
    expect(await notFromMessages(options, session.replica)).toEqual([' written in code']);
  });
});
