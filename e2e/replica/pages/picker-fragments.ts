// The two SelectPanel list fragments: resource owners (fetched once when the owner panel opens)
// and repository suggestions (fetched on every filter change of the repository picker).
import type { ReplicaConfig, ReplicaOwner } from '../config.ts';
import type { Html } from '../markup/html.ts';
import { actionListItem, selectPanelList } from '../markup/primer.ts';
import { selectAccessPath } from './select-access-fragment.ts';

/** The owner items carry the owner's policy, which the page script reads when the owner changes. */
function ownerItem(owner: ReplicaOwner, current: string): Html {
  const cap = owner.lifetimeCapDays;
  return actionListItem({
    label: owner.login,
    value: owner.login,
    role: 'option',
    selection: 'single',
    checked: owner.login === current,
    leadingIcon: owner.isOrganization ? 'organization' : 'person',
    itemAttrs: {
      'data-actor-is-organization': String(owner.isOrganization),
      'data-fg-limit': cap === undefined ? undefined : String(cap),
      'data-fg-limit-label': cap === undefined ? undefined : `${cap} days`,
      'data-fg-limit-exempt': 'false',
      'data-src': selectAccessPath(owner.login),
    },
  });
}

export function resourceOwnersFragment(config: ReplicaConfig, current: string): Html {
  return selectPanelList('resource-owner-select-panel', 'Select resource owner', false, config.owners.map((owner) => ownerItem(owner, current)));
}

export const maximumSuggestions = 10;

/** Substring match on owner/name, at most ten, in the owner's own order (decoys stay first). */
export function repositorySuggestionsFragment(owner: ReplicaOwner, query: string): Html {
  const needle = query.trim().toLowerCase();
  const matches = owner.repositories
    .map((repository) => ({ id: repository.id, fullName: `${owner.login}/${repository.name}` }))
    .filter((repository) => repository.fullName.toLowerCase().includes(needle))
    .slice(0, maximumSuggestions);
  return selectPanelList('repository-menu-list', 'Select repositories', true, matches.map((repository) => actionListItem({
    label: repository.fullName,
    value: String(repository.id),
    role: 'option',
    selection: 'multiple',
    // The panel itself remembers the picks across searches and re-checks them (PVC's selection memory).
    checked: false,
    leadingIcon: 'repo',
  })));
}
