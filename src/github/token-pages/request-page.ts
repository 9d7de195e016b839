// A request's own page: the token's statement, the reason the member gave and who asks.
import type { TokenStatement } from '../../model/token-statement.ts';
import { find, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { readStatement } from './statement.ts';

export interface RequestReading {
  readonly statement: TokenStatement;
  readonly requester: string | undefined;
}

export function readRequestPage(document: Document): RequestReading {
  const root = find(document, selectors.settingsMain) ?? document.body;
  const reason = find(root, selectors.requestReason);
  return {
    statement: { ...readStatement(document), requestMessage: reason ? normalizedText(reason) : undefined },
    requester: /@([A-Za-z0-9-]+) requests access\b/.exec(normalizedText(root))?.[1],
  };
}
