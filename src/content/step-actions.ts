// One entry per step of the procedure: where the spotlight points, and how the step is filled
// through GitHub's widgets from the plan's intent. Adding a step is one entry here plus its words
// in guide/steps.ts.
import type { RepositoryDirectory } from '../github/repository-directory.ts';
import type { ActionContext } from '../github/widgets/action.ts';
import { descriptionField } from '../github/widgets/description.ts';
import { expirationWidget } from '../github/widgets/expiration.ts';
import { generateButton } from '../github/widgets/generate.ts';
import { nameField } from '../github/widgets/name.ts';
import { ownerWidget } from '../github/widgets/owner.ts';
import { permissionsWidget } from '../github/widgets/permissions.ts';
import { repositoryAccessWidget } from '../github/widgets/repository-access.ts';
import { repositoryPickerWidget } from '../github/widgets/repository-picker.ts';
import { requestMessageField } from '../github/widgets/request-message.ts';
import type { StepState } from '../guide/plan.ts';
import type { StepId } from '../guide/steps.ts';
import type { TargetForm } from '../guide/target.ts';

export interface FillInput {
  readonly target: TargetForm;
  readonly directory: RepositoryDirectory;
  readonly now: Date;
}

/** A check GitHub runs on its own after a step (the name's), awaited at the end of the fill. */
export type PendingCheck = { readonly verdict: Promise<void> };

export interface StepAction {
  readonly locate: (document: Document) => Element | undefined;
  readonly fill?: (context: ActionContext, state: StepState, input: FillInput) => Promise<PendingCheck | void>;
  /** Inside the owner's part of the form: filled only once the recipe's owner is chosen and that part loaded. */
  readonly afterOwner?: boolean;
  /**
   * Its waits end as soon as the page shows the step done. Not the owner (done means the login
   * only, before GitHub has loaded that owner's part of the form) nor the name (GitHub's check of
   * it is still to come).
   */
  readonly endsWhenDone?: boolean;
}

export const stepActions: Record<StepId, StepAction> = {
  name: { locate: nameField.locate, fill: (context, _state, { target }) => nameField.fill(context, target.name) },
  description: { locate: descriptionField.locate, endsWhenDone: true, fill: (context, _state, { target }) => descriptionField.fill(context, target.description) },
  owner: { locate: ownerWidget.locate, fill: (context, _state, { target }) => ownerWidget.fill(context, target.owner) },
  expiration: {
    locate: expirationWidget.locate,
    endsWhenDone: true,
    fill: (context, _state, { target, now }) => expirationWidget.fill(context, target.expirationDays, target.expirationDate, now),
  },
  requestMessage: {
    locate: requestMessageField.locate,
    afterOwner: true,
    endsWhenDone: true,
    // Only organizations that require approval show the field.
    fill: async (context, _state, { target }) => {
      if (requestMessageField.locate(context.document)) await requestMessageField.fill(context, target.requestMessage ?? '');
    },
  },
  repositoryAccess: {
    locate: repositoryAccessWidget.locate,
    afterOwner: true,
    endsWhenDone: true,
    fill: (context, _state, { target }) => repositoryAccessWidget.fill(context, target.repositoryAccess),
  },
  repositories: {
    locate: repositoryPickerWidget.locate,
    afterOwner: true,
    endsWhenDone: true,
    fill: async (context, { repositories }, { target, directory }) => {
      if (target.repositoryAccess !== 'selected' || !repositories) return;
      const plan = { missing: repositories.missing, wantedCount: target.repositories.length, extraIds: repositories.extra.map((repository) => repository.id) };
      await repositoryPickerWidget.fill(context, plan, directory);
    },
  },
  permissions: {
    locate: permissionsWidget.locate,
    afterOwner: true,
    endsWhenDone: true,
    fill: (context, { permissions = [] }) => permissionsWidget.fill(context, permissions.map((change) => ({ key: change.key, level: change.wanted }))),
  },
  // The overview is computed by PAT Pilot; the Generate button is where the person reviews it.
  review: { locate: generateButton.locate },
  generate: { locate: generateButton.locate },
};
