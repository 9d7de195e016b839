// The states of GitHub's pages that PAT Pilot meets, each recognised in the page (passed to
// page.evaluate, so no imports). Captures and the conformance test use the same names.
export const captureStates = ['sudo', 'fresh', 'owner-alta3', 'picker-open', 'permissions-added', 'token-page'] as const;
export type CaptureState = (typeof captureStates)[number];

/** The selector registry's entries each state must show: what "the state's widgets were found" means. */
export const stateWidgets: Record<CaptureState, readonly string[]> = {
  sudo: ['sudoForm'],
  fresh: ['form', 'nameInput', 'descriptionInput', 'ownerButton', 'expirationButton', 'expirationValue', 'generateButton'],
  'owner-alta3': ['ownerValue', 'repositoryAccessRadios', 'permissionInputs', 'addPermissionsButton'],
  'picker-open': ['pickerDialog', 'pickerFilter', 'pickerOptions', 'pickerClose'],
  'permissions-added': ['permissionInputs', 'permissionTabs', 'permissionLevelButtonInRow'],
  'token-page': ['newTokenRow'],
};

/** Which states the page shows right now. */
export function statesShown(): string[] {
  const form = document.querySelector('form#new_user_programmatic_access, form[action$="/settings/personal-access-tokens"]');
  const owner = document.querySelector<HTMLInputElement>('input[name="target_name"]')?.value;
  const granted = [...document.querySelectorAll<HTMLInputElement>('input[name^="integration[default_permissions]"]')]
    .some((input) => input.value !== 'none' && input.value !== '' && !input.name.endsWith('[metadata]'));
  const pickerOpen = [...document.querySelectorAll('dialog[open], [role="dialog"]')]
    .some((dialog) => /repositor/i.test(dialog.id + (dialog.getAttribute('aria-label') ?? '')) && dialog.querySelector('[role="option"]') !== null);
  const shown: string[] = [];
  if (document.querySelector('form[action*="/sessions/sudo"]')) shown.push('sudo');
  if (form && !owner?.match(/^alta3$/i) && !granted) shown.push('fresh');
  if (form && owner === 'alta3' && document.querySelector('input[name="install_target"]')) shown.push('owner-alta3');
  if (form && pickerOpen) shown.push('picker-open');
  if (form && granted) shown.push('permissions-added');
  if (document.querySelector('.new-token')) shown.push('token-page');
  return shown;
}
