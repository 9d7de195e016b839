// Snapshots for unit tests: a fresh form as GitHub first shows it, and one that matches a recipe.
import type { FormSnapshot } from '../src/model/form-snapshot.ts';
import { permissionCatalog, type PermissionLevel } from '../src/model/permission-catalog.ts';
import type { TargetForm } from '../src/guide/target.ts';

const noPermissions = (): Record<string, PermissionLevel> =>
  Object.fromEntries(permissionCatalog.map((permission) => [permission.key, 'none']));

export function freshSnapshot(overrides: Partial<FormSnapshot> = {}): FormSnapshot {
  return {
    signedInUser: 'sbarbour',
    name: '',
    description: '',
    owner: 'sbarbour',
    expiration: { choice: '30', customDate: undefined, offered: ['7', '30', '60', '90', 'custom', 'none'] },
    accessLoaded: true,
    requestMessage: undefined,
    repositoryAccess: 'none',
    repositories: [],
    permissions: noPermissions(),
    generateLabel: 'Generate token',
    ...overrides,
  };
}

export function matchingSnapshot(target: TargetForm, overrides: Partial<FormSnapshot> = {}): FormSnapshot {
  return freshSnapshot({
    name: target.name,
    description: target.description,
    owner: target.owner,
    expiration: { choice: String(target.expirationDays), customDate: undefined, offered: ['7', '30', '60', '90', 'custom'] },
    requestMessage: target.requestMessage,
    repositoryAccess: target.repositoryAccess,
    repositories: target.repositories.map((fullName, index) => ({ id: String(1000 + index), fullName })),
    permissions: { ...noPermissions(), ...target.permissions },
    generateLabel: 'Generate token and request access',
    ...overrides,
  });
}
