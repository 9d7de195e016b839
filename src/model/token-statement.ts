// What a token's own page or an approval request states about the token, as PAT Pilot read it.
// Types only: github/ fills it from the page, guide/audit.ts compares it with a recipe. A part
// that could not be read with confidence is undefined, never a guess.
import type { RepositoryAccessChoice } from './form-snapshot.ts';
import type { GrantLevel } from './permission-catalog.ts';

export interface TokenStatement {
  readonly name: string | undefined;
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
