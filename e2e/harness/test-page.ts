// One small adapter over Playwright (Chromium) and puppeteer-core (Firefox), so every spec runs
// unchanged in both browsers. Clicks and keys are real input events (trusted), as a person's are.
import { test } from '@playwright/test';

export interface ClickTarget {
  /** CSS selector, searched in GitHub's page or, with inOverlay, in PAT Pilot's shadow root. */
  readonly css: string;
  /** Keep only the element whose whitespace-normalised text equals (string) or matches (RegExp) this. */
  readonly text?: string | RegExp;
  /** Keep only the element whose accessible name (aria-labelledby, else aria-label) equals this, as a screen reader reads it. */
  readonly name?: string;
  readonly inOverlay?: boolean;
  /** The overlay's host element, when not the form's guide (e.g. "pat-pilot-audit"). */
  readonly host?: string;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs fn in every document this tab loads from now on, before the page's own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  /** Resolves once fn returns something truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Types text into whatever has focus, one key at a time. */
  type(text: string): Promise<void>;
  /** A key or a chord such as "Shift+Tab". */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export const overlayHost = 'pat-pilot-overlay';

/** How many of PAT Pilot's overlay hosts (of the form's guide, or another host tag) the page holds. */
export const hostCount = (page: TestPage, host = overlayHost): Promise<number> =>
  page.evaluate((tag) => document.querySelectorAll(tag).length, host);

/** Marks the overlay hosts the page holds now, so a test can tell a new overlay from the one it had. */
export const markHosts = (page: TestPage, host = overlayHost): Promise<void> =>
  page.evaluate((tag) => {
    for (const element of document.querySelectorAll(tag)) (element as unknown as { seenBefore: boolean }).seenBefore = true;
  }, host);

/** Until the page holds one overlay host, not one marked by markHosts, with its panel drawn. */
export const waitForNewHost = (page: TestPage, host = overlayHost, timeoutMs?: number): Promise<void> =>
  page.waitFor((tag) => {
    const hosts = [...document.querySelectorAll(tag)];
    return hosts.length === 1 && (hosts[0] as unknown as { seenBefore?: boolean }).seenBefore !== true
      && hosts[0]?.shadowRoot?.querySelector('[data-testid="panel"]');
  }, host, timeoutMs);

/** Marks the document, so a test can tell that what follows happened without a page load. */
export const markDocument = (page: TestPage): Promise<void> =>
  page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; }, null);

/** The document marked before: no page was loaded since. */
export const isMarkedDocument = (page: TestPage): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true, null);

