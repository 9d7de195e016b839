// Which element of GitHub's page the spotlight frames for each step.
import { descriptionField } from '../github/widgets/description.ts';
import { expirationWidget } from '../github/widgets/expiration.ts';
import { generateButton } from '../github/widgets/generate.ts';
import { nameField } from '../github/widgets/name.ts';
import { ownerWidget } from '../github/widgets/owner.ts';
import { permissionsWidget } from '../github/widgets/permissions.ts';
import { repositoryAccessWidget } from '../github/widgets/repository-access.ts';
import { repositoryPickerWidget } from '../github/widgets/repository-picker.ts';
import { requestMessageField } from '../github/widgets/request-message.ts';
import type { StepId } from '../guide/steps.ts';

const locators: Record<StepId, (document: Document) => Element | undefined> = {
  name: nameField.locate,
  description: descriptionField.locate,
  owner: ownerWidget.locate,
  expiration: expirationWidget.locate,
  requestMessage: requestMessageField.locate,
  repositoryAccess: repositoryAccessWidget.locate,
  repositories: repositoryPickerWidget.locate,
  permissions: permissionsWidget.locate,
  // The overview is computed by PAT Pilot; the Generate button is where the person reviews it.
  review: generateButton.locate,
  generate: generateButton.locate,
};

export const stepLocator = (document: Document, step: StepId): Element | undefined => locators[step](document);
