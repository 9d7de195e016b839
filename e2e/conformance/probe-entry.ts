// Bundled into a page (a saved capture of github.com or the replica) to see which alternative of
// each selector matches there, and what the page reading makes of it.
import { findMatch } from '../../src/github/dom.ts';
import { RepositoryDirectory } from '../../src/github/repository-directory.ts';
import { selectors, type Alternatives } from '../../src/github/selectors.ts';
import { readSnapshot } from '../../src/github/snapshot.ts';
import { readRequestList } from '../../src/github/token-pages/request-list.ts';
import { readRequestPage } from '../../src/github/token-pages/request-page.ts';
import { readTokenList } from '../../src/github/token-pages/token-list.ts';

export interface ProbeReport {
  /**
   * Per registry entry: the index of the alternative that matched, or null. Per part the pages
   * around a token state ("read: …"): 0 when the readers read it, null when not.
   */
  readonly matches: Record<string, number | null>;
  readonly snapshot: unknown;
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
  const registry: Record<string, Alternatives> = selectors;
  const matches = Object.fromEntries(Object.entries(registry).map(([widget, alternatives]) => {
    const match = findMatch(document, alternatives);
    return [widget, match ? alternatives.indexOf(match.alternative) : null];
  }));
  let snapshot: unknown;
  try {
    snapshot = readSnapshot(document, new RepositoryDirectory());
  } catch (error) {
    snapshot = { error: String(error) };
  }
  const read = Object.fromEntries(Object.entries(readings()).map(([part, found]) => [part, found ? 0 : null]));
  return { matches: { ...matches, ...read }, snapshot };
}
