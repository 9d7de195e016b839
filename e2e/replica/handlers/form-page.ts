// The new-token page, behind GitHub's sudo prompt when the configuration asks for it.
import { formPrefill } from '../domain/prefill.ts';
import { fieldMap } from '../http/form-fields.ts';
import { htmlResponse, redirect } from '../http/responses.ts';
import { newTokenPage } from '../pages/new-token-page.ts';
import { sudoPage } from '../pages/sudo-page.ts';
import type { Handler } from './context.ts';

export const showNewTokenForm: Handler = ({ state, url, today }) => {
  const { config } = state;
  if (config.sudoFirst && !state.sudoConfirmed) {
    const returnTo = config.sudoKeepsQuery ? `${url.pathname}${url.search}` : url.pathname;
    return htmlResponse(sudoPage(config, returnTo, state.csrfToken));
  }
  const prefill = formPrefill(url.searchParams, config, today);
  return htmlResponse(newTokenPage({ config, prefill, csrfToken: state.csrfToken, today }));
};

/** Only paths on github.com itself are followed after sudo. */
const safeReturnPath = (returnTo: string | undefined): string =>
  returnTo !== undefined && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/settings/profile';

export const confirmSudo: Handler = ({ state, form }) => {
  const fields = fieldMap(form);
  if ((fields.sudo_password ?? '') === '') return htmlResponse(sudoPage(state.config, safeReturnPath(fields.return_to), state.csrfToken), 401);
  state.sudoConfirmed = true;
  return redirect(safeReturnPath(fields.return_to), 302);
};
