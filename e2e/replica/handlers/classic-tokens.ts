// Creating a classic token (POST /settings/tokens) and the classic token list it leads to.
import { classicTokenRequestErrors, readClassicTokenRequest } from '../domain/classic-token-request.ts';
import { fieldMap } from '../http/form-fields.ts';
import { htmlResponse, redirect } from '../http/responses.ts';
import { classicTokenListPage } from '../pages/classic-token-list-page.ts';
import { formErrors } from '../pages/submit-responses.ts';
import type { Handler } from './context.ts';

const classicListPath = '/settings/tokens';

export const createClassicToken: Handler = ({ state, form, today }) => {
  state.submissions.push(form);
  if (fieldMap(form).authenticity_token !== state.csrfToken) {
    return htmlResponse(formErrors(["You can't perform that action at this time."]), 422);
  }
  const request = readClassicTokenRequest(form);
  const errors = classicTokenRequestErrors(request, state.tokens.ofKind('classic').map((token) => token.name), today);
  if (errors.length > 0) return htmlResponse(formErrors(errors), 422);
  // The 2026-08-10 incident: back to the list, no token.
  if (state.config.failCreation) return redirect(classicListPath, 303);
  state.tokens.create(request.note, state.config.user, false, 'classic');
  return redirect(classicListPath, 303);
};

/** As on the fine-grained list, only a navigation (not the Turbo-style fetch) uses up the one-time display. */
export const listClassicTokens: Handler = ({ state, headers }) => {
  const isTurboFetch = (headers.accept ?? '').includes('text/vnd.turbo-stream.html');
  return htmlResponse(classicTokenListPage({
    config: state.config,
    created: state.tokens.ofKind('classic'),
    newToken: isTurboFetch ? undefined : state.tokens.takeUnseen('classic'),
  }));
};
