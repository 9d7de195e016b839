// GET /settings/personal-access-tokens/select-access?target_name=<owner>[&<perm>=<level>…]:
// the lazily loaded part of the form — request message (approval owners), repository access,
// the repository picker and the Gen 3 permissions React partial.
import { githubPermissions } from '../domain/github-permissions.ts';
import { type PermissionLevel } from '../shared/permission-levels.ts';
import type { ReplicaOwner } from '../config.ts';
import { partialProps } from '../domain/permissions.ts';
import { attributes, html, raw, type Html } from '../markup/html.ts';
import { selectPanel } from '../markup/primer.ts';
import { selectedRepositoriesCount } from '../shared/page-texts.ts';
import { partialName, permissionFieldName } from '../shared/permission-props.ts';

export const selectAccessPath = (login: string, permissionParameters: readonly (readonly [string, string])[] = []): string =>
  `/settings/personal-access-tokens/select-access?${new URLSearchParams([['target_name', login], ...permissionParameters.map(([key, level]) => [key, level])])}`;

function requestMessage(owner: ReplicaOwner): Html {
  return html`<div class="FormControl width-full FormControl--fullWidth mb-4 token-form-fields">
  <label for="programmatic_access_request_reason" class="FormControl-label">Request message</label>
  <textarea id="programmatic_access_request_reason" name="reason" rows="3" class="form-control FormControl-textarea FormControl-medium"></textarea>
  <div class="FormControl-caption">${owner.login} requires administrator approval for fine-grained personal access tokens. Your message is sent to its administrators with the request.</div>
</div>`;
}

const accessChoices = [
  { value: 'none', label: 'Public repositories', caption: 'Read-only access to public repositories.' },
  { value: 'all', label: 'All repositories', caption: 'This applies to all current and future repositories you own. Also includes public repositories (read-only).' },
  { value: 'selected', label: 'Only select repositories', caption: 'Select at least one repository. Max 50 repositories. Also includes public repositories (read-only).' },
];

export type RepositoryAccess = 'none' | 'all' | 'selected';

function repositoryAccess(owner: ReplicaOwner, chosen: RepositoryAccess): Html {
  return html`<div class="Subhead mt-2"><h3 class="Subhead-heading Subhead-heading--large">Repository access</h3></div>
<fieldset class="FormControl-radio-group">
  <legend class="sr-only">Repository access</legend>
  ${accessChoices.map((choice) => html`<div class="FormControl-radio-wrap mb-2">
    <input type="radio" id="install_target_${choice.value}" name="install_target" value="${choice.value}"${attributes({ checked: choice.value === chosen })} aria-describedby="install_target_${choice.value}-caption" class="FormControl-radio">
    <span class="FormControl-radio-labelWrap">
      <label for="install_target_${choice.value}" class="FormControl-label">${choice.label}</label>
      <span class="FormControl-caption" id="install_target_${choice.value}-caption">${choice.caption}</span>
    </span>
  </div>`)}
</fieldset>
<div class="js-repository-picker ml-4 mt-2" hidden>
  ${selectPanel({
    id: 'repository-menu-list',
    title: 'Select repositories',
    variant: 'multiple',
    fetchStrategy: 'remote',
    src: `/settings/personal-access-tokens/suggestions?target_name=${encodeURIComponent(owner.login)}`,
    showButton: { label: 'Select repositories', leadingIcon: 'repo' },
    filterPlaceholder: 'Search for a repository',
    noResultsLabel: 'No results found',
  })}
  <div class="js-repository-picker-result-list mt-2">
    <p class="text-small color-fg-muted mb-2 js-integration-total-repos">${selectedRepositoriesCount(0)}</p>
    <ul class="Box js-repository-picker-results" hidden></ul>
  </div>
</div>`;
}

/** JSON inside <script> must not be able to close the tag. */
const scriptJson = (value: unknown): Html => raw(JSON.stringify(value).replace(/</g, '\\u003c'));

function permissionsPartial(owner: ReplicaOwner, levels: Record<string, PermissionLevel>): Html {
  return html`<div class="Subhead mt-5">
  <h3 class="Subhead-heading Subhead-heading--large">Permissions</h3>
  <div class="Subhead-description">Choose the minimal permissions necessary for your needs. <a class="Link--inTextBlock" href="https://docs.github.com/rest/overview/permissions-required-for-fine-grained-personal-access-tokens">Learn more about permissions.</a></div>
</div>
<react-partial partial-name="${partialName}" data-ssr="false" data-attempted-ssr="false">
  <script type="application/json" data-target="react-partial.embeddedData">${scriptJson({ props: partialProps(owner, levels) })}</script>
  <div data-target="react-partial.reactRoot">${githubPermissions.map((permission) => html`<input type="hidden" name="${permissionFieldName(permission.key)}" value="${levels[permission.key] ?? 'none'}">`)}</div>
</react-partial>`;
}

const gen2Sections = [
  { group: 'repository', title: 'Repository permissions' },
  { group: 'account', title: 'Account permissions' },
  { group: 'organization', title: 'Organization permissions' },
] as const;

/** Gen 2 (until Aug 2025): each permission a row with its own "Access:" menu of data-resource buttons. */
function gen2Permissions(levels: Record<string, PermissionLevel>): Html {
  return html`<div class="Subhead mt-5"><h3 class="Subhead-heading Subhead-heading--large">Permissions</h3></div>
${gen2Sections.map(({ group, title }) => html`<div class="Box mb-3 js-gen2-permissions" data-group="${group}">
  <div class="Box-header"><h4 class="Box-title">${title}</h4></div>
  <ul>${githubPermissions.filter((permission) => permission.group === group).map((permission) => {
    const level = levels[permission.key] ?? 'none';
    return html`<li class="Box-row d-flex flex-items-center js-list-group-item">
    <div class="flex-auto"><strong>${permission.name}</strong></div>
    <input type="hidden" name="${permissionFieldName(permission.key)}" value="${level}">
    <div class="position-relative">
      <button type="button" class="btn btn-sm js-action-selection-list-menu-button" aria-haspopup="true" aria-expanded="false">Access: ${gen2LevelLabels[level]}</button>
      <div class="js-gen2-level-menu Box position-absolute" role="menu" hidden>
        ${(['none', ...permission.levels] as PermissionLevel[]).map((offered) => html`<button type="button" role="menuitemradio" aria-checked="${String(offered === level)}" class="dropdown-item" data-resource="${permission.key}" data-value="${offered}">${gen2LevelLabels[offered]}</button>`)}
      </div>
    </div>
  </li>`;
  })}</ul>
</div>`)}`;
}

const gen2LevelLabels: Record<PermissionLevel, string> = { none: 'No access', read: 'Read-only', write: 'Read and write', admin: 'Admin' };

export function selectAccessFragment(owner: ReplicaOwner, levels: Record<string, PermissionLevel>, generation: 'gen2' | 'gen3' = 'gen3', access: RepositoryAccess = 'none'): Html {
  return html`<div class="js-select-access-fragment" data-target-name="${owner.login}">
${owner.requiresApproval && requestMessage(owner)}
${repositoryAccess(owner, access)}
${generation === 'gen2' ? gen2Permissions(levels) : permissionsPartial(owner, levels)}
</div>`;
}
