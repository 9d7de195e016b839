// What in the form breaks the recipe, and how badly. danger: the token would grant more than the
// recipe (a wider permission, All repositories, no expiry). warning: it differs in another way.
// unfinished: a field still holds GitHub's default or nothing.
import type { ExpirationState, FormSnapshot } from '../model/form-snapshot.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import { differencesOf, grantsMore, type Differences, type PermissionChange } from './differences.ts';
import type { StepId } from './steps.ts';
import { expirationMatches, sameLogin, type ExpiryTarget, type TargetForm } from './target.ts';

export type Severity = 'danger' | 'warning' | 'unfinished';

/** S: the step ids of the form it is about (the classic form has its own). */
export interface Finding<S extends string = StepId> {
  /** Stable across snapshots, so the overlay can tell a new finding from one it already shows. */
  readonly id: string;
  readonly severity: Severity;
  /** The step that puts it right. */
  readonly step: S;
  readonly title: string;
  readonly detail: string;
}

const severityOrder: Record<Severity, number> = { danger: 0, warning: 1, unfinished: 2 };

function whyPermissionMatters(change: PermissionChange, owner: string): string {
  const info = permissionInfo(change.key);
  const name = info?.name ?? change.key;
  const asked = change.wanted === 'none' ? 'no access' : levelLabels[change.wanted];
  if (change.key === 'contents' && change.current !== 'read') {
    return `Contents ${levelLabels[change.current]} lets the token push commits, delete branches and merge pull requests. The recipe asks for ${asked}.`;
  }
  if (info?.group === 'organization') {
    return `Organization permissions act on ${owner} itself, not just the chosen repositories. The recipe asks for ${asked} to ${name}.`;
  }
  if (info?.group === 'account') {
    return `Account permissions act on your personal account. The recipe asks for ${asked} to ${name}.`;
  }
  return `The recipe asks for ${asked} to ${name}; anyone holding the token could use the extra access.`;
}

function permissionFindings(target: TargetForm, snapshot: FormSnapshot, changes: readonly PermissionChange[]): Finding[] {
  if (!snapshot.accessLoaded) return [];
  if (snapshot.permissions === undefined) {
    // Hidden while "Public repositories" is chosen; that choice is a finding of its own.
    if (snapshot.repositoryAccess === 'none') return [];
    return [{ id: 'permissions:unreadable', severity: 'unfinished', step: 'permissions', title: 'Permissions could not be read', detail: 'Check them by hand against the recipe.' }];
  }
  return changes.map((change) => {
    const name = permissionInfo(change.key)?.name ?? change.key;
    const title = `${name}: ${levelLabels[change.current]}`;
    if (grantsMore(change)) {
      return { id: `permission:${change.key}:${change.current}`, severity: 'danger', step: 'permissions', title, detail: whyPermissionMatters(change, target.owner) };
    }
    const severity = change.current === 'none' ? 'unfinished' : 'warning';
    return { id: `permission:${change.key}:${change.current}`, severity, step: 'permissions', title, detail: `The recipe asks for ${levelLabels[change.wanted]}.` };
  });
}

function repositoryFindings(target: TargetForm, snapshot: FormSnapshot, difference: Differences['repositories']): Finding[] {
  if (!snapshot.accessLoaded || snapshot.repositoryAccess === undefined) return [];
  const access = snapshot.repositoryAccess;
  if (access === 'all' && target.repositoryAccess !== 'all') {
    return [{
      id: 'access:all', severity: 'danger', step: 'repositoryAccess', title: 'All repositories',
      detail: `The token would reach every current and future repository of ${snapshot.owner ?? 'the owner'}, not only the ${target.repositories.length} the recipe names.`,
    }];
  }
  if (access !== target.repositoryAccess) {
    return [{ id: `access:${access}`, severity: 'unfinished', step: 'repositoryAccess', title: 'Repository access', detail: 'Choose “Only select repositories”.' }];
  }
  if (access !== 'selected') return [];
  const extra: Finding[] = difference.extra.map((repository) => ({
    id: `repository:${repository.id}`, severity: 'warning', step: 'repositories',
    title: `Extra repository: ${repository.fullName ?? `id ${repository.id}`}`,
    detail: 'The recipe does not name it; the token would be able to read it.',
  }));
  const missing: Finding[] = difference.missing.length
    ? [{
        id: `repositories:missing:${difference.missing.join(',')}`, severity: 'unfinished', step: 'repositories',
        title: `${target.repositories.length - difference.missing.length} of ${target.repositories.length} repositories selected`,
        detail: `Still to select: ${difference.missing.join(', ')}.`,
      }]
    : [];
  return [...extra, ...missing];
}

/** The same on both kinds of token form: GitHub's expiration menu and its default of 30 days. */
export function expirationFindings(target: ExpiryTarget, expiration: ExpirationState | undefined): Finding<'expiration'>[] {
  if (!expiration || expirationMatches(target, expiration)) return [];
  if (expiration.choice === 'none') {
    return [{ id: 'expiration:none', severity: 'danger', step: 'expiration', title: 'No expiration', detail: `A token that never expires stays useful to anyone who finds it. The recipe asks for ${target.expirationDays} days.` }];
  }
  const shown = expiration.choice === 'custom' ? `custom date ${expiration.customDate || '(none chosen)'}` : `${expiration.choice} days`;
  return [{
    id: `expiration:${expiration.choice}:${expiration.customDate ?? ''}`,
    severity: expiration.choice === '30' ? 'unfinished' : 'warning', step: 'expiration',
    title: `Expiration: ${shown}`, detail: `The recipe asks for ${target.expirationDays} days (until ${target.expirationDate}).`,
  }];
}

export function textFinding<S extends string>(step: S, title: string, value: string | undefined, wanted: string): Finding<S>[] {
  if (value === undefined || value === wanted) return [];
  return [{
    id: `${step}:${value}`, severity: value === '' ? 'unfinished' : 'warning', step,
    title: value === '' ? `${title} is empty` : `${title} differs from the recipe`,
    detail: `The recipe says “${wanted}”.`,
  }];
}

function ownerFindings(target: TargetForm, snapshot: FormSnapshot): Finding[] {
  if (snapshot.owner === undefined || sameLogin(snapshot.owner, target.owner)) return [];
  const isDefault = sameLogin(snapshot.owner, snapshot.signedInUser);
  return [{
    id: `owner:${snapshot.owner}`, severity: isDefault ? 'unfinished' : 'warning', step: 'owner',
    title: `Resource owner: ${snapshot.owner}`,
    detail: `The recipe is for ${target.owner}; a token owned by ${snapshot.owner} cannot read ${target.owner}'s private repositories.`,
  }];
}

export function checkCompliance(target: TargetForm, snapshot: FormSnapshot, differences = differencesOf(target, snapshot)): Finding[] {
  const ownerDone = sameLogin(snapshot.owner, target.owner);
  const findings: Finding[] = [
    ...textFinding('name', 'Token name', snapshot.name, target.name),
    ...textFinding('description', 'Description', snapshot.description, target.description),
    ...ownerFindings(target, snapshot),
    ...expirationFindings(target, snapshot.expiration),
    ...(ownerDone && snapshot.requestMessage !== undefined
      ? textFinding('requestMessage', 'Request message', snapshot.requestMessage, target.requestMessage ?? '')
      : []),
    ...repositoryFindings(target, snapshot, differences.repositories),
    ...permissionFindings(target, snapshot, differences.permissions),
  ];
  return bySeverity(findings);
}

/** Dangers first, then warnings, then what is unfinished. */
export const bySeverity = <S extends string>(findings: Finding<S>[]): Finding<S>[] =>
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
