// What GitHub would submit right now, as read from the page. Types only: the pure decisions in
// guide/ take this shape, and github/snapshot.ts fills it from the DOM.
import type { PermissionLevel } from './permission-catalog.ts';

export type RepositoryAccessChoice = 'none' | 'all' | 'selected';

export interface SelectedRepository {
  /** GitHub's numeric repository id, as the hidden repository_ids[] field holds it. */
  readonly id: string;
  /** "owner/name" when the page (or an earlier look at the picker) showed it. */
  readonly fullName: string | undefined;
}

export interface ExpirationState {
  /** The menu's value: "7", "30", "60", "90", "custom", "none", or an owner-specific preset such as "366". */
  readonly choice: string;
  /** YYYY-MM-DD, only when choice is "custom". */
  readonly customDate: string | undefined;
  /** The presets the menu offers; a lifetime policy removes the long ones and "none". */
  readonly offered: readonly string[];
}

/** undefined means GitHub's field could not be found on the page. */
export interface FormSnapshot {
  readonly signedInUser: string | undefined;
  readonly name: string | undefined;
  /** GitHub's name check refused the name (taken or invalid); absent while it checks or when it agreed. */
  readonly nameRefused?: boolean;
  readonly description: string | undefined;
  readonly owner: string | undefined;
  readonly expiration: ExpirationState | undefined;
  /** The select-access fragment (request message, repository access, permissions) has loaded. */
  readonly accessLoaded: boolean;
  /** Present only for organizations that require approval. */
  readonly requestMessage: string | undefined;
  readonly repositoryAccess: RepositoryAccessChoice | undefined;
  readonly repositories: readonly SelectedRepository[];
  /** Every permission key the form would submit, with its level. */
  readonly permissions: Readonly<Record<string, PermissionLevel>> | undefined;
  readonly generateLabel: string | undefined;
}
