// The token list (/settings/personal-access-tokens): each row's name and id (from its link to the
// token's page) and the expiry its text states. A row PAT Pilot cannot read fully keeps what it
// could read.
import { findAll, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { readExpiry } from './dates.ts';

export interface TokenListRow {
  /** Where PAT Pilot shows what it knows about the row (never moved or changed). */
  readonly element: HTMLElement;
  /** undefined: the row links no token page. */
  readonly name: string | undefined;
  readonly id: string | undefined;
  /** YYYY-MM-DD, "never", or undefined when the row does not say so clearly. */
  readonly expiresOn: string | undefined;
}

/** From the link as written (a saved page has no github.com base to resolve it against). */
const tokenId = (link: HTMLAnchorElement): string | undefined =>
  /^(?:https:\/\/github\.com)?\/settings\/personal-access-tokens\/(\d+)\/?(?:[?#]|$)/.exec(link.getAttribute('href') ?? '')?.[1];

function readRow(element: HTMLElement): TokenListRow {
  const link = findAll<HTMLAnchorElement>(element, selectors.tokenPageLink).find((candidate) => tokenId(candidate) !== undefined);
  return {
    element,
    name: link ? normalizedText(link) || undefined : undefined,
    id: link && tokenId(link),
    expiresOn: readExpiry(normalizedText(element)),
  };
}

export const readTokenList = (document: Document): TokenListRow[] => findAll(document, selectors.tokenListRows).map(readRow);