/** Runs in the page: finds a target and returns the centre of its box after scrolling it into view. */
export function locateInPage(target: { css: string; text: string | null; pattern: string | null; name: string | null; inOverlay: boolean; host: string }): { x: number; y: number } | string {
  const root: ParentNode | null | undefined = target.inOverlay ? document.querySelector(target.host)?.shadowRoot : document;
  if (!root) return `no ${target.inOverlay ? 'overlay' : 'document'}`;
  const normalise = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const pattern = target.pattern === null ? null : new RegExp(target.pattern, 'i');
  const nameOf = (element: Element): string => {
    const ids = element.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
    return element.getAttribute('aria-label') ?? normalise(element);
  };
  const candidates = [...root.querySelectorAll(target.css)].filter((element) => {
    if (element.getClientRects().length === 0) return false;
    if (target.name !== null && nameOf(element) !== target.name) return false;
    if (target.text !== null) return normalise(element) === target.text;
    return pattern === null || pattern.test(normalise(element));
  });
  const element = candidates[0];
  if (!element) return `nothing matches ${target.css}${target.text ?? ''}${target.pattern ?? ''}`;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = element.getBoundingClientRect();
  const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  // As a person would, click only what is visible there: not something (an overlay) on top of it.
  let hit = document.elementFromPoint(point.x, point.y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(point.x, point.y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit || !(element === hit || element.contains(hit))) return `${target.css} is covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`;
  return point;
}

/** Clicks a target with the mouse, waiting for it to appear first. */
export async function click(page: TestPage, target: ClickTarget, timeoutMs = 10_000): Promise<void> {
  const arg = {
    css: target.css,
    text: typeof target.text === 'string' ? target.text : null,
    pattern: target.text instanceof RegExp ? target.text.source : null,
    name: target.name ?? null,
    inOverlay: target.inOverlay ?? false,
    host: target.host ?? overlayHost,
  };
  const deadline = Date.now() + timeoutMs;
  let previous: { x: number; y: number } | undefined;
  for (;;) {
    const found = await page.evaluate(locateInPage, arg);
    // Click only once the target stands still (a smooth scroll or an opening menu has settled).
    // Within a pixel: Firefox centres an element in a scrolled list one pixel apart on each call.
    if (typeof found !== 'string' && previous && Math.abs(found.x - previous.x) <= 1 && Math.abs(found.y - previous.y) <= 1) return page.mouseClick(found.x, found.y);
    if (Date.now() > deadline) throw new Error(`click: ${typeof found === 'string' ? found : 'the target kept moving'}`);
    previous = typeof found === 'string' ? undefined : found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * What a person looks for after an action: `shows` is true in the page once the action's own
 * effect is there; `seen` says in words what the page shows instead, for the failure.
 */
export interface Effect<A> {
  readonly shows: (arg: A) => unknown;
  readonly seen: (arg: A) => string;
  readonly arg: A;
}

/** Looks at the page until the effect shows; false if it never did. */
const sees = <A>(page: TestPage, effect: Effect<A>): Promise<boolean> =>
  page.waitFor(effect.shows, effect.arg).then(() => true, () => false);

/**
 * One action of the person, watched until its own effect shows. An action seen to have done
 * nothing is done once more (`again`, by default the same action; null: not repeatable, e.g. keys
 * that would type twice), as a person would; then the test fails naming the step and what showed.
 */
export async function act<A>(page: TestPage, step: string, action: () => Promise<void>, effect: Effect<A>, again: (() => Promise<void>) | null = action): Promise<void> {
  await action();
  if (await sees(page, effect)) return;
  const first = await page.evaluate(effect.seen, effect.arg);
  if (again === null) throw new Error(`${step}: did not land; the page shows ${first}`);
  // Not silent: the report says the person had to do it twice.
  test.info().annotations.push({ type: 'the person acted again', description: `${step}: the page showed ${first}` });
  await again().catch((error: unknown) => {
    throw new Error(`${step}: did not land, and doing it again failed; the page showed ${first}`, { cause: error });
  });
  if (await sees(page, effect)) return;
  throw new Error(`${step}: did not land, twice; the page shows ${await page.evaluate(effect.seen, effect.arg)} (the first time: ${first})`);
}

/**
 * Clicks a field, sees the caret in it, types, and sees the text in it. A field that lost the
 * text (replaced by a re-render, or the keys went elsewhere) gets it typed again once.
 */
export async function typeInto(page: TestPage, target: ClickTarget, text: string): Promise<void> {
  const where = { css: target.css, host: target.inOverlay ? (target.host ?? overlayHost) : null, text };
  const focused: Effect<typeof where> = {
    shows: ({ css, host }) => {
      const root = host === null ? document : document.querySelector(host)?.shadowRoot;
      const active = root?.activeElement;
      return active instanceof Element && active.matches(css);
    },
    seen: ({ host }) => {
      const root = host === null ? document : document.querySelector(host)?.shadowRoot;
      return `the focus on ${root?.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'}`;
    },
    arg: where,
  };
  const typed: Effect<typeof where> = {
    shows: ({ css, host, text }) => {
      const root = host === null ? document : document.querySelector(host)?.shadowRoot;
      return [...(root?.querySelectorAll<HTMLInputElement>(css) ?? [])].some((field) => field.value.includes(text));
    },
    seen: ({ css, host }) => {
      const root = host === null ? document : document.querySelector(host)?.shadowRoot;
      const values = [...(root?.querySelectorAll<HTMLInputElement>(css) ?? [])].map((field) => JSON.stringify(field.value));
      return values.length === 0 ? `no ${css}` : `${css} holding ${values.join(', ')}`;
    },
    arg: where,
  };
  const clickField = async (): Promise<void> => act(page, `click ${target.css}`, () => click(page, target), focused);
  await clickField();
  await act(page, `type "${text}" into ${target.css}`, () => page.type(text), typed, async () => {
    await clickField();
    await page.type(text);
  });
}
