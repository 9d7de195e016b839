// The POST to /settings/personal-access-tokens read into a token request, and GitHub's
// validation of it (limits from GitHub's docs, messages in Rails' style).
import { githubPermissions } from './github-permissions.ts';
import type { ReplicaConfig, ReplicaOwner } from '../config.ts';
import { fieldMap, fieldMultiMap, type FormPairs } from '../http/form-fields.ts';
import { addDays, customDateCapDays, customDateInRange, expirationError } from '../shared/expiration.ts';
import { permissionFieldName } from '../shared/permission-props.ts';
import { findOwner } from './owners.ts';
import { appliesTo, isValidLevel } from './permissions.ts';

export interface TokenRequest {
  readonly name: string;
  readonly description: string;
  readonly targetName: string;
  readonly expiration: string;
  readonly customDate: string;
  readonly reason: string;
  readonly installTarget: string;
  readonly repositoryIds: readonly string[];
  readonly levels: Readonly<Record<string, string>>;
  /** The confirmation step's hidden confirm=1. */
  readonly confirmed: boolean;
}

export function readTokenRequest(pairs: FormPairs): TokenRequest {
  const fields = fieldMap(pairs);
  return {
    name: fields['user_programmatic_access[name]'] ?? '',
    description: fields['user_programmatic_access[description]'] ?? '',
    targetName: fields.target_name ?? '',
    expiration: fields['user_programmatic_access[default_expires_at]'] ?? '',
    customDate: fields['user_programmatic_access[custom_expires_at]'] ?? '',
    reason: fields.reason ?? '',
    installTarget: fields.install_target ?? 'none',
    repositoryIds: fieldMultiMap(pairs)['repository_ids[]'] ?? [],
    levels: Object.fromEntries(githubPermissions.map((permission) => [permission.key, fields[permissionFieldName(permission.key)] ?? 'none'])),
    confirmed: fields.confirm === '1',
  };
}

const maximumNameLength = 40;
const maximumDescriptionLength = 1024;
const maximumRepositories = 50;
const maximumTokensPerUser = 50;

const isTakenName = (name: string, takenNames: readonly string[]): boolean =>
  takenNames.some((taken) => taken.toLowerCase() === name.trim().toLowerCase());

export const takenNameError = 'Name has already been taken';

export function nameErrors(name: string, takenNames: readonly string[]): string[] {
  if (name.trim() === '') return ["Name can't be blank"];
  if (name.length > maximumNameLength) return [`Name is too long (maximum is ${maximumNameLength} characters)`];
  return isTakenName(name, takenNames) ? [takenNameError] : [];
}

function repositoryErrors(request: TokenRequest, owner: ReplicaOwner): string[] {
  if (!['none', 'all', 'selected'].includes(request.installTarget)) return ['Repository access is not valid'];
  if (request.installTarget !== 'selected') return [];
  if (request.repositoryIds.length === 0) return ['Select at least one repository.'];
  if (request.repositoryIds.length > maximumRepositories) return [`You can select at most ${maximumRepositories} repositories.`];
  const owned = new Set(owner.repositories.map((repository) => String(repository.id)));
  return request.repositoryIds.every((id) => owned.has(id)) ? [] : [`Selected repositories must belong to ${owner.login}.`];
}

function permissionErrors(request: TokenRequest, owner: ReplicaOwner): string[] {
  return githubPermissions
    .filter((permission) => {
      const level = request.levels[permission.key] ?? 'none';
      return !isValidLevel(permission, level) || (level !== 'none' && !appliesTo(permission, owner));
    })
    .map((permission) => `${permission.name} permission is not valid for ${owner.login}`);
}

export function tokenRequestErrors(request: TokenRequest, config: ReplicaConfig, takenNames: readonly string[], today: Date): string[] {
  const owner = findOwner(config, request.targetName);
  if (!owner) return [`Cannot find the specified resource owner: ${request.targetName}`];
  const expiration = expirationError(request.expiration, request.customDate, owner.lifetimeCapDays, today, customDateCapDays(owner, config.live.customDateBounds === true));
  return [
    ...(takenNames.length >= maximumTokensPerUser ? [`You can have at most ${maximumTokensPerUser} fine-grained personal access tokens`] : []),
    ...nameErrors(request.name, takenNames),
    ...(request.description.length > maximumDescriptionLength ? [`Description is too long (maximum is ${maximumDescriptionLength} characters)`] : []),
    ...(expiration === undefined ? [] : [expiration]),
    ...repositoryErrors(request, owner),
    ...permissionErrors(request, owner),
  ];
}

/** A Custom date outside the field's min and max (what customDateBounds refuses without a word). */
export function customDateOutOfBounds(request: TokenRequest, config: ReplicaConfig, today: Date): boolean {
  const owner = findOwner(config, request.targetName);
  if (!owner || request.expiration !== 'custom' || request.customDate === '') return false;
  return !customDateInRange(request.customDate, customDateCapDays(owner, config.live.customDateBounds === true), today);
}

/** When a valid request's token expires: undefined for "No expiration". */
export function requestedExpiry(request: TokenRequest, today: Date): Date | undefined {
  if (request.expiration === 'none') return undefined;
  if (request.expiration !== 'custom') return addDays(today, Number(request.expiration));
  const [year = 1970, month = 1, day = 1] = request.customDate.split('-').map(Number);
  return new Date(year, month - 1, day);
}
