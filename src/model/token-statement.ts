// What a token's own page or an approval request states about the token, as PAT Pilot read it:
// github/ fills it from the page, guide/audit.ts compares it with a recipe. A part that could not
// be read with confidence is undefined, never a guess.
import type { RepositoryAccessChoice } from './form-snapshot.ts';
import type { GrantLevel } from './permission-catalog.ts';

/** GitHub's rule for a token's name: at most 40 characters (github-pat-page §1.1, GitHub's docs [S2]). */
export const githubAllowsTokenName = (text: string): boolean => text.length > 0 && text.length <= 40;

/** A token's name as a page shows it. */
export interface NameReading {
  /** A text the page labels as the name ("Token name"), within GitHub's rule. */
  readonly name: string | undefined;
  /**
   * Texts that may be the name but say nothing of it (the page's heading, its title): one becomes
   * the name only if a recipe's name template fits it, as a heading such as "Review request" may stand there.
   */
  readonly titles: readonly string[];
}

export interface TokenStatement extends NameReading {
  /** The resource owner (the organization a request is for). */
  readonly owner: string | undefined;
  readonly repositoryAccess: RepositoryAccessChoice | undefined;
  /** "owner/name" of each repository, when access is to selected ones. */
  readonly repositories: readonly string[] | undefined;
  /** Granted permissions only: key → level. */
  readonly permissions: Readonly<Record<string, GrantLevel>> | undefined;
  /** YYYY-MM-DD. */
  readonly createdOn: string | undefined;
  /** YYYY-MM-DD, or "never". */
  readonly expiresOn: string | undefined;
  /** An approval request's reason, when the page shows one. */
  readonly requestMessage?: string | undefined;
}
