// Which steps are done, which are the user's to do, and which the page does not offer: a pure
// function of the target form and a snapshot, so it can run on every change of the form.
import type { FormSnapshot } from '../model/form-snapshot.ts';
import { words } from '../model/i18n.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import { differencesOf, type Differences, type PermissionChange, type RepositoryDifference } from './differences.ts';
import { stepIds, type StepId } from './steps.ts';
import { expirationMatches, sameLogin, type TargetForm } from './target.ts';

/**
 * done: the form holds what the recipe asks. todo: not yet. waiting: it depends on an earlier
 * step (the owner's part of the form has not loaded). not-needed: this owner or recipe has no
 * such field. missing: GitHub's field could not be found.
 */
export type StepStatus = 'done' | 'todo' | 'waiting' | 'not-needed' | 'missing';

/** A step of either token form and its status on the page. */
export interface PlannedStep<S extends string> {
  readonly id: S;
  readonly status: StepStatus;
}

export interface StepState extends PlannedStep<StepId> {
  /** What filling the repositories step must add and remove. */
  readonly repositories?: RepositoryDifference;
  /** What filling the permissions step must set (a key the recipe does not grant goes to "none"). */
  readonly permissions?: readonly PermissionChange[];
}

function fieldStatus(value: string | undefined, wanted: string): StepStatus {
  if (value === undefined) return 'missing';
  return value === wanted ? 'done' : 'todo';
}

function stepStatus(step: StepId, target: TargetForm, snapshot: FormSnapshot, differences: Differences, ownerDone: boolean): StepStatus {
  const accessReady = ownerDone && snapshot.accessLoaded;
  switch (step) {
    case 'name':
      // A name GitHub refused is not done, even when it is the recipe's: the person must choose another.
      return snapshot.nameRefused ? 'missing' : fieldStatus(snapshot.name, target.name);
    case 'description':
      return fieldStatus(snapshot.description, target.description);
    case 'owner':
      return snapshot.owner === undefined ? 'missing' : ownerDone ? 'done' : 'todo';
    case 'expiration':
      if (snapshot.expiration === undefined) return 'missing';
      return expirationMatches(target, snapshot.expiration) ? 'done' : ownerDone ? 'todo' : 'waiting';
    case 'requestMessage':
      if (!accessReady) return 'waiting';
      if (snapshot.requestMessage === undefined) return 'not-needed';
      return snapshot.requestMessage === (target.requestMessage ?? '') ? 'done' : 'todo';
    case 'repositoryAccess':
      if (!accessReady) return 'waiting';
      if (snapshot.repositoryAccess === undefined) return 'missing';
      return snapshot.repositoryAccess === target.repositoryAccess ? 'done' : 'todo';
    case 'repositories': {
      if (target.repositoryAccess !== 'selected') return 'not-needed';
      if (!accessReady || snapshot.repositoryAccess !== 'selected') return 'waiting';
      const { missing, extra } = differences.repositories;
      return missing.length === 0 && extra.length === 0 ? 'done' : 'todo';
    }
    case 'permissions':
      if (!accessReady) return 'waiting';
      // Some pages draw the repository permissions only once repositories are chosen.
      if (snapshot.permissions === undefined) return snapshot.repositoryAccess === 'none' ? 'waiting' : 'missing';
      return differences.permissions.length === 0 ? 'done' : 'todo';
    case 'review':
    case 'generate':
      return 'todo';
  }
}

/** What the intent of a step is, beside its status: computed once per snapshot, used by the fill. */
function intentOf(step: StepId, differences: Differences): Partial<StepState> {
  if (step === 'repositories') return { repositories: differences.repositories };
  if (step === 'permissions') return { permissions: differences.permissions };
  return {};
}

export function planSteps(target: TargetForm, snapshot: FormSnapshot, differences = differencesOf(target, snapshot)): StepState[] {
  const ownerDone = sameLogin(snapshot.owner, target.owner);
  return withReviewStatus(stepIds.map((id) => ({ id, status: stepStatus(id, target, snapshot, differences, ownerDone), ...intentOf(id, differences) })));
}

/** On either form, "review" is done once every step before it is; Generate stays the person's. */
export function withReviewStatus<State extends PlannedStep<string>>(states: readonly State[]): State[] {
  const formReady = states.every((state) => state.id === 'review' || state.id === 'generate' || state.status === 'done' || state.status === 'not-needed');
  return states.map((state) => (state.id === 'review' && formReady ? { ...state, status: 'done' } : state));
}

/** The first step still to do, in page order: where the spotlight goes next (Generate, always the person's, at the latest). */
export function nextStep<S extends string>(states: readonly PlannedStep<S>[]): S {
  const next = states.find((state) => state.status !== 'done' && state.status !== 'not-needed') ?? states.at(-1);
  if (!next) throw new Error('A plan has at least one step');
  return next.id;
}

/** What filling a step takes away that the person put there: said in the step, so nothing goes unnoticed. */
export function plannedRemovals(state: StepState): string[] {
  const repositories = (state.repositories?.extra ?? []).map((repository) =>
    (repository.fullName ? words('change_removed', repository.fullName) : words('change_removedRepositoryId', repository.id)));
  const permissions = (state.permissions ?? [])
    .filter((change) => change.wanted === 'none')
    .map((change) => words('change_removed', `${permissionInfo(change.key)?.name ?? change.key}: ${levelLabels[change.current]}`));
  return [...repositories, ...permissions];
}
