// Where the page differs from the target form. Plan, compliance and the filler all ask these
// same questions, so they are answered once here.
import type { FormSnapshot, SelectedRepository } from '../model/form-snapshot.ts';
import { otherSpelling, type PermissionLevel } from '../model/permission-catalog.ts';
import type { TargetForm } from './target.ts';

export interface RepositoryDifference {
  /** "owner/name" the recipe wants that the form does not hold. */
  readonly missing: readonly string[];
  /** Selected repositories the recipe does not name (fullName undefined: the page never showed it). */
  readonly extra: readonly SelectedRepository[];
}

const key = (fullName: string): string => fullName.toLowerCase();

export function repositoryDifference(target: TargetForm, repositories: readonly SelectedRepository[]): RepositoryDifference {
  const wanted = new Set(target.repositories.map(key));
  const held = new Set(repositories.flatMap((repository) => (repository.fullName ? [key(repository.fullName)] : [])));
  return {
    missing: target.repositories.filter((name) => !held.has(key(name))),
    extra: repositories.filter((repository) => !repository.fullName || !wanted.has(key(repository.fullName))),
  };
}

export interface PermissionChange {
  readonly key: string;
  readonly current: PermissionLevel;
  readonly wanted: PermissionLevel;
}

/**
 * The target's permissions under the keys the page submits: a key GitHub spells two ways
 * (copilot_requests, user_copilot_requests) takes the spelling the page offers, at the recipe's level.
 */
function onPageKeys(wanted: TargetForm['permissions'], page: Readonly<Record<string, PermissionLevel>>): Record<string, PermissionLevel> {
  return Object.fromEntries(Object.entries(wanted).map(([key, level]) => {
    const other = otherSpelling(key);
    return [other !== undefined && !(key in page) && other in page ? other : key, level];
  }));
}

/** Every key whose level differs from the target; keys the target does not grant must be "none". */
export function permissionDifference(
  target: TargetForm,
  permissions: FormSnapshot['permissions'],
): PermissionChange[] {
  if (!permissions) return [];
  const wantedOnPage = onPageKeys(target.permissions, permissions);
  const keys = new Set([...Object.keys(permissions), ...Object.keys(wantedOnPage)]);
  return [...keys].flatMap((permission) => {
    const current = permissions[permission] ?? 'none';
    const wanted = wantedOnPage[permission] ?? 'none';
    return current === wanted ? [] : [{ key: permission, current, wanted }];
  });
}

const levelRank: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2, admin: 3 };

export const grantsMore = (change: PermissionChange): boolean => levelRank[change.current] > levelRank[change.wanted];

export interface Differences {
  readonly repositories: RepositoryDifference;
  readonly permissions: readonly PermissionChange[];
}

/** Both differences of a snapshot, computed once for the plan and the compliance check alike. */
export const differencesOf = (target: TargetForm, snapshot: FormSnapshot): Differences => ({
  repositories: repositoryDifference(target, snapshot.repositories),
  permissions: permissionDifference(target, snapshot.permissions),
});
