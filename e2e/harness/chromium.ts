// Chromium through Playwright: a persistent profile with dist/chrome loaded (or none, for a
// machine policy to install one), GitHub served by the replica at the real https URLs through
// the test proxy Firefox uses too.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createReplica } from '../replica/server.ts';
import type { ReplicaOptions } from '../replica/config.ts';
import { chromiumUnderPolicy } from './chromium-policy.ts';
import { startGithubProxy } from './github-proxy.ts';
import { distFor, fromExtension, quietChromiumFlags, type BrowserSession, type BrowserSettings } from './session.ts';
import type { TestPage } from './test-page.ts';

// Playwright's types unwrap handles in arguments; ours are plain data, so the casts are sound.
export function playwrightPage(page: Page): TestPage {
  return {
    goto: async (url) => { await page.goto(url); },
    reload: async () => { await page.reload(); },
    url: () => page.url(),
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate<R, A>(fn as never, arg),
    addInitScript: async (fn) => { await page.addInitScript(fn); },
    waitFor: async <A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 10_000) => {
      await page.waitForFunction<unknown, A>(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => { await page.screenshot({ path }); },
    close: () => page.close(),
  };
}

export interface ChromiumSession extends BrowserSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
}

interface LaunchOptions extends BrowserSettings {
  readonly headless?: boolean;
  /** Machine policy for this browser alone (see chromium-policy.ts). */
  readonly policy?: object;
  /** False: no extension on the command line; the policy installs it. */
  readonly loadUnpacked?: boolean;
  /** How long the extension may take to start (a policy install first fetches it). */
  readonly extensionTimeoutMs?: number;
  /** A profile to launch with and keep after close (a browser restart); by default a new one, removed on close. */
  readonly profile?: string;
}

export async function launchChromium(
  options: ReplicaOptions = {}, { headless = true, policy, loadUnpacked = true, extensionTimeoutMs, language, extension, profile: keptProfile }: LaunchOptions = {},
): Promise<ChromiumSession> {
  const profile = keptProfile ?? await mkdtemp(join(tmpdir(), 'pat-pilot-chromium-'));
  const dist = extension ?? distFor('chromium');
  const underPolicy = policy ? await chromiumUnderPolicy(policy) : undefined;
  const extensionArgs = loadUnpacked ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [];
  const replica = createReplica(options);
  // Every request goes through the proxy Firefox uses too: Playwright's routing misses some
  // navigations that the extension starts (microsoft/playwright#21061), so one path serves both.
  const proxy = await startGithubProxy(replica);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: underPolicy?.executablePath ?? '/usr/bin/chromium',
    // An extension installed by policy needs extensions enabled and the extension updater, which
    // is "background networking" (it only asks the policy's local update URL).
    ...(loadUnpacked ? {} : { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] }),
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    // On Linux, Chromium takes its UI language from the environment; --lang alone is not enough.
    ...(language ? { env: { ...process.env, LANGUAGE: language } } : {}),
    // The unsafe-extension-debugging flag opens CDP's Extensions domain, for reloadExtension().
    args: [
      ...extensionArgs, '--enable-unsafe-extension-debugging',
      `--proxy-server=http://127.0.0.1:${proxy.port}`, '--ignore-certificate-errors',
      ...quietChromiumFlags.filter((flag) => loadUnpacked || flag !== '--disable-background-networking'),
      ...(language ? [`--lang=${language}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: extensionTimeoutMs }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const extensionErrors: string[] = [];
  const watch = (page: Page): void => {
    page.on('pageerror', (error) => {
      const line = `${page.url()}: ${error.message}`;
      errors.push(line);
      if (fromExtension(page.url(), error.stack)) extensionErrors.push(`${line}\n${error.stack ?? ''}`);
    });
  };
  // The context's console has every page's and the service worker's messages.
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const page = message.page();
    const where = page?.url() ?? message.worker()?.url() ?? '';
    const line = `${where}: ${message.text()}`;
    if (page) errors.push(line);
    if (!page || fromExtension(where, message.location().url, message.text())) extensionErrors.push(line);
  });
  // A service worker's uncaught errors reach no Playwright event: each worker logs its own.
  const watchWorker = (serviceWorker: Worker): void => {
    serviceWorker.evaluate(() => {
      addEventListener('error', (event) => console.error(`uncaught: ${String(event.message)}`));
      addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${String(event.reason)}`));
    }).catch(() => undefined); // a worker that stopped meanwhile has nothing more to report
  };
  context.on('serviceworker', watchWorker);
  watchWorker(worker);
  context.on('page', watch);
  const first = context.pages()[0] ?? (await context.newPage());
  watch(first);
  return {
    engine: 'chromium',
    replica,
    context,
    extensionId,
    page: playwrightPage(first),
    errors,
    extensionErrors,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return playwrightPage(page);
    },
    newTab: async () => playwrightPage(await context.newPage()),
    async download(trigger) {
      // Downloads are the first tab's in every spec that saves one.
      const [saved] = await Promise.all([first.waitForEvent('download'), trigger()]);
      return { name: saved.suggestedFilename(), text: await readFile(await saved.path(), 'utf8') };
    },
    async allowWhenAsked(origin) {
      // Chromium's permission prompt is a browser dialog Playwright cannot click, and no switch
      // or policy answers it (ExtensionSettings' runtime_allowed_hosts only exempts hosts from
      // runtime_blocked_hosts). chrome://extensions' own API for a person's site access
      // (developerPrivate.addHostPermission) records their consent to the host without granting
      // it: the extension still has no access there (permissions.contains is false) until its
      // permissions.request, which then resolves true without a dialog (tried on Chromium 156).
      const page = await context.newPage();
      await page.goto(`chrome://extensions/?id=${extensionId}`);
      await page.evaluate(async ({ id, pattern }) => {
        const developer = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate;
        await developer.addHostPermission(id, pattern);
      }, { id: extensionId, pattern: origin });
      await page.close();
    },
    async reloadExtension() {
      // Loading the same folder again is an update in place: same id, open tabs left as they are.
      // (chrome.runtime.reload() from the worker leaves a command-line extension unloaded here.)
      const browser = context.browser();
      if (!browser) throw new Error('no browser to reload the extension in');
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: dist } as never);
      await cdp.detach();
    },
    async waitForTab(urlPrefix) {
      // The service worker may have to start first on a busy machine.
      const deadline = Date.now() + 20_000;
      for (;;) {
        const page = context.pages().find((candidate) => candidate.url().startsWith(urlPrefix));
        if (page) return playwrightPage(page);
        if (Date.now() > deadline) throw new Error(`no tab opened at ${urlPrefix} (open: ${context.pages().map((candidate) => candidate.url()).join(', ')})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await context.close();
      await proxy.close();
      await underPolicy?.close();
      if (!keptProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
