// Reading and driving PAT Pilot's overlay from a spec, the way a person sees it.
import { expect } from '@playwright/test';
import { click, hostCount, overlayHost, type TestPage } from './test-page.ts';

type Reading = { readonly kind: 'text'; readonly css: string } | { readonly kind: 'texts'; readonly css: string } | { readonly kind: 'badges' };

/** Runs in the page: one reading of the overlay, or what is missing of it (its host, its panel). */
function readInPage({ host, reading }: { host: string; reading: Reading }): { missing: string } | { value: unknown } {
  const root = document.querySelector(host)?.shadowRoot;
  if (!root) return { missing: `no <${host}>` };
  if (!root.querySelector('[data-testid="panel"]')) return { missing: `<${host}> holds no panel` };
  const text = (element: Element | null | undefined): string | undefined => element?.textContent?.replace(/\s+/g, ' ').trim();
  if (reading.kind === 'text') return { value: text(root.querySelector(reading.css)) };
  if (reading.kind === 'texts') return { value: [...root.querySelectorAll(reading.css)].map((element) => text(element) ?? '') };
  return { value: Object.fromEntries([...root.querySelectorAll<HTMLElement>('[data-step]')].map((step) => [step.dataset.step ?? '', step.querySelector('.badge')?.textContent ?? ''])) };
}

/**
 * Reads the overlay; fails when it is gone (no host, no panel), so that "no alert" or "no such
 * text" is never the answer of an overlay that vanished. For "no overlay", expectNoOverlay.
 */
async function readOverlay<R>(page: TestPage, reading: Reading, host = overlayHost): Promise<R> {
  const read = await page.evaluate(readInPage, { host, reading });
  if ('missing' in read) throw new Error(`PAT Pilot's overlay is gone (${read.missing}) on ${page.url()}`);
  return read.value as R;
}

/** Text of an element inside the overlay (host: another of PAT Pilot's hosts), or undefined when the overlay shows no such element. */
export const overlayText = (page: TestPage, css: string, host = overlayHost): Promise<string | undefined> =>
  readOverlay(page, { kind: 'text', css }, host);

/** No overlay of PAT Pilot's (of the guide, or another host) on the page, with or without a panel. */
export async function expectNoOverlay(page: TestPage, host = overlayHost): Promise<void> {
  expect(await hostCount(page, host), `no <${host}> on ${page.url()}`).toBe(0);
}

export async function waitForOverlayText(page: TestPage, css: string, pattern: RegExp, timeoutMs = 10_000, host = overlayHost): Promise<void> {
  await page.waitFor(
    ({ host, css, source }) => {
      const text = document.querySelector(host)?.shadowRoot?.querySelector(css)?.textContent ?? '';
      return new RegExp(source, 'i').test(text.replace(/\s+/g, ' '));
    },
    { host, css, source: pattern.source },
    timeoutMs,
  );
}

export const waitForPanel = (page: TestPage, timeoutMs?: number): Promise<void> =>
  waitForOverlayText(page, '[data-testid="panel"]', /PAT Pilot/, timeoutMs);

export const clickOverlayButton = (page: TestPage, name: string | RegExp): Promise<void> =>
  click(page, { css: 'button', text: name, inOverlay: true });

/** Clicks "Fill all fields" and waits until the fill has finished. */
export async function fillAll(page: TestPage, timeoutMs = 60_000): Promise<void> {
  await clickOverlayButton(page, 'Fill all fields');
  await waitForOverlayText(page, '[data-testid="progress"]', /All fields filled|needs? you/, timeoutMs);
}

/** The badge of each step as the panel shows it, e.g. { name: 'Done', owner: 'To do' }. */
export const stepBadges = (page: TestPage): Promise<Record<string, string>> => readOverlay(page, { kind: 'badges' });

/** Texts of the overlay's role="alert" elements. */
export const overlayAlerts = (page: TestPage): Promise<string[]> => readOverlay(page, { kind: 'texts', css: '[role="alert"]' });

/** The guard's dialog ("This token does not match the recipe"), once it shows. */
export const waitForGuardDialog = (page: TestPage, timeoutMs?: number): Promise<void> =>
  page.waitFor((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'), overlayHost, timeoutMs);

export const guardDialogText = (page: TestPage): Promise<string | undefined> => overlayText(page, '[role="alertdialog"]');

/** Each thing the guard's dialog lists, as the person reads it. */
export const guardDialogItems = (page: TestPage): Promise<string[]> => readOverlay(page, { kind: 'texts', css: '[role="alertdialog"] li' });

function waitForAlert(page: TestPage, pattern: RegExp, shown: boolean): Promise<void> {
  return page.waitFor(
    ({ host, source, shown }) => {
      // An overlay that is gone shows no alert either: that is never the answer.
      const root = document.querySelector(host)?.shadowRoot;
      return root?.querySelector('[data-testid="panel"]')
        && [...root.querySelectorAll('[role="alert"]')].some((alert) => new RegExp(source).test(alert.textContent ?? '')) === shown;
    },
    { host: overlayHost, source: pattern.source, shown },
  ).catch(async (error: unknown) => {
    throw new Error(`waited for ${shown ? 'an alert' : 'no alert'} matching ${pattern} in PAT Pilot's overlay; the page holds ${await hostCount(page)} overlay host(s)`, { cause: error });
  });
}

/** Until one of the overlay's alerts matches. */
export const alertsMatching = (page: TestPage, pattern: RegExp): Promise<void> => waitForAlert(page, pattern, true);

/** Until none of the overlay's alerts matches. */
export const noAlertMatching = (page: TestPage, pattern: RegExp): Promise<void> => waitForAlert(page, pattern, false);

/**
 * From now on, counts in each page the starts of PAT Pilot's router ("pat-pilot:started"), which
 * decides synchronously whether the page is one of PAT Pilot's: once the count is up, it has decided.
 */
export const countRouterStarts = (page: TestPage): Promise<void> =>
  page.addInitScript(() => {
    const counted = window as unknown as { patPilotStarts?: number };
    counted.patPilotStarts = 0;
    document.addEventListener('pat-pilot:started', () => {
      counted.patPilotStarts = (counted.patPilotStarts ?? 0) + 1;
    });
  });

/** Waits until PAT Pilot's router has started in this document and decided what the page is. */
export const routerDecided = (page: TestPage): Promise<void> =>
  page.waitFor(() => ((window as unknown as { patPilotStarts?: number }).patPilotStarts ?? 0) > 0, null);

/** How often the router started in this document so far; undefined if nobody counted here. */
export const routerStarts = (page: TestPage): Promise<number | undefined> =>
  page.evaluate(() => (window as unknown as { patPilotStarts?: number }).patPilotStarts, null);

/**
 * Proves PAT Pilot's router did not start in `page` (counted by countRouterStarts) without
 * waiting a fixed time: once `page` has loaded, a github.com page is loaded in another tab until
 * its router has started. A content script runs at document_idle, at the latest right after the
 * load event, so a router registered for `page` would have started there by then as well.
 */
export async function expectNoRouter(session: { newTab(): Promise<TestPage> }, page: TestPage): Promise<void> {
  await page.waitFor(() => document.readyState === 'complete', null);
  const control = await session.newTab();
  await countRouterStarts(control);
  await control.goto('https://github.com/settings/profile');
  await routerDecided(control);
  await control.close();
  expect(await routerStarts(page), `PAT Pilot's router starts on ${page.url()}`).toBe(0);
}
