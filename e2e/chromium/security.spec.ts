// Issue 6, security in the browser: while PAT Pilot fills, guards and shows the page after
// Generate, it makes no request of its own, and the new token appears nowhere it keeps or shows
// data. Chromium, where DevTools names the initiator of every request.
import { expect, test } from '../harness/fixtures.ts';
import type { ChromiumSession } from '../harness/chromium.ts';
import { addPermission, clickGenerate } from '../harness/github-user.ts';
import { clickOverlayButton, fillAll, waitForOverlayText, waitForPanel } from '../harness/overlay.ts';
import { newTokenUrl } from '../harness/recipe-submission.ts';
import { overlayHost } from '../harness/test-page.ts';

interface StackTrace { readonly callFrames: readonly { readonly url: string }[] }
interface RequestWillBeSent { readonly request: { readonly url: string }; readonly initiator: { readonly url?: string; readonly stack?: StackTrace } }

/** Who called fetch or XHR (or the parser). Async parents only say what led up to it: GitHub's
 * widgets fetch in response to the events PAT Pilot's filling sends them, as they do for a person. */
const initiatorOf = (event: RequestWillBeSent): string => event.initiator.stack?.callFrames[0]?.url ?? event.initiator.url ?? '';

interface StorageArea { get(keys: null): Promise<Record<string, unknown>> }
interface ChromeStorage { readonly chrome: { readonly storage: Record<'local' | 'session' | 'sync', StorageArea> } }

const githubOrigins = new Set(['https://github.com', 'https://github.githubassets.com']);

test('no request of its own while filling, guarding and after Generate, and the token is nowhere in its data', async ({ session }) => {
  const { context, page, replica } = session as ChromiumSession;
  const tab = context.pages()[0]!;
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  const started: { url: string; initiator: string }[] = [];
  cdp.on('Network.requestWillBeSent', (event: RequestWillBeSent) => started.push({ url: event.request.url, initiator: initiatorOf(event) }));

  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await fillAll(page);
  await addPermission(page, 'Issues');
  await clickGenerate(page);
  await page.waitFor((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'), overlayHost);
  await clickOverlayButton(page, 'Fix them for me');
  await waitForOverlayText(page, '[data-testid="progress"]', /All fields filled/, 30_000);
  await clickGenerate(page);
  await waitForOverlayText(page, '[data-testid="panel"]', /Copy your token now/);

  // The token is really on the page, so the checks below could find it.
  const token = await page.evaluate(() => document.querySelector<HTMLInputElement>('#new-access-token')?.value ?? '', null);
  expect(token).toMatch(/^github_pat_/);
  expect(replica.createdTokens).toHaveLength(1);

  expect(started.length).toBeGreaterThan(10);
  const web = started.filter(({ url }) => /^https?:/.test(url));
  expect(web.filter(({ url }) => !githubOrigins.has(new URL(url).origin)).map(({ url }) => url)).toEqual([]);
  expect(started.filter(({ initiator }) => initiator.startsWith('chrome-extension://'))).toEqual([]);
  // The widgets did fetch while PAT Pilot filled (the searches), so the check above saw real traffic.
  expect(web.some(({ url }) => url.includes('/suggestions?'))).toBe(true);

  const [worker] = context.serviceWorkers();
  expect(worker).toBeDefined();
  const workerRequests = await worker!.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /^https?:/.test(name)));
  expect(workerRequests).toEqual([]);

  const stored = await worker!.evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeStorage).chrome;
    return JSON.stringify(await Promise.all([storage.local.get(null), storage.session.get(null), storage.sync.get(null)]));
  });
  expect(stored).toContain('alta3-enchilada');
  expect(stored).not.toContain('github_pat_');
  expect(stored).not.toContain(token.slice('github_pat_'.length, 'github_pat_'.length + 12));
  const overlay = await page.evaluate((host) => document.querySelector(host)?.shadowRoot?.innerHTML ?? '', overlayHost);
  expect(overlay).toContain('Copy your token now');
  expect(overlay).not.toContain('github_pat_');
});
