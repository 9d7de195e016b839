// A request's own page: the token's statement, the reason the member gave and who asks.
import type { TokenStatement } from '../../model/token-statement.ts';
import { find, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { agreed, loginPattern, readStatement } from './statement.ts';

export interface RequestReading {
  readonly statement: TokenStatement;
  readonly requester: string | undefined;
}

/** "@jdoe requests access …" or "Requested by @jdoe", the same login wherever it is said. */
function readRequester(text: string): string | undefined {
  return agreed([...text.matchAll(new RegExp(`(?:@(${loginPattern}) requests access\\b|\\bRequested by:? @?(${loginPattern})\\b)`, 'g'))]
    .map((match) => match[1] ?? match[2]));
}

export function readRequestPage(document: Document): RequestReading {
  const root = find(document, selectors.settingsMain) ?? document.body;
  return { statement: readStatement(document), requester: readRequester(normalizedText(root)) };
}
