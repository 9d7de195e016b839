// What PAT Pilot shows on the pages around a token after it exists (issue #12): the token list,
// a token's page, its regenerate page, and an organization owner's pending requests. Computed by
// the content script from the page's reading, the recipes and the audit; the overlay only draws.
import type { Finding } from '../guide/compliance.ts';

export interface ListedToken {
  readonly name: string;
  readonly recipeLabel: string;
  readonly recipeId: string;
  /** "expires in 12 days", …; undefined when the row's expiry could not be read. */
  readonly expiry: string | undefined;
  readonly renewalDue: boolean;
}

export interface TokenListView {
  readonly kind: 'token-list';
  /** Rows whose name fits a recipe. */
  readonly tokens: readonly ListedToken[];
}

export interface Verdict {
  readonly recipeLabel: string;
  readonly findings: readonly Finding[];
  /** Titles of the parts that could not be read: no verdict while there are any. */
  readonly unread: readonly string[];
  readonly matches: boolean;
}

export interface TokenAuditView {
  readonly kind: 'token-audit';
  /** A user's own token, or a member's request for an organization owner. */
  readonly subject: 'token' | 'request';
  /** undefined: the page's title could not be read. */
  readonly tokenName: string | undefined;
  /** undefined: no known recipe makes a token of this name. */
  readonly verdict: Verdict | undefined;
  /** Offered for a recipe's token that expires within 14 days or has expired. */
  readonly renewal: { readonly recipeId: string; readonly expiry: string } | undefined;
}

export interface ListedRequest {
  readonly name: string;
  readonly requester: string | undefined;
  /** undefined: no known recipe makes a token of this name. */
  readonly recipeLabel: string | undefined;
}

export interface RequestListView {
  readonly kind: 'request-list';
  readonly requests: readonly ListedRequest[];
  /** Rows that did not show which request they are. */
  readonly unreadRows: number;
  /** false: the list's rows could not be found at all, though the page does not say it has none. */
  readonly rowsFound: boolean;
}

export interface RegenerateView {
  readonly kind: 'regenerate';
}

export type AuditView = TokenListView | TokenAuditView | RequestListView | RegenerateView;

export interface AuditActions {
  readonly close: () => void;
  /** Opens the new-token form for the recipe, filled with today's name (like the popup's Create token). */
  readonly createNext: (recipeId: string) => void;
}
