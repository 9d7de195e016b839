// What a spec gets: the replica it runs against and a browser with the built extension loaded.
import type { Replica } from '../replica/server.ts';
import type { TestPage } from './test-page.ts';

export type Engine = 'chromium' | 'firefox';

export interface BrowserSession {
  readonly engine: Engine;
  readonly replica: Replica;
  /** The first tab. */
  readonly page: TestPage;
  /** Opens one of the extension's pages (e.g. "src/popup/index.html") in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** A new, empty tab. */
  newTab(): Promise<TestPage>;
  /**
   * The person's answer to the browser's prompt for this origin pattern, given before the prompt
   * shows: Allow. permissions.request still needs the person's click in the extension's page.
   */
  allowWhenAsked(origin: string): Promise<void>;
  /** A tab the extension opened, once its URL starts with urlPrefix. */
  waitForTab(urlPrefix: string): Promise<TestPage>;
  /** What the browser saved when `trigger` (a click on a download link) ran: its file name and text. */
  download(trigger: () => Promise<void>): Promise<{ readonly name: string; readonly text: string }>;
  /** Reloads the extension as an update would, with its tabs left open. */
  reloadExtension(): Promise<void>;
  /** Errors the pages logged or threw, for tests that must see none. */
  readonly errors: string[];
  /**
   * Errors of the extension's own code, wherever it runs: uncaught errors, unhandled rejections and
   * console errors in the service worker or background page, its pages and its content scripts.
   * Every browser test fails on any (fixtures.ts).
   */
  readonly extensionErrors: string[];
  close(): Promise<void>;
}

/** How a browser is set up besides the replica it talks to. */
export interface BrowserSettings {
  /** The browser's UI language, e.g. "de" (its language pack must be installed: chromium-l10n, firefox-esr-l10n-de). */
  readonly language?: string;
  /** The unpacked extension to load instead of the built one. */
  readonly extension?: string;
}

/** The unpacked extension each engine loads. */
export const distFor = (engine: Engine): string =>
  new URL(`../../dist/${engine === 'chromium' ? 'chrome' : 'firefox'}`, import.meta.url).pathname;

/** Whether an error came from the extension: its URL, a stack through its files, or its own "PAT Pilot:" prefix. */
export const fromExtension = (...clues: (string | undefined)[]): boolean =>
  clues.some((clue) => clue !== undefined && (/(chrome|moz)-extension:\/\//.test(clue) || clue.startsWith('PAT Pilot:')));

/** Flags that keep Chromium quiet on a machine without network. */
export const quietChromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];
