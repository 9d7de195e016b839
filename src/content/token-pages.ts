// The pages around a token after it exists (issue #12): the token list, a token's page, its
// regenerate page, and an organization owner's pending requests. Each reads its page once it has
// loaded, decides with the pure audit, and shows a panel of ours; nothing on GitHub's page is
// clicked, changed or submitted. Everything (waits, the panel, its theme watch) ends with the visit.
import { pageColorMode, watchColorMode } from '../github/color-mode.ts';
import { find, waitFor } from '../github/dom.ts';
import { isRegenerateUrl, isRequestListUrl, isRequestPageUrl, isTokenListUrl, isTokenPageUrl } from '../github/pages.ts';
import { selectors } from '../github/selectors.ts';
import { readRequestList, type RequestListReading } from '../github/token-pages/request-list.ts';
import { readRequestPage } from '../github/token-pages/request-page.ts';
import { readStatement } from '../github/token-pages/statement.ts';
import { readTokenList } from '../github/token-pages/token-list.ts';
import { auditPartTitles, auditToken, unreadParts } from '../guide/audit.ts';
import { expiryStatus, fittingRecipe, statedName } from '../guide/renewal.ts';
import type { TokenStatement } from '../model/token-statement.ts';
import type { Recipe } from '../recipe/schema.ts';
import { mountAuditOverlay } from '../overlay/audit-app.tsx';
import type { AuditView, ListedToken, RequestListView, TokenAuditView } from '../overlay/audit-view.ts';
import type { ContentScriptContext } from './context.ts';
import type { Extension } from './extension.ts';
import { preparePageReport } from './page-report.ts';
import { noticeWhenInvalidated } from './reloaded-notice.ts';

export interface AuditPageDeps {
  readonly extension: Extension;
  /** The clock the expiry words count from. */
  readonly now: () => Date;
}

/** GitHub may still be rendering the page when the script starts, or after an in-page visit. */
const loadWaitMs = 10_000;
/** A statement still incomplete after this long is read as it is: its missing parts are named. */
const completeWaitMs = 3000;

/** The panel goes when the person closes it or the visit ends, and gives way to a notice if the extension goes. */
function show(document: Document, visit: ContentScriptContext, view: AuditView, deps: AuditPageDeps): void {
  const overlay = mountAuditOverlay(document, () => preparePageReport(document, deps.now()));
  const shown = visit.child();
  shown.signal.addEventListener('abort', () => overlay.remove(), { once: true });
  noticeWhenInvalidated(visit, document);
  const actions = {
    close: () => shown.abort(),
    // Nothing else of ours runs on these pages: the button is where an extension gone is noticed.
    createNext: (recipeId: string) => shown.run(() => void deps.extension.createToken(recipeId)),
  };
  const draw = (): void => overlay.update(view, actions, pageColorMode(document));
  watchColorMode(document, shown.signal, draw);
  draw();
}

const waitForPage = <T>(signal: AbortSignal, read: () => T | undefined | false, what: string, timeoutMs = loadWaitMs): Promise<T | undefined> =>
  waitFor(read, { signal, timeoutMs, what }).catch((error: unknown) => {
    if (signal.aborted) throw error;
    return undefined;
  });

/** The page's statement once every audited part reads (the page may render it late), or as it stands after a while. */
async function settledStatement<T extends { readonly statement: TokenStatement }>(document: Document, signal: AbortSignal, recipes: readonly Recipe[], read: () => T, what: string): Promise<T> {
  await waitForPage(signal, () => headingShown(document), what);
  const complete = await waitForPage(signal, () => {
    const reading = read();
    return unreadParts({ ...reading.statement, name: statedName(reading.statement, recipes) }).length === 0 && reading;
  }, what, completeWaitMs);
  return complete ?? read();
}

const headingShown = (document: Document): boolean => find(document, selectors.pageHeading) !== undefined;

const recipesOf = async (deps: AuditPageDeps): Promise<readonly Recipe[]> => (await deps.extension.knownRecipes()).recipes;

export async function runTokenListPage(document: Document, visit: ContentScriptContext, deps: AuditPageDeps): Promise<void> {
  const rows = await waitForPage(visit.signal, () => { const found = readTokenList(document); return found.length > 0 && found; }, 'the token list');
  if (!rows) return;
  const recipes = await recipesOf(deps);
  const tokens = rows.flatMap((row): ListedToken[] => {
    const fit = row.name === undefined ? undefined : fittingRecipe(row.name, recipes);
    if (!fit || row.name === undefined) return [];
    const status = row.expiresOn === undefined ? undefined : expiryStatus(row.expiresOn, deps.now());
    return [{ name: row.name, recipeLabel: fit.recipe.label, recipeId: fit.recipe.id, expiry: status?.words, renewalDue: status?.renewalDue ?? false }];
  });
  if (tokens.length > 0) show(document, visit, { kind: 'token-list', tokens }, deps);
}

