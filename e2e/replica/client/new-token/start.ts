// The new-token form's page script: GitHub's app JS around the Primer widgets.
import { startGen2Permissions } from './gen2-permissions.ts';
import { requireRealPress, watchExpirationChoice } from './expiration-menu.ts';
import { updateGenerateButton } from './generate-button.ts';
import { watchOwnerChanges } from './owner-change.ts';
import { syncRepositoryAccess, watchRepositoryPicker } from './repository-picker.ts';
import { selectAccessLoader } from './select-access-loader.ts';
import { requireTrustedConfirmation } from './confirmation-step.ts';

export function startNewTokenForm(form: HTMLFormElement): void {
  const container = form.querySelector<HTMLElement>('.js-select-access-container');
  if (!container) return;
  const loader = selectAccessLoader(container, (fragment) => {
    syncRepositoryAccess(fragment);
    updateGenerateButton(form, fragment);
  });
  watchOwnerChanges(form, loader);
  watchExpirationChoice(form);
  requireRealPress(form);
  watchRepositoryPicker(form);
  requireTrustedConfirmation();
  startGen2Permissions(form);
}
