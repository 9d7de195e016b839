// The form a recipe asks for, with placeholders filled in: what each decision compares against.
import { lifetimeOf, type FineGrainedRecipe, type Lifetime } from '../recipe/schema.ts';
import { expandTemplate, localDate } from '../recipe/expand.ts';
import { permissionInfo, type PermissionLevel } from '../model/permission-catalog.ts';
import type { ExpirationState, RepositoryAccessChoice } from '../model/form-snapshot.ts';

export interface TargetForm {
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  /** Days, or GitHub's "No expiration". */
  readonly expirationDays: Lifetime;
  /** The day the token expires, YYYY-MM-DD; undefined when it never does. */
  readonly expirationDate: string | undefined;
  readonly requestMessage: string | undefined;
  readonly repositoryAccess: RepositoryAccessChoice;
  /** "owner/name", in the recipe's order. */
  readonly repositories: readonly string[];
  /** Granted permissions only; every other key must be "none". Metadata read is implied by any repository permission. */
  readonly permissions: Readonly<Record<string, PermissionLevel>>;
}

/** What both kinds of token form ask of the expiration. */
export type ExpiryTarget = Pick<TargetForm, 'expirationDays' | 'expirationDate'>;

export function addDays(now: Date, days: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
}

export function targetForm(recipe: FineGrainedRecipe, now: Date): TargetForm {
  const permissions: Record<string, PermissionLevel> = { ...recipe.permissions };
  const grantsRepositoryPermission = Object.keys(permissions).some((key) => permissionInfo(key)?.group === 'repository');
  if (grantsRepositoryPermission && !permissions.metadata) permissions.metadata = 'read';
  const days = lifetimeOf(recipe);
  return {
    name: expandTemplate(recipe.name, now),
    description: expandTemplate(recipe.description, now),
    owner: recipe.owner,
    expirationDays: days,
    expirationDate: days === 'none' ? undefined : localDate(addDays(now, days)),
    requestMessage: recipe.requestMessage === undefined ? undefined : expandTemplate(recipe.requestMessage, now),
    repositoryAccess: recipe.repositoryAccess === 'public' ? 'none' : recipe.repositoryAccess,
    repositories: recipe.repositories.map((name) => `${recipe.owner}/${name}`),
    permissions,
  };
}

/** A preset of the same length (or "none" for no expiration), or a custom date on the same day, gives the same token. */
export function expirationMatches(target: ExpiryTarget, expiration: ExpirationState | undefined): boolean {
  if (!expiration) return false;
  if (expiration.choice === String(target.expirationDays)) return true;
  return expiration.choice === 'custom' && target.expirationDate !== undefined && expiration.customDate === target.expirationDate;
}

export const sameLogin = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
