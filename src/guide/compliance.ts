// What in the form breaks the recipe, and how badly. danger: the token would grant more than the
// recipe (a wider permission, All repositories, no expiry). warning: it differs in another way.
// unfinished: a field still holds GitHub's default or nothing.
import type { ExpirationState, FormSnapshot } from '../model/form-snapshot.ts';
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words, type MessageKey } from '../model/i18n.ts';
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
  const asked = change.wanted === 'none' ? words('finding_noAccess') : levelLabels[change.wanted];
  if (change.key === 'contents' && change.current !== 'read') {
    return words('finding_contentsWrite', levelLabels[change.current], asked);
  }
  if (info?.group === 'organization') {
    return words('finding_organizationPermission', owner, asked, name);
  }
  if (info?.group === 'account') {
    return words('finding_accountPermission', asked, name);
  }
  return words('finding_morePermission', asked, name);
}

function permissionFindings(target: TargetForm, snapshot: FormSnapshot, changes: readonly PermissionChange[]): Finding[] {
  if (!snapshot.accessLoaded) return [];
  if (snapshot.permissions === undefined) {
    // Hidden while "Public repositories" is chosen; that choice is a finding of its own.
    if (snapshot.repositoryAccess === 'none') return [];
    return [{ id: 'permissions:unreadable', severity: 'unfinished', step: 'permissions', title: words('finding_permissionsUnreadable'), detail: words('finding_permissionsUnreadable_detail') }];
  }
  return changes.map((change) => {
    const name = permissionInfo(change.key)?.name ?? change.key;
    const title = `${name}: ${levelLabels[change.current]}`;
    if (grantsMore(change)) {
      return { id: `permission:${change.key}:${change.current}`, severity: 'danger', step: 'permissions', title, detail: whyPermissionMatters(change, target.owner) };
    }
    const severity = change.current === 'none' ? 'unfinished' : 'warning';
    return { id: `permission:${change.key}:${change.current}`, severity, step: 'permissions', title, detail: words('finding_recipeAsks', levelLabels[change.wanted]) };
  });
}

function repositoryFindings(target: TargetForm, snapshot: FormSnapshot, difference: Differences['repositories']): Finding[] {
  if (!snapshot.accessLoaded || snapshot.repositoryAccess === undefined) return [];
  const access = snapshot.repositoryAccess;
  if (access === 'all' && target.repositoryAccess !== 'all') {
    return [{
      id: 'access:all', severity: 'danger', step: 'repositoryAccess', title: githubTexts.allRepositories,
      detail: snapshot.owner === undefined
        ? words('finding_allRepositoriesUnknownOwner', target.repositories.length)
        : words('finding_allRepositories', snapshot.owner, target.repositories.length),
    }];
  }
  if (access !== target.repositoryAccess) {
    return [{ id: `access:${access}`, severity: 'unfinished', step: 'repositoryAccess', title: words('step_repositoryAccess'), detail: words('finding_chooseSelected', githubTexts.onlySelectRepositories) }];
  }
  if (access !== 'selected') return [];
  const extra: Finding[] = difference.extra.map((repository) => ({
    id: `repository:${repository.id}`, severity: 'warning', step: 'repositories',
    title: words('finding_extraRepository', repository.fullName ?? words('repository_id', repository.id)),
    detail: words('finding_extraRepository_detail'),
  }));
  const missing: Finding[] = difference.missing.length
    ? [{
        id: `repositories:missing:${difference.missing.join(',')}`, severity: 'unfinished', step: 'repositories',
        title: words('finding_repositoriesSelected', target.repositories.length - difference.missing.length, target.repositories.length),
        detail: words('finding_stillToSelect', difference.missing.join(', ')),
      }]
    : [];
  return [...extra, ...missing];
}

/** The same on both kinds of token form: GitHub's expiration menu and its default of 30 days. */
export function expirationFindings(target: ExpiryTarget, expiration: ExpirationState | undefined): Finding<'expiration'>[] {
  if (!expiration || expirationMatches(target, expiration)) return [];
  const days = target.expirationDays;
  if (expiration.choice === 'none' && days !== 'none') {
    return [{ id: 'expiration:none', severity: 'danger', step: 'expiration', title: words('finding_noExpiration'), detail: pluralWords('finding_noExpiration_detail', days) }];
  }
  const shown = expiration.choice !== 'custom'
    ? pluralWords('finding_expirationDays', Number(expiration.choice))
    : expiration.customDate ? words('finding_expirationCustom', expiration.customDate) : words('finding_expirationCustomNone');
  return [{
    id: `expiration:${expiration.choice}:${expiration.customDate ?? ''}`,
    severity: expiration.choice === '30' ? 'unfinished' : 'warning', step: 'expiration',
    title: words('finding_expiration', shown),
    detail: days === 'none' ? words('finding_expirationNone_detail', githubTexts.noExpiration) : pluralWords('finding_expiration_detail', days, target.expirationDate ?? ''),
  }];
}

/** The titles of a text field's findings: when it is empty, when it holds something else. */
export type TextFindingTitles = readonly [empty: MessageKey, differs: MessageKey];

export function textFinding<S extends string>(step: S, [empty, differs]: TextFindingTitles, value: string | undefined, wanted: string): Finding<S>[] {
  if (value === undefined || value === wanted) return [];
  return [{
    id: `${step}:${value}`, severity: value === '' ? 'unfinished' : 'warning', step,
    title: words(value === '' ? empty : differs),
    detail: words('finding_recipeSays', wanted),
  }];
}

function ownerFindings(target: TargetForm, snapshot: FormSnapshot): Finding[] {
  if (snapshot.owner === undefined || sameLogin(snapshot.owner, target.owner)) return [];
  const isDefault = sameLogin(snapshot.owner, snapshot.signedInUser);
  return [{
    id: `owner:${snapshot.owner}`, severity: isDefault ? 'unfinished' : 'warning', step: 'owner',
    title: words('resourceOwner', snapshot.owner),
    detail: words('finding_owner_detail', target.owner, snapshot.owner),
  }];
}

export function checkCompliance(target: TargetForm, snapshot: FormSnapshot, differences = differencesOf(target, snapshot)): Finding[] {
  const ownerDone = sameLogin(snapshot.owner, target.owner);
  const findings: Finding[] = [
    ...textFinding('name', ['finding_nameEmpty', 'finding_nameDiffers'], snapshot.name, target.name),
    ...textFinding('description', ['finding_descriptionEmpty', 'finding_descriptionDiffers'], snapshot.description, target.description),
    ...ownerFindings(target, snapshot),
    ...expirationFindings(target, snapshot.expiration),
    ...(ownerDone && snapshot.requestMessage !== undefined
      ? textFinding('requestMessage', ['finding_requestMessageEmpty', 'finding_requestMessageDiffers'], snapshot.requestMessage, target.requestMessage ?? '')
      : []),
    ...repositoryFindings(target, snapshot, differences.repositories),
    ...permissionFindings(target, snapshot, differences.permissions),
  ];
  return bySeverity(findings);
}

/** Dangers first, then warnings, then what is unfinished. */
export const bySeverity = <S extends string>(findings: Finding<S>[]): Finding<S>[] =>
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
