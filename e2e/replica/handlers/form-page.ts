// The new-token pages (fine-grained and classic), behind GitHub's sudo prompt when the
// configuration asks for it.
import { formPrefill } from '../domain/prefill.ts';
import { fieldMap } from '../http/form-fields.ts';
import { htmlResponse, redirect, type ReplicaResponse } from '../http/responses.ts';
import { classicPrefill, classicTokenPage } from '../pages/classic-token-page.ts';
import { newTokenPage } from '../pages/new-token-page.ts';
import { sudoPage } from '../pages/sudo-page.ts';
import type { Handler, RequestContext } from './context.ts';

/** GitHub's "Confirm access" in place of a protected page, until the person confirms. */
function sudoFirst({ state, url }: RequestContext): ReplicaResponse | undefined {
  const { config } = state;
  if (!config.sudoFirst || state.sudoConfirmed) return undefined;
  const returnTo = config.sudoKeepsQuery ? `${url.pathname}${url.search}` : url.pathname;
  return htmlResponse(sudoPage(config, returnTo, state.csrfToken));
}

export const showClassicTokenForm: Handler = (context) =>
  sudoFirst(context) ?? htmlResponse(classicTokenPage({
    config: context.state.config, prefill: classicPrefill(context.url.searchParams), csrfToken: context.state.csrfToken, today: context.today,
  }));

export const showNewTokenForm: Handler = (context) => {
  const { state, url, today } = context;
  const { config } = state;
  const sudo = sudoFirst(context);
  if (sudo) return sudo;
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
