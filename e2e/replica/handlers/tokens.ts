// Creating a token (POST /settings/personal-access-tokens) and the token list it leads to.
import { findOwner } from '../domain/owners.ts';
import { customDateOutOfBounds, readTokenRequest, tokenRequestErrors } from '../domain/token-request.ts';
import { html } from '../markup/html.ts';
import { fieldMap } from '../http/form-fields.ts';
import { htmlResponse, redirect, type ReplicaResponse } from '../http/responses.ts';
import { confirmationFrame, confirmationOverlay, formErrors } from '../pages/submit-responses.ts';
import { tokenListPage } from '../pages/token-list-page.ts';
import type { Handler, RequestContext } from './context.ts';

const tokenListPath = '/settings/personal-access-tokens';

/** Records a POST that creates a token, of either kind; GitHub refuses one without the page's CSRF token. */
export function refusedSubmission({ state, form }: RequestContext): ReplicaResponse | undefined {
  state.submissions.push(form);
  return fieldMap(form).authenticity_token === state.csrfToken ? undefined : htmlResponse(formErrors(["You can't perform that action at this time."]), 422);
}

export const createToken: Handler = (context) => {
  const { state, form, today } = context;
  const refused = refusedSubmission(context);
  if (refused) return refused;
  const request = readTokenRequest(form);
  // Reported for the live page, 2026-H2 (issue #10 §4): the form comes back as it was, no message.
  if (state.config.live.customDateBounds && customDateOutOfBounds(request, state.config, today)) return htmlResponse(html``, 422);
  const errors = tokenRequestErrors(request, state.config, state.tokens.names, today);
  if (errors.length > 0) return htmlResponse(formErrors(errors), 422);
  if (!request.confirmed) {
    // Reported for the live page, 2026-H2 (issue #10 §4): every token is confirmed first.
    if (state.config.live.confirmEveryToken) return htmlResponse(confirmationOverlay(request));
    // Seen live for "No expiration" only (research note §1.10).
    if (request.expiration === 'none') return htmlResponse(confirmationFrame(form, request));
  }
  // The 2026-08-10 incident: back to the list, no token.
  if (state.config.failCreation) return redirect(tokenListPath, 303);
  const owner = findOwner(state.config, request.targetName);
  state.tokens.create(request.name, request.targetName, owner?.requiresApproval ?? false);
  return redirect(tokenListPath, 303);
};

/**
 * The page's submit follows the 303 with fetch and then navigates there; only the navigation
 * (not the Turbo-style fetch, recognisable by its Accept header) uses up the one-time display.
 */
export const listTokens: Handler = ({ state, headers }) => {
  const isTurboFetch = (headers.accept ?? '').includes('text/vnd.turbo-stream.html');
  return htmlResponse(tokenListPage({
    config: state.config,
    existingNames: state.config.existingTokenNames,
    created: state.tokens.ofKind('fine-grained'),
    newToken: isTurboFetch ? undefined : state.tokens.takeUnseen('fine-grained'),
  }));
};
