// What the select-access fragment hands the permissions React partial in its embedded JSON,
// and the one rule both sides apply: Metadata (read) comes with any repository permission.
import type { PermissionLevel } from './permission-levels.ts';

/** The partial's resource types; "user" holds the Account permissions. */
export type ResourceType = 'repository' | 'user' | 'organization';

export interface PermissionResource {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** The level labels the permission offers, GitHub's "fgp" list ("Read-only", "Read and write", …). */
  readonly metadata: { readonly fgp: readonly string[] };
}

export interface PermissionPartialProps {
  readonly ownerType: 'user' | 'organization';
  /** Repository permissions first, then Account (user owner) or Organization (org owner). */
  readonly resources: Partial<Record<ResourceType, readonly PermissionResource[]>>;
  /** Every permission key of the catalogue with its level, none included. */
  readonly levels: Readonly<Record<string, PermissionLevel>>;
}

export const partialName = 'fine-grained-permissions';

/** The hidden input that carries a permission's level in the form. */
export const permissionFieldName = (key: string): string => `integration[default_permissions][${key}]`;

const metadataKey = 'metadata';

/** Whether a repository permission other than Metadata is granted. */
function grantsRepositoryAccess(levels: Readonly<Record<string, PermissionLevel>>, repositoryKeys: ReadonlySet<string>): boolean {
  return Object.entries(levels).some(([key, level]) => key !== metadataKey && repositoryKeys.has(key) && level !== 'none');
}

/** Adds Metadata at Read-only when another repository permission is granted and Metadata is not. */
export function withRequiredMetadata(
  levels: Readonly<Record<string, PermissionLevel>>,
  repositoryKeys: ReadonlySet<string>,
): Record<string, PermissionLevel> {
  return grantsRepositoryAccess(levels, repositoryKeys) && levels[metadataKey] === 'none' ? { ...levels, [metadataKey]: 'read' } : { ...levels };
}

/** Metadata cannot be removed while another repository permission is granted. */
export const isLockedMetadata = (key: string, levels: Readonly<Record<string, PermissionLevel>>, repositoryKeys: ReadonlySet<string>): boolean =>
  key === metadataKey && grantsRepositoryAccess(levels, repositoryKeys);
