// What each capture state (src/github/page-states.ts) must show, for the conformance test.
import type { CaptureState } from '../src/github/page-states.ts';

/** The selector registry's entries each state must show: what "the state's widgets were found" means. */
export const stateWidgets: Record<CaptureState, readonly string[]> = {
  sudo: ['sudoForm'],
  fresh: ['form', 'nameInput', 'descriptionInput', 'ownerButton', 'expirationButton', 'expirationValue', 'generateButton'],
  'owner-alta3': ['ownerValue', 'repositoryAccessRadios', 'permissionInputs', 'addPermissionsButton'],
  'picker-open': ['pickerDialog', 'pickerFilter', 'pickerOptions', 'pickerClose'],
  'permissions-added': ['permissionInputs', 'permissionTabs', 'permissionLevelButtonInRow'],
  'token-created': ['newTokenRow'],
  'token-list': ['tokenPageLink'],
  'token-page': ['settingsMain', 'pageHeading', 'repositoryAccessLabel', 'repositoryPermissionsLabel'],
  'request-list': ['requestLink'],
  'request-page': ['settingsMain', 'pageHeading', 'repositoryAccessLabel', 'repositoryPermissionsLabel', 'requestReason'],
};
