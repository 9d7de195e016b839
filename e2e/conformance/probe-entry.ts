// Bundled into a page (a saved capture of github.com or the replica) to see which alternative of
// each selector matches there, and what the page reading makes of it.
import { findMatch } from '../../src/github/dom.ts';
import { RepositoryDirectory } from '../../src/github/repository-directory.ts';
import { selectors, type Alternatives } from '../../src/github/selectors.ts';
import { readSnapshot } from '../../src/github/snapshot.ts';

export interface ProbeReport {
  /** Per registry entry: the index of the alternative that matched, or null. */
  readonly matches: Record<string, number | null>;
  readonly snapshot: unknown;
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
  return { matches, snapshot };
}
