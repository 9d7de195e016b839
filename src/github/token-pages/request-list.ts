// An organization owner's pending requests: each row's token name (from its link to the request),
// requester and reason. A page whose rows cannot be found says so, unless it states it has none.
import { githubAllowsTokenName, type NameReading } from '../../model/token-statement.ts';
import { find, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { linkedRows } from './linked-rows.ts';

export interface RequestListRow extends NameReading {
  readonly element: HTMLElement;
  readonly requester: string | undefined;
  readonly reason: string | undefined;
}

export interface RequestListReading {
  readonly rows: readonly RequestListRow[];
  /** The page says there are no requests. */
  readonly empty: boolean;
}

const linkPattern = /^(?:https:\/\/[^/]+)?\/organizations\/[A-Za-z0-9-]+\/settings\/personal-access-token-requests\/(\d+)\/?(?:[?#]|$)/;

export function readRequestList(document: Document): RequestListReading {
  const rows = linkedRows(document, selectors.requestLink, (href) => linkPattern.exec(href)?.[1]).map(({ element, links }): RequestListRow => {
    // One link's text is the token's name (GitHub's docs: "click the token's name"); of several ("Review"), none says which.
    const texts = [...new Set(links.map(normalizedText))].filter(githubAllowsTokenName);
    const reason = find(element, selectors.requestReason);
    return {
      element,
      name: texts.length === 1 ? texts[0] : undefined,
      titles: texts.length > 1 ? texts : [],
      requester: /@([A-Za-z0-9-]+)/.exec(normalizedText(element))?.[1],
      reason: reason ? normalizedText(reason) : undefined,
    };
  });
  return { rows, empty: rows.length === 0 && find(document, selectors.requestListEmpty) !== undefined };
}
