// Bundled into a page (a saved capture of github.com, a person's page report, or the replica) to see
// which alternative of each selector matches there, and what the page reading makes of it; and into
// `npm run capture`'s pages to sanitize them as the extension's page report does.
import { pageReport, readPage, savedReport, type PageReading, type PageReport } from '../../src/github/page-report.ts';
import { readRequestList } from '../../src/github/token-pages/request-list.ts';
import { readRequestPage } from '../../src/github/token-pages/request-page.ts';
import { readTokenList } from '../../src/github/token-pages/token-list.ts';

export interface ProbeReport {
  /**
   * Per registry entry: the index of the alternative that matched, or null. Per part the pages
   * around a token state ("read: …"): 0 when the readers read it, null when not.
   */
  readonly matches: Record<string, number | null>;
  /** The readers' output here, and the one a page report recorded in the person's browser (if this is one). */
  readonly reading: PageReading;
  readonly recorded: PageReport | undefined;
}

/** What the readers of the pages around a token (issue #12) could read here. */
function readings(): Record<string, boolean> {
  const rows = readTokenList(document);
  const requests = readRequestList(document).rows;
  const { statement, requester } = readRequestPage(document);
  return {
    'read: token row': rows.some((row) => row.name !== undefined && row.id !== undefined),
    'read: token row expiry': rows.some((row) => row.expiresOn !== undefined),
    'read: request row': requests.some((row) => row.name !== undefined || row.titles.length > 0),
    'read: name': statement.name !== undefined || statement.titles.length > 0,
    'read: owner': statement.owner !== undefined,
    'read: repositories': statement.repositoryAccess !== undefined && (statement.repositoryAccess !== 'selected' || statement.repositories !== undefined),
    'read: permissions': statement.permissions !== undefined,
    'read: created': statement.createdOn !== undefined,
    'read: expiry': statement.expiresOn !== undefined,
    'read: request reason': statement.requestMessage !== undefined,
    'read: requester': requester !== undefined,
  };
}

export function probe(): ProbeReport {
  const reading = readPage(document);
  const read = Object.fromEntries(Object.entries(readings()).map(([part, found]) => [part, found ? 0 : null]));
  return { matches: { ...reading.matches, ...read }, reading, recorded: savedReport(document) };
}

/** The page sanitized as a person's page report is, the report with it. */
export const sanitizedPage = (): string => pageReport(document).html;