/** The verdict on a token's or request's statement as read, its name the labelled one or a title a recipe's name fits. */
export function auditView(subject: TokenAuditView['subject'], reading: TokenStatement, creator: string | undefined, recipes: readonly Recipe[], now: Date): TokenAuditView {
  const statement = { ...reading, name: statedName(reading, recipes) };
  const fit = statement.name === undefined ? undefined : fittingRecipe(statement.name, recipes);
  if (!fit) return { kind: 'token-audit', subject, tokenName: statement.name, verdict: undefined, renewal: undefined };
  const audit = auditToken(fit.recipe, statement, { namedOn: fit.date, creator, now, request: subject === 'request' });
  const status = statement.expiresOn === undefined ? undefined : expiryStatus(statement.expiresOn, now);
  return {
    kind: 'token-audit',
    subject,
    tokenName: statement.name,
    verdict: { recipeLabel: fit.recipe.label, findings: audit.findings, unread: audit.unread.map((part) => auditPartTitles[part]), matches: audit.matches },
    renewal: subject === 'token' && status?.renewalDue ? { recipeId: fit.recipe.id, expiry: status.words } : undefined,
  };
}

export async function runTokenPage(document: Document, visit: ContentScriptContext, deps: AuditPageDeps): Promise<void> {
  const recipes = await recipesOf(deps);
  const { statement } = await settledStatement(document, visit.signal, recipes, () => ({ statement: readStatement(document) }), 'the token page');
  const signedIn = find<HTMLMetaElement>(document, selectors.signedInUser)?.content;
  show(document, visit, auditView('token', statement, signedIn, recipes, deps.now()), deps);
}

export async function runRequestPage(document: Document, visit: ContentScriptContext, deps: AuditPageDeps): Promise<void> {
  const recipes = await recipesOf(deps);
  const reading = await settledStatement(document, visit.signal, recipes, () => readRequestPage(document), 'the request');
  show(document, visit, auditView('request', reading.statement, reading.requester, recipes, deps.now()), deps);
}

/** Each request named like a recipe, the rows whose name could not be read, or that the rows could not be found at all. */
export function requestListView(reading: RequestListReading, recipes: readonly Recipe[]): RequestListView {
  const requests = reading.rows.flatMap((row) => {
    const name = statedName(row, recipes);
    return name === undefined ? [] : [{ name, requester: row.requester, recipeLabel: fittingRecipe(name, recipes)?.recipe.label }];
  });
  return { kind: 'request-list', requests, unreadRows: reading.rows.length - requests.length, rowsFound: reading.rows.length > 0 };
}

export async function runRequestList(document: Document, visit: ContentScriptContext, deps: AuditPageDeps): Promise<void> {
  const listShown = (reading: RequestListReading): RequestListReading | false => (reading.rows.length > 0 || reading.empty) && reading;
  await waitForPage(visit.signal, () => listShown(readRequestList(document)) || headingShown(document), 'the requests');
  // Rows not found once the page is there: the panel says so, rather than nothing.
  const reading = (await waitForPage(visit.signal, () => listShown(readRequestList(document)), 'the requests', completeWaitMs)) || readRequestList(document);
  if (reading.empty) return;
  show(document, visit, requestListView(reading, await recipesOf(deps)), deps);
}

export async function runRegeneratePage(document: Document, visit: ContentScriptContext, deps: AuditPageDeps): Promise<void> {
  await waitForPage(visit.signal, () => headingShown(document), 'the regenerate page');
  show(document, visit, { kind: 'regenerate' }, deps);
}

type Runner = (document: Document, visit: ContentScriptContext, deps: AuditPageDeps) => Promise<void>;

const runners: readonly (readonly [(url: string, origin: string) => boolean, Runner])[] = [
  [isTokenListUrl, runTokenListPage],
  [isTokenPageUrl, runTokenPage],
  [isRegenerateUrl, runRegeneratePage],
  [isRequestListUrl, runRequestList],
  [isRequestPageUrl, runRequestPage],
];

/** Runs the page's part of the audit for this visit, or nothing on any other page; `origin` is the GitHub the script runs on. */
export async function runAuditPage(visit: ContentScriptContext, url: string, origin: string, document: Document, extension: Extension): Promise<void> {
  const run = runners.find(([matches]) => matches(url, origin))?.[1];
  if (run) await run(document, visit, { extension, now: () => new Date() });
}
