// Creating a classic token (POST /settings/tokens) and the classic token list it leads to.
import { classicTokenRequestErrors, readClassicTokenRequest } from '../domain/classic-token-request.ts';
import { htmlResponse, redirect } from '../http/responses.ts';
import { classicTokenListPage } from '../pages/classic-token-list-page.ts';
import { formErrors } from '../pages/submit-responses.ts';
import type { Handler } from './context.ts';
import { refusedSubmission } from './tokens.ts';

const classicListPath = '/settings/tokens';

export const createClassicToken: Handler = (context) => {
  const { state, form, today } = context;
  const refused = refusedSubmission(context);
  if (refused) return refused;
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
