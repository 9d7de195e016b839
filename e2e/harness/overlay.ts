// Reading and driving PAT Pilot's overlay from a spec, the way a person sees it.
import { click, overlayHost, type TestPage } from './test-page.ts';

/** Text of an element inside the overlay (host: another of PAT Pilot's hosts), or undefined when it is not shown. */
export function overlayText(page: TestPage, css: string, host = overlayHost): Promise<string | undefined> {
  return page.evaluate(
    ({ host, css }) => document.querySelector(host)?.shadowRoot?.querySelector(css)?.textContent?.replace(/\s+/g, ' ').trim(),
    { host, css },
  );
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
export function stepBadges(page: TestPage): Promise<Record<string, string>> {
  return page.evaluate((host) => {
    const steps = document.querySelector(host)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-step]') ?? [];
    return Object.fromEntries([...steps].map((step) => [step.dataset.step ?? '', step.querySelector('.badge')?.textContent ?? '']));
  }, overlayHost);
}

/** Texts of the overlay's role="alert" elements. */
export function overlayAlerts(page: TestPage): Promise<string[]> {
  return page.evaluate(
    (host) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((alert) => alert.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    overlayHost,
  );
}

export const overlayShown = (page: TestPage): Promise<boolean> =>
  page.evaluate((host) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector('[data-testid="panel"]')), overlayHost);

/** The guard's dialog ("This token does not match the recipe"), once it shows. */
export const waitForGuardDialog = (page: TestPage, timeoutMs?: number): Promise<void> =>
  page.waitFor((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'), overlayHost, timeoutMs);

export const guardDialogText = (page: TestPage): Promise<string | undefined> => overlayText(page, '[role="alertdialog"]');

/** Each thing the guard's dialog lists, as the person reads it. */
export function guardDialogItems(page: TestPage): Promise<string[]> {
  return page.evaluate(
    (host) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('[role="alertdialog"] li') ?? [])].map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    overlayHost,
  );
}

function waitForAlert(page: TestPage, pattern: RegExp, shown: boolean): Promise<void> {
  return page.waitFor(
    ({ host, source, shown }) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].some((alert) => new RegExp(source).test(alert.textContent ?? '')) === shown,
    { host: overlayHost, source: pattern.source, shown },
  );
}

/** Until one of the overlay's alerts matches. */
export const alertsMatching = (page: TestPage, pattern: RegExp): Promise<void> => waitForAlert(page, pattern, true);

/** Until none of the overlay's alerts matches. */
export const noAlertMatching = (page: TestPage, pattern: RegExp): Promise<void> => waitForAlert(page, pattern, false);
