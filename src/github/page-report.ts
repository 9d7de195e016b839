// A page report (issue 21 §3): a sanitized copy of one of GitHub's pages, with which alternative of
// each selector registry entry matched on it and what each reader read, for the maintainers'
// conformance suite (e2e/chromium/conformance.spec.ts). The extension saves one when a person asks;
// `npm run capture` saves the same copy (through e2e/conformance's bundle of this file).
// The page is cloned and the clone is sanitized: GitHub's nodes are never moved or changed. The new
// token's row is emptied in the clone without ever reading it, and its fields' values are never read.
import { closestMatch, findMatch } from './dom.ts';
import { RepositoryDirectory } from './repository-directory.ts';
import { selectors, type Alternatives } from './selectors.ts';
import { statesShown } from './page-states.ts';
import { readSnapshot } from './snapshot.ts';
import { readRequestList } from './token-pages/request-list.ts';
import { readRequestPage } from './token-pages/request-page.ts';
import { readTokenList } from './token-pages/token-list.ts';

/** What the page reading makes of a page: per registry entry the index of the alternative that matched (null: none), and each reader's output. */
export interface PageReading {
  readonly matches: Readonly<Record<string, number | null>>;
  readonly readers: {
    readonly tokenList: Read<ReturnType<typeof readTokenList>>;
    readonly requestList: Read<ReturnType<typeof readRequestList>>;
    readonly requestPage: Read<ReturnType<typeof readRequestPage>>;
    readonly form: Read<ReturnType<typeof readSnapshot>>;
  };
}

/** A reader's output as JSON holds it, or why it failed (a reader of another page may throw). */
export type Read<T> = T | { readonly error: string };

export interface PageReport {
  readonly format: 1;
  /** The capture states the page shows (src/github/page-states.ts): the file is named by the first. */
  readonly states: readonly string[];
  /** Where the page was, the logins in it replaced like the page's. */
  readonly path: string;
  readonly reading: PageReading;
}

/** The report's place in the saved file: a template's content is inert and matched by no selector. */
const reportElementId = 'pat-pilot-page-report';

const attempt = <T>(read: () => T): Read<T> => {
  try {
    return read();
  } catch (error) {
    return { error: String(error) };
  }
};

export function readPage(document: Document): PageReading {
  const registry: Record<string, Alternatives> = selectors;
  const matches = Object.fromEntries(Object.entries(registry).map(([entry, alternatives]) => {
    const match = findMatch(document, alternatives);
    return [entry, match ? alternatives.indexOf(match.alternative) : null];
  }));
  // A JSON round trip: what the file holds is what the suite compares with.
  return JSON.parse(JSON.stringify({
    matches,
    readers: {
      tokenList: attempt(() => readTokenList(document)),
      requestList: attempt(() => readRequestList(document)),
      requestPage: attempt(() => readRequestPage(document)),
      form: attempt(() => readSnapshot(document, new RepositoryDirectory())),
    },
  })) as PageReading;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces what names a person in any text of the report: e-mail addresses, the signed-in login, other people's logins. */
function scrubber(document: Document): (text: string) => string {
  const login = findMatch<HTMLMetaElement>(document, selectors.signedInUser)?.element.content ?? '';
  // Other people: user links, and the members asking for a token (read as the readers read them).
  const others = new Set([
    ...[...document.querySelectorAll('a[data-hovercard-type="user"]')].map((link) => (link.textContent ?? '').trim().replace(/^@/, '')),
    ...readRequestList(document).rows.map((row) => row.requester),
    readRequestPage(document).requester,
  ].filter((other): other is string => other !== undefined && other !== '' && other !== login));
  // Each person their own stand-in, so that what the readers tell apart stays apart.
  const names: [string, string][] = [...(login ? [[login, 'signed-in-user'] as [string, string]] : []), ...[...others].map((other, index): [string, string] => [other, `a-member-${index + 1}`])];
  return (text) => names.reduce(
    (scrubbed, [name, replacement]) => scrubbed.replace(new RegExp(`(?<![\\w-])${escaped(name)}(?![\\w-])`, 'gi'), replacement),
    text.replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, 'person@example.com'),
  );
}

/**
 * The page as HTML with nothing personal in it: no scripts, the new token's row emptied, no CSRF
 * values or session metadata, logins replaced, no e-mails, avatars or tracking attributes. What
 * the selectors look at (ids, names, roles, aria, classes, structure) is kept. With a report, it
 * is kept in the file, scrubbed alike.
 */
export function sanitizedPage(document: Document, report?: PageReport): string {
  const scrub = scrubber(document);
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  // The live values (typed text) are properties, not attributes: write down the form's, never the token row's.
  const live = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
  copy.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea').forEach((field, index) => {
    const original = live[index];
    if (!original || closestMatch(original, selectors.newTokenRow)) return;
    const value = original.type !== 'password' ? original.value : '';
    if (field instanceof HTMLTextAreaElement) field.textContent = value;
    else field.setAttribute('value', value);
    if ('checked' in original && original.checked) field.setAttribute('checked', '');
  });
  // The token is only ever in its row: the row stays (the suite looks for it), its content goes unread.
  for (const alternative of selectors.newTokenRow) copy.querySelectorAll(alternative.css).forEach((row) => row.replaceChildren('[removed by PAT Pilot]'));
  copy.querySelectorAll('script, noscript, iframe, link[rel="preload"], link[rel="modulepreload"]').forEach((element) => element.remove());
  copy.querySelectorAll('input[name="authenticity_token"], input[name="timestamp_secret"], input[name="timestamp"]').forEach((field) => field.setAttribute('value', 'REDACTED'));
  copy.querySelectorAll('[csrf]').forEach((element) => element.setAttribute('csrf', 'REDACTED'));
  copy.querySelectorAll('meta').forEach((meta) => {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
    // user-login stays (PAT Pilot reads it); its value is replaced with every other mention of the login.
    if (name === 'user-login') return;
    if (/csrf|user|octolytics|analytics|visitor|request-id|html-safe-nonce|hostname|expected-hostname|release|session/i.test(name)) meta.remove();
  });
  copy.querySelectorAll('img').forEach((image) => image.setAttribute('src', 'data:,'));
  // A user link's text is replaced with the rest of the page's mentions of that person.
  copy.querySelectorAll('a[data-hovercard-type="user"]').forEach((link) => link.setAttribute('href', '/a-member'));
  copy.querySelectorAll('*').forEach((element) => {
    for (const attribute of [...element.attributes]) {
      if (/^data-(hovercard|octo|analytics|ga-|user-id|hydro)|^nonce$|^integrity$/.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  });
  if (report) {
    const kept = document.createElement('template');
    kept.id = reportElementId;
    kept.content.append(JSON.stringify(report, null, 1));
    copy.querySelector('head')?.append(kept);
  }
  return scrub(`<!DOCTYPE html>\n${copy.outerHTML}`);
}

/** The report on the window's page and the file that holds it. */
export function pageReport(document: Document): { readonly report: PageReport; readonly html: string } {
  const scrub = scrubber(document);
  const report: PageReport = JSON.parse(scrub(JSON.stringify({ format: 1, states: statesShown(), path: location.pathname, reading: readPage(document) }))) as PageReport;
  return { report, html: sanitizedPage(document, report) };
}

/** The report a saved file holds, if it is a page report. */
export function savedReport(document: Document): PageReport | undefined {
  const kept = document.getElementById(reportElementId);
  return kept instanceof HTMLTemplateElement ? JSON.parse(kept.content.textContent ?? '') as PageReport : undefined;
}
