// Carries out the plan through GitHub's widgets, one step at a time, in page order. After every
// step the page is read again; a step that cannot be done is handed to the person with a reason,
// and the run goes on with the steps that do not depend on it.
import type { FormSnapshot } from '../model/form-snapshot.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import type { RepositoryDirectory } from '../github/repository-directory.ts';
import { readSnapshot } from '../github/snapshot.ts';
import { GoalReached, StepBlocked, waitForElement, type ActionContext } from '../github/widgets/action.ts';
import { accessSectionLoaded } from '../github/widgets/access-section.ts';
import { descriptionField } from '../github/widgets/description.ts';
import { expirationWidget } from '../github/widgets/expiration.ts';
import { nameField } from '../github/widgets/name.ts';
import { ownerWidget } from '../github/widgets/owner.ts';
import { permissionsWidget } from '../github/widgets/permissions.ts';
import { repositoryAccessWidget } from '../github/widgets/repository-access.ts';
import { repositoryPickerWidget } from '../github/widgets/repository-picker.ts';
import { requestMessageField } from '../github/widgets/request-message.ts';
import { permissionDifference, repositoryDifference } from '../guide/differences.ts';
import { planSteps } from '../guide/plan.ts';
import { fillableSteps, stepTitles, type StepId } from '../guide/steps.ts';
import { sameLogin, type TargetForm } from '../guide/target.ts';
import type { StepNote } from '../messaging/run-state.ts';

export interface RunnerDependencies {
  readonly document: Document;
  readonly target: TargetForm;
  readonly directory: RepositoryDirectory;
  readonly signal: AbortSignal;
  readonly now: Date;
  readonly timeoutMs: number;
  readonly progress: (text: string) => void;
  /** Called before each step, so the spotlight can follow the fill. */
  readonly starting: (step: StepId) => void;
  /** Called after each step with what happened, so the overlay shows it at once. */
  readonly noted: (step: StepId, note: StepNote) => void;
}

/** Steps inside the owner's part of the form: pointless to fill for the wrong owner. */
const ownerDependent: ReadonlySet<StepId> = new Set(['requestMessage', 'repositoryAccess', 'repositories', 'permissions']);

function changesFor(step: StepId, target: TargetForm, snapshot: FormSnapshot): string[] {
  if (step === 'repositories') {
    return repositoryDifference(target, snapshot.repositories).extra.map((repository) => `Removed ${repository.fullName ?? `repository id ${repository.id}`}`);
  }
  if (step === 'permissions') {
    return permissionDifference(target, snapshot.permissions)
      .filter((change) => change.wanted === 'none')
      .map((change) => `Removed ${permissionInfo(change.key)?.name ?? change.key}: ${levelLabels[change.current]}`);
  }
  return [];
}

/**
 * Steps whose waits may end as soon as the page shows the step done. Not the owner (done means the
 * login only, before GitHub has loaded that owner's part of the form) nor the name (its check by
 * GitHub is still to come).
 */
const endsWhenDone = (step: StepId): boolean => step !== 'owner' && step !== 'name';

/** A check GitHub runs on its own after a step (the name's), awaited at the end of the fill. */
type PendingCheck = { readonly verdict: Promise<void> };

async function fillStep(step: StepId, baseContext: ActionContext, deps: RunnerDependencies, snapshot: FormSnapshot): Promise<PendingCheck | void> {
  const { target } = deps;
  const context: ActionContext = endsWhenDone(step)
    ? { ...baseContext, goalMet: () => planSteps(target, readSnapshot(deps.document, deps.directory)).find((state) => state.id === step)?.status === 'done' }
    : baseContext;
  if (ownerDependent.has(step)) {
    await waitForElement(context, 'the repository access section', () => accessSectionLoaded(deps.document));
  }
  switch (step) {
    case 'name':
      return nameField.fill(context, target.name);
    case 'description':
      return descriptionField.fill(context, target.description);
    case 'owner':
      return ownerWidget.fill(context, target.owner);
    case 'expiration':
      return expirationWidget.fill(context, target.expirationDays, target.expirationDate, deps.now);
    case 'requestMessage':
      // Only organizations that require approval show the field.
      return requestMessageField.locate(deps.document) ? requestMessageField.fill(context, target.requestMessage ?? '') : undefined;
    case 'repositoryAccess':
      return repositoryAccessWidget.fill(context, target.repositoryAccess);
    case 'repositories': {
      if (target.repositoryAccess !== 'selected') return;
      const difference = repositoryDifference(target, snapshot.repositories);
      return repositoryPickerWidget.fill(
        context,
        { missing: difference.missing, wantedCount: target.repositories.length, extraIds: difference.extra.map((repository) => repository.id) },
        deps.directory,
      );
    }
    case 'permissions':
      return permissionsWidget.fill(context, permissionDifference(target, snapshot.permissions).map((change) => ({ key: change.key, level: change.wanted })));
    default:
      return undefined;
  }
}

/** Fills the given steps (all fillable steps by default) and returns those handed to the person. */
export async function fill(deps: RunnerDependencies, steps: readonly StepId[] = fillableSteps): Promise<StepId[]> {
  const context: ActionContext = { document: deps.document, signal: deps.signal, timeoutMs: deps.timeoutMs, progress: deps.progress };
  const handedOver: StepId[] = [];
  const checks: Promise<void>[] = [];
  for (const step of fillableSteps.filter((id) => steps.includes(id))) {
    const snapshot = readSnapshot(deps.document, deps.directory);
    if (ownerDependent.has(step) && !sameLogin(snapshot.owner, deps.target.owner)) {
      handedOver.push(step);
      deps.noted(step, { blocked: { kind: 'not-applied', what: `the resource owner ${deps.target.owner}, which this step needs first` } });
      continue;
    }
    // What is already right is left alone: a second run touches nothing.
    if (planSteps(deps.target, snapshot).find((state) => state.id === step)?.status === 'done') {
      deps.noted(step, {});
      continue;
    }
    deps.starting(step);
    deps.progress(`Filling ${stepTitles[step]}`);
    const changes = changesFor(step, deps.target, snapshot);
    const blocked = (error: unknown): void => {
      if (error instanceof GoalReached) return deps.noted(step, changes.length ? { changes } : {});
      if (!(error instanceof StepBlocked)) throw error;
      handedOver.push(step);
      deps.noted(step, { blocked: error.reason, ...(changes.length ? { changes } : {}) });
    };
    try {
      const pending = await fillStep(step, context, deps, snapshot);
      deps.noted(step, changes.length ? { changes } : {});
      if (pending) checks.push(pending.verdict.catch(blocked));
    } catch (error) {
      blocked(error);
    }
  }
  // GitHub's own checks ran while the other fields were filled; the form is ready once they answered.
  await Promise.all(checks);
  return handedOver;
}
