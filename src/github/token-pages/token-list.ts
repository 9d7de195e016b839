// The token list (/settings/personal-access-tokens): each row's name and id (from its link to the
// token's page) and the expiry its text states. A row PAT Pilot cannot read fully keeps what it
// could read.
import { githubAllowsTokenName } from '../../model/token-statement.ts';
import { normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { readExpiry } from './dates.ts';
import { linkedRows } from './linked-rows.ts';

export interface TokenListRow {
  /** Where PAT Pilot shows what it knows about the row (never moved or changed). */
  readonly element: HTMLElement;
  /** undefined: the row's link to the token's page has no text that can be a name. */
  readonly name: string | undefined;
  readonly id: string;
  /** YYYY-MM-DD, "never", or undefined when the row does not say so clearly. */
  readonly expiresOn: string | undefined;
}

// live-page-2026 §3 [T terrylica, live 2026-06]: the name links …/<id>, the expiry status …/<id>/regenerate?index_page=1.
const linkPattern = /^(?:https:\/\/[^/]+)?\/settings\/personal-access-tokens\/(\d+)(\/regenerate)?\/?(?:[?#]|$)/;

export function readTokenList(document: Document): TokenListRow[] {
  return linkedRows(document, selectors.tokenPageLink, (href) => linkPattern.exec(href)?.[1]).map(({ id, element, links }) => {
    // The bare-id link only: the regenerate link's text is the expiry status.
    const names = new Set(links.filter((link) => !linkPattern.exec(link.getAttribute('href') ?? '')?.[2]).map(normalizedText));
    const [name] = names;
    return {
      element,
      name: names.size === 1 && name !== undefined && githubAllowsTokenName(name) ? name : undefined,
      id,
      expiresOn: readExpiry(normalizedText(element)),
    };
  });
}
