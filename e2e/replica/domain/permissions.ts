// Permission levels as the select-access fragment and the token POST see them: parsed from query
// parameters or form fields, limited to what the owner type allows, Metadata added when needed.
import { githubPermissions, type PermissionGroup, type GithubPermission } from './github-permissions.ts';
import { levelLabels, type PermissionLevel } from '../shared/permission-levels.ts';
import type { ReplicaOwner } from '../config.ts';
import { withRequiredMetadata, type PermissionPartialProps, type PermissionResource, type ResourceType } from '../shared/permission-props.ts';
import { permissionDescription } from './permission-descriptions.ts';

const resourceTypes: Record<PermissionGroup, ResourceType> = { repository: 'repository', account: 'user', organization: 'organization' };

export const repositoryKeys: ReadonlySet<string> = new Set(
  githubPermissions.filter((permission) => permission.group === 'repository').map((permission) => permission.key),
);

/** Account permissions apply only to a user owner, organization permissions only to an org. */
export function appliesTo(permission: GithubPermission, owner: ReplicaOwner): boolean {
  if (permission.group === 'repository') return true;
  return owner.isOrganization ? permission.group === 'organization' : permission.group === 'account';
}

export const isValidLevel = (permission: GithubPermission, level: string): level is PermissionLevel =>
  level === 'none' || (permission.levels as readonly string[]).includes(level);

/** Every catalogue key with a level: the requested one where it is valid for the owner, else none. */
export function permissionLevels(requested: (key: string) => string | undefined, owner: ReplicaOwner): Record<string, PermissionLevel> {
  const levels = Object.fromEntries(githubPermissions.map((permission) => {
    const level = requested(permission.key) ?? 'none';
    return [permission.key, appliesTo(permission, owner) && isValidLevel(permission, level) ? level : 'none'];
  }));
  return withRequiredMetadata(levels, repositoryKeys);
}

function resource(permission: GithubPermission): PermissionResource {
  return {
    key: permission.key,
    name: permission.name,
    description: permissionDescription(permission),
    metadata: { fgp: permission.levels.map((level) => levelLabels[level]) },
  };
}

export function partialProps(owner: ReplicaOwner, levels: Record<string, PermissionLevel>): PermissionPartialProps {
  const resources: Partial<Record<ResourceType, PermissionResource[]>> = {};
  for (const permission of githubPermissions.filter((candidate) => appliesTo(candidate, owner))) {
    (resources[resourceTypes[permission.group]] ??= []).push(resource(permission));
  }
  return { ownerType: owner.isOrganization ? 'organization' : 'user', resources, levels };
}
