// An organization owner's pending requests: each row's token name (from its link to the request),
// requester and reason. A row without a link to its request cannot be told apart from another: it stays unread.
import { find, findAll, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';

export interface RequestListRow {
  readonly element: HTMLElement;
  /** undefined: the row links no request page. */
  readonly name: string | undefined;
  readonly requester: string | undefined;
  readonly reason: string | undefined;
}

function readRow(element: HTMLElement): RequestListRow {
  const link = find<HTMLAnchorElement>(element, selectors.requestLink);
  const reason = find(element, selectors.requestReason);
  return {
    element,
    name: link ? normalizedText(link) || undefined : undefined,
    requester: /@([A-Za-z0-9-]+)/.exec(normalizedText(element))?.[1],
    reason: reason ? normalizedText(reason) : undefined,
  };
}

export const readRequestList = (document: Document): RequestListRow[] => findAll(document, selectors.requestRows).map(readRow);
