// The states of GitHub's pages that PAT Pilot meets, each recognised in the page. Captures, page
// reports and the conformance test use the same names. statesShown imports nothing, so a test can
// hand it to page.evaluate.
// token-created is the list right after Generate (the new token shown once); token-list, token-page,
// request-list and request-page are the pages around a token after it exists (issue #12).
export const captureStates = [
  'sudo', 'fresh', 'owner-alta3', 'picker-open', 'permissions-added', 'token-created',
  'token-list', 'token-page', 'request-list', 'request-page',
] as const;
export type CaptureState = (typeof captureStates)[number];

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
  if (document.querySelector('.new-token')) shown.push('token-created');
  const path = location.pathname.replace(/\/+$/, '');
  const linksToken = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="/settings/personal-access-tokens/"]')].some((link) => /\/\d+$/.test(link.pathname));
  if (path === '/settings/personal-access-tokens' && linksToken) shown.push('token-list');
  if (/^\/settings\/personal-access-tokens\/\d+$/.test(path)) shown.push('token-page');
  if (/^\/organizations\/[^/]+\/settings\/personal-access-token-requests$/.test(path)) shown.push('request-list');
  if (/^\/organizations\/[^/]+\/settings\/personal-access-token-requests\/\d+$/.test(path)) shown.push('request-page');
  return shown;
}
