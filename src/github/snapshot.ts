// Reads the whole form at once: what GitHub would receive if the user clicked Generate now.
import type { FormSnapshot } from '../model/form-snapshot.ts';
import { find } from './dom.ts';
import type { RepositoryDirectory } from './repository-directory.ts';
import { selectors } from './selectors.ts';
import { accessSectionLoaded } from './widgets/access-section.ts';
import { descriptionField } from './widgets/description.ts';
import { expirationWidget } from './widgets/expiration.ts';
import { generateButton } from './widgets/generate.ts';
import { nameField } from './widgets/name.ts';
import { ownerWidget } from './widgets/owner.ts';
import { permissionsWidget } from './widgets/permissions.ts';
import { repositoryAccessWidget } from './widgets/repository-access.ts';
import { selectedRepositoryIds } from './widgets/repository-picker.ts';
import { requestMessageField } from './widgets/request-message.ts';

export function readSnapshot(document: Document, directory: RepositoryDirectory): FormSnapshot {
  const repositoryIds = selectedRepositoryIds(document);
  // Learning reads every option of GitHub's picker: only worth it while a chosen one has no name.
  if (repositoryIds.some((id) => directory.nameOf(id) === undefined)) directory.learnFrom(document);
  const accessLoaded = accessSectionLoaded(document);
  return {
    signedInUser: find<HTMLMetaElement>(document, selectors.signedInUser)?.content || undefined,
    name: nameField.read(document),
    nameRefused: nameField.refused(document),
    description: descriptionField.read(document),
    owner: ownerWidget.read(document),
    expiration: expirationWidget.read(document),
    accessLoaded,
    requestMessage: accessLoaded ? requestMessageField.read(document) : undefined,
    repositoryAccess: accessLoaded ? repositoryAccessWidget.read(document) : undefined,
    repositories: repositoryIds.map((id) => ({ id, fullName: directory.nameOf(id) })),
    permissions: accessLoaded ? permissionsWidget.read(document) : undefined,
    generateLabel: generateButton.readLabel(document),
  };
}
