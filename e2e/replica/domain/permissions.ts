// Permission levels as the select-access fragment and the token POST see them: parsed from query
// parameters or form fields, limited to what the owner type allows, Metadata added when needed.
import {
  levelLabels,
  permissionCatalog,
  type PermissionGroup,
  type PermissionInfo,
  type PermissionLevel,
} from '../../../src/github/permission-catalog.ts';
import type { ReplicaOwner } from '../config.ts';
import { withRequiredMetadata, type PermissionPartialProps, type PermissionResource, type ResourceType } from '../shared/permission-props.ts';
import { permissionDescription } from './permission-descriptions.ts';

const resourceTypes: Record<PermissionGroup, ResourceType> = { repository: 'repository', account: 'user', organization: 'organization' };

export const repositoryKeys: ReadonlySet<string> = new Set(
  permissionCatalog.filter((permission) => permission.group === 'repository').map((permission) => permission.key),
);

/** Account permissions apply only to a user owner, organization permissions only to an org. */
export function appliesTo(permission: PermissionInfo, owner: ReplicaOwner): boolean {
  if (permission.group === 'repository') return true;
  return owner.isOrganization ? permission.group === 'organization' : permission.group === 'account';
}

export const isValidLevel = (permission: PermissionInfo, level: string): level is PermissionLevel =>
  level === 'none' || (permission.levels as readonly string[]).includes(level);

/** Every catalogue key with a level: the requested one where it is valid for the owner, else none. */
export function permissionLevels(requested: (key: string) => string | undefined, owner: ReplicaOwner): Record<string, PermissionLevel> {
  const levels = Object.fromEntries(permissionCatalog.map((permission) => {
    const level = requested(permission.key) ?? 'none';
    return [permission.key, appliesTo(permission, owner) && isValidLevel(permission, level) ? level : 'none'];
  }));
  return withRequiredMetadata(levels, repositoryKeys);
}

function resource(permission: PermissionInfo): PermissionResource {
  return {
    key: permission.key,
    name: permission.name,
    description: permissionDescription(permission),
    metadata: { fgp: permission.levels.map((level) => levelLabels[level]) },
  };
}

export function partialProps(owner: ReplicaOwner, levels: Record<string, PermissionLevel>): PermissionPartialProps {
  const resources: Partial<Record<ResourceType, PermissionResource[]>> = {};
  for (const permission of permissionCatalog.filter((candidate) => appliesTo(candidate, owner))) {
    (resources[resourceTypes[permission.group]] ??= []).push(resource(permission));
  }
  return { ownerType: owner.isOrganization ? 'organization' : 'user', resources, levels };
}
