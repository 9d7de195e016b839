// Firefox ESR through puppeteer-core over WebDriver BiDi: dist/firefox installed as a temporary
// add-on, GitHub served by the replica through the local TLS proxy.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createReplica } from '../replica/server.ts';
import type { ReplicaOptions } from '../replica/config.ts';
import { firefoxAddonId } from '../../scripts/firefox-manifest.ts';
import { startGithubProxy } from './github-proxy.ts';
import { distFor, fromExtension, type BrowserSession, type BrowserSettings } from './session.ts';
import type { TestPage } from './test-page.ts';

/** A fixed internal UUID, so tests know the add-on's moz-extension:// origin. */
export const firefoxExtensionUuid = '3b1c6f0e-8a51-4c2e-9f55-7e0b2d9a4c11';

// puppeteer's types unwrap handles in arguments; ours are plain data, so the casts are sound.
function puppeteerPage(page: Page): TestPage {
  return {
    goto: async (url) => { await page.goto(url); },
    reload: async () => { await page.reload(); },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addInitScript: async (fn) => { await page.evaluateOnNewDocument(fn); },
    waitFor: async (fn, arg, timeoutMs = 10_000) => { await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg); },
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: async (chord) => {
      const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    screenshot: async (path) => { await page.screenshot({ path: path as `${string}.png` }); },
    close: () => page.close(),
  };
}

/**
 * Until the new tab shows the extension's page at path, loaded. Asked from here, once per try:
 * a question asked while the tab leaves about:blank can fail inside Firefox (its window is being
 * discarded: "right-hand side of 'in' should be an object, got null"), which puppeteer's
 * waitForFunction does not take for a navigation and gives up on; the next question goes to the new page.
 */
async function extensionPageLoaded(page: Page, path: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const loaded = await page.evaluate((wanted: string) => location.href.endsWith(wanted) && document.readyState === 'complete', path)
      .catch((error: unknown) => { lastError = error; return false; });
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`moz-extension://…/${path} did not load in ${timeoutMs} ms (at ${page.url()})`, { cause: lastError });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefox(options: ReplicaOptions = {}, { language, extension = distFor('firefox') }: BrowserSettings = {}): Promise<BrowserSession> {
  const replica = createReplica(options);
  const proxy = await startGithubProxy(replica);
  const downloads = await mkdtemp(join(tmpdir(), 'pat-pilot-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    // WebDriver BiDi refuses moz-extension:// navigations (the popup, the options page) without it.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Headless windows never get the system focus; without this, Enter on a focused button does nothing.
      'focusmanager.testmode': true,
      'extensions.webextensions.uuids': JSON.stringify({ [firefoxAddonId]: firefoxExtensionUuid }),
      // The UI language, from the language pack Debian installs with Firefox (enabled in every scope).
      ...(language ? { 'intl.locale.requested': language, 'extensions.autoDisableScopes': 0 } : {}),
      // Answers "Allow" to every optional-permission prompt (allowWhenAsked); permissions.request
      // must still come from a person's click in the extension's page.
      'extensions.webextOptionalPermissionPrompts': false,
      // Uncaught errors and console messages of web content, the add-on's included, on its output:
      // the background page is no target WebDriver BiDi reports on.
      'devtools.console.stdout.content': true,
      // Downloads go to a folder of the test's, without asking (session.download).
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const extensionErrors: string[] = [];
  for (const output of [browser.process()?.stdout, browser.process()?.stderr]) {
    if (!output) continue;
    createInterface({ input: output }).on('line', (line) => {
      if (/^JavaScript error: moz-extension:\/\//.test(line) || /^console\.error: .*PAT Pilot:/.test(line)) extensionErrors.push(line);
    });
  }
  await browser.installExtension(extension);
  const errors: string[] = [];
  const watch = (page: Page): void => {
    const report = (text: string): void => {
      errors.push(`${page.url()}: ${text}`);
      if (fromExtension(page.url())) extensionErrors.push(`${page.url()}: ${text}`);
    };
    page.on('pageerror', (error) => report(error instanceof Error ? error.message : String(error)));
    page.on('console', (message) => { if (message.type() === 'error') report(message.text()); });
  };
  const first = (await browser.pages())[0] ?? (await browser.newPage());
  watch(first);
  return {
    engine: 'firefox',
    replica,
    page: puppeteerPage(first),
    errors,
    extensionErrors,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      // BiDi reports no load event for extension pages; wait for the document instead.
      void page.goto(`moz-extension://${firefoxExtensionUuid}/${path}`).catch(() => undefined);
      await extensionPageLoaded(page, path);
      return puppeteerPage(page);
    },
    async newTab() {
      const page = await browser.newPage();
      watch(page);
      return puppeteerPage(page);
    },
    async download(trigger) {
      await trigger();
      // BiDi in Firefox ESR reports no downloads: the file is there once Firefox renamed it from its .part.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const names = await readdir(downloads);
        const name = names.find((candidate) => !candidate.endsWith('.part'));
        if (name && !names.some((candidate) => candidate.endsWith('.part'))) return { name, text: await readFile(join(downloads, name), 'utf8') };
        if (Date.now() > deadline) throw new Error(`no download in ${downloads} (${names.join(', ')})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    // Firefox was launched with extensions.webextOptionalPermissionPrompts off: every prompt is allowed.
    allowWhenAsked: async () => undefined,
    async reloadExtension() {
      // Installing the same add-on again is how Firefox applies an update to a temporary add-on.
      await browser.installExtension(extension);
    },
    async waitForTab(urlPrefix) {
      const target = await browser.waitForTarget((candidate) => candidate.url().startsWith(urlPrefix), { timeout: 20_000 });
      const page = await target.page();
      if (!page) throw new Error(`no page for ${target.url()}`);
      watch(page);
      return puppeteerPage(page);
    },
    async close() {
      // Firefox can take its time to quit under load; a test's teardown must not wait on it.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), 10_000); });
      const outcome = await Promise.race([browser.close().catch(() => undefined), late]);
      clearTimeout(timer);
      if (outcome === 'late') browser.process()?.kill('SIGKILL');
      await proxy.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}
