// URL prefill of the new-token form (research note §3): name, description, target_name,
// expires_in and one parameter per permission key. The first four fill the page; the
// permissions travel on to the select-access fragment URL.
import { githubPermissions } from './github-permissions.ts';
import type { ReplicaConfig, ReplicaOwner } from '../config.ts';
import { addDays, customDateCapDays, defaultExpiration, expirationChoices, isoDate, latestCustomDate } from '../shared/expiration.ts';
import { findOwner, signedInOwner } from './owners.ts';

export interface FormPrefill {
  readonly name: string;
  readonly description: string;
  readonly owner: ReplicaOwner;
  /** "Cannot find the specified resource owner: …" when target_name names nobody. */
  readonly ownerError?: string;
  readonly expiration: string;
  readonly customDate: string;
  /** The permission parameters, in the order given, for the select-access URL. */
  readonly permissionParameters: readonly (readonly [string, string])[];
  /** Whether any prefill parameter was given: the page was opened from a template link. */
  readonly fromLink: boolean;
}

const pageParameters = ['name', 'description', 'target_name', 'expires_in'];

const permissionKeys = new Set(githubPermissions.map((permission) => permission.key));

/**
 * expires_in is 1–366 or "none". A preset value picks the preset, another number within the
 * owner's cap becomes a Custom date; "none" under a policy or a number above the cap is ignored
 * (GitHub does not document what it does then).
 */
function prefilledExpiration(expiresIn: string | null, owner: ReplicaOwner, customCapDays: number | undefined, today: Date): { expiration: string; customDate: string } {
  const fallback = { expiration: defaultExpiration(owner.lifetimeCapDays), customDate: '' };
  if (expiresIn === null) return fallback;
  if (expirationChoices(owner.lifetimeCapDays, today).some((choice) => choice.value === expiresIn)) {
    return { expiration: expiresIn, customDate: '' };
  }
  const days = /^\d+$/.test(expiresIn) ? Number(expiresIn) : NaN;
  const customDate = days >= 1 ? isoDate(addDays(today, days)) : '';
  return customDate !== '' && customDate <= latestCustomDate(customCapDays, today) ? { expiration: 'custom', customDate } : fallback;
}

export function formPrefill(query: URLSearchParams, config: ReplicaConfig, today: Date): FormPrefill {
  const targetName = query.get('target_name');
  const named = targetName === null ? undefined : findOwner(config, targetName);
  const owner = named ?? signedInOwner(config);
  return {
    name: query.get('name') ?? '',
    description: query.get('description') ?? '',
    owner,
    ...(targetName !== null && !named ? { ownerError: `Cannot find the specified resource owner: ${targetName}` } : {}),
    ...prefilledExpiration(query.get('expires_in'), owner, customDateCapDays(owner, config.live.customDateBounds === true), today),
    permissionParameters: [...query].filter(([key]) => permissionKeys.has(key)),
    fromLink: [...query.keys()].some((key) => pageParameters.includes(key) || permissionKeys.has(key)),
  };
}
