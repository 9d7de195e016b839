// The endpoints the page's widgets fetch: the owner list, the select-access fragment, repository
// suggestions and the token-name check.
import { html } from '../markup/html.ts';
import { findOwner, signedInOwner } from '../domain/owners.ts';
import { permissionLevels } from '../domain/permissions.ts';
import { nameErrors, takenNameError } from '../domain/token-request.ts';
import { fieldMap } from '../http/form-fields.ts';
import { htmlFragment } from '../http/responses.ts';
import { repositorySuggestionsFragment, resourceOwnersFragment } from '../pages/picker-fragments.ts';
import { selectAccessFragment } from '../pages/select-access-fragment.ts';
import type { Handler, RequestContext } from './context.ts';

const queriedOwner = ({ state, url }: RequestContext) =>
  findOwner(state.config, url.searchParams.get('target_name') ?? '') ?? signedInOwner(state.config);

export const resourceOwners: Handler = (context) =>
  // Reported for the live page, 2026-H2 (issue #10 §4): the list fails; PVC's panel shows its error.
  context.state.config.live.ownerListFails
    ? htmlFragment(html`Something went wrong.`, 500)
    : htmlFragment(resourceOwnersFragment(context.state.config, queriedOwner(context).login));

export const selectAccess: Handler = (context) => {
  const owner = queriedOwner(context);
  const levels = permissionLevels((key) => context.url.searchParams.get(key) ?? undefined, owner);
  const { live } = context.state.config;
  const { drift } = context;
  // Reported for the live page, 2026-H2 (issue #10 §4): opened from a prefilled link, "All repositories" is chosen.
  const access = live.prefillChoosesAll && context.url.searchParams.get('prefilled') === '1' ? 'all' : 'none';
  return htmlFragment(selectAccessFragment(owner, levels, drift.gen2Permissions ? 'gen2' : 'gen3', access));
};

export const repositorySuggestions: Handler = (context) =>
  htmlFragment(repositorySuggestionsFragment(queriedOwner(context), context.url.searchParams.get('q') ?? ''));

/** auto-check: 200 with the "available" line, 422 with the error the field shows. */
export const checkName: Handler = ({ state, form }) => {
  const fields = fieldMap(form);
  if (fields.authenticity_token !== state.csrfToken) return htmlFragment(html`Something went wrong while checking. Please retry.`, 422);
  const name = fields.value ?? '';
  const [error] = nameErrors(name, state.tokens.names);
  if (error === undefined) return htmlFragment(html`'${name}' is available.`);
  const message = error === takenNameError ? `${name} is an invalid name. The token name has already been taken.` : error;
  return htmlFragment(html`${message}`, 422);
};
