// The fine-grained form's steps, one entry each: where the spotlight points, and how the step is
// filled through GitHub's widgets from the plan's intent. Adding a step is one entry here plus its
// words in guide/steps.ts. (The classic form's entries are in classic-form.ts.)
import type { RepositoryDirectory } from '../github/repository-directory.ts';
import { waitForElement } from '../github/widgets/action.ts';
import { accessSectionLoaded } from '../github/widgets/access-section.ts';
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
import { sameLogin, type ExpiryTarget, type TargetForm } from '../guide/target.ts';
import type { Prerequisite, StepAction } from './guided-form.ts';

export interface FillInput {
  readonly target: TargetForm;
  readonly directory: RepositoryDirectory;
  readonly now: Date;
}

/** GitHub's expiration menu, the same on both kinds of token form. */
export const expirationStep = <State>(target: ExpiryTarget, now: Date): StepAction<State> => ({
  locate: expirationWidget.locate,
  endsWhenDone: true,
  fill: (context) => expirationWidget.fill(context, target.expirationDays, target.expirationDate, now),
});

/**
 * endsWhenDone everywhere but the owner (done means the login only, before GitHub has loaded that
 * owner's part of the form) and the name (GitHub's check of it is still to come).
 */
export function stepActions({ target, directory, now }: FillInput): Record<StepId, StepAction<StepState>> {
  /** The owner's part of the form: filled only once the recipe's owner is chosen and that part loaded. */
  const afterOwner: Prerequisite = {
    unmet: (document) => (sameLogin(ownerWidget.read(document), target.owner)
      ? undefined
      : { kind: 'not-applied', what: `the resource owner ${target.owner}, which this step needs first` }),
    loaded: async (context) => {
      await waitForElement(context, 'the repository access section', () => accessSectionLoaded(context.document));
    },
  };
  return {
    name: { locate: nameField.locate, fill: (context) => nameField.fill(context, target.name) },
    description: { locate: descriptionField.locate, endsWhenDone: true, fill: (context) => descriptionField.fill(context, target.description) },
    owner: { locate: ownerWidget.locate, fill: (context) => ownerWidget.fill(context, target.owner) },
    expiration: expirationStep(target, now),
    requestMessage: {
      locate: requestMessageField.locate,
      needs: afterOwner,
      endsWhenDone: true,
      // Only organizations that require approval show the field.
      fill: async (context) => {
        if (requestMessageField.locate(context.document)) await requestMessageField.fill(context, target.requestMessage ?? '');
      },
    },
    repositoryAccess: {
      locate: repositoryAccessWidget.locate,
      needs: afterOwner,
      endsWhenDone: true,
      fill: (context) => repositoryAccessWidget.fill(context, target.repositoryAccess),
    },
    repositories: {
      locate: repositoryPickerWidget.locate,
      needs: afterOwner,
      endsWhenDone: true,
      fill: async (context, { repositories }) => {
        if (target.repositoryAccess !== 'selected' || !repositories) return;
        const plan = { missing: repositories.missing, wantedCount: target.repositories.length, extraIds: repositories.extra.map((repository) => repository.id) };
        await repositoryPickerWidget.fill(context, plan, directory);
      },
    },
    permissions: {
      locate: permissionsWidget.locate,
      needs: afterOwner,
      endsWhenDone: true,
      fill: (context, { permissions = [] }) => permissionsWidget.fill(context, permissions.map((change) => ({ key: change.key, level: change.wanted }))),
    },
    // The overview is computed by PAT Pilot; the Generate button is where the person reviews it.
    review: { locate: generateButton.locate },
    generate: { locate: generateButton.locate },
  };
}
