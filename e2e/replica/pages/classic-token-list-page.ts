// GET /settings/tokens: "Personal access tokens (classic)". Right after Generate the new token's
// value is shown once in its row (code#new-oauth-token, as automation code reads it, with the copy
// button GitHub's docs name "Copy token"). For organizations that enforce SAML single sign-on each
// token has a "Configure SSO" menu with "Authorize" beside every such organization (GitHub's docs,
// authorizing-a-personal-access-token-for-use-with-single-sign-on.md, and its screenshot);
// hand-written, as that menu's markup is not public.
import type { ReplicaConfig } from '../config.ts';
import type { CreatedToken } from '../domain/tokens.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { linkButton } from '../markup/primer.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';

export interface ClassicTokenListInput {
  readonly config: ReplicaConfig;
  readonly created: readonly CreatedToken[];
  readonly newToken: CreatedToken | undefined;
}

function configureSso(config: ReplicaConfig, token: CreatedToken): Html {
  const organizations = config.owners.filter((owner) => owner.samlSso);
  if (organizations.length === 0) return html``;
  return html`<details class="details-reset details-overlay dropdown ml-2">
    <summary role="button" class="Button Button--secondary Button--small" aria-haspopup="menu"><span class="Button-label">Configure SSO</span></summary>
    <div class="dropdown-menu dropdown-menu-sw" role="menu" aria-label="Single sign-on organizations">
      <div class="dropdown-header">Single sign-on organizations</div>
      ${organizations.map((owner) => html`<div role="menuitem" class="dropdown-item d-flex flex-items-center gap-2" data-token-id="${token.id}"><span class="flex-auto">${owner.login}</span><button type="button" class="Button Button--secondary Button--small"><span class="Button-label">Authorize</span></button></div>`)}
    </div>
  </details>`;
}

function newTokenRow(config: ReplicaConfig, token: CreatedToken): Html {
  return html`<li class="Box-row new-token access-token" data-id="${token.id}">
  <div class="flash flash-success mb-2">Make sure to copy your personal access token now. You won’t be able to see it again!</div>
  <div class="d-flex flex-items-center gap-2">
    ${octicon('check', 'color-fg-success')}<code id="new-oauth-token" class="token flex-auto">${token.value}</code>
    <clipboard-copy for="new-oauth-token" aria-label="Copy token" data-view-component="true" class="Button Button--secondary Button--small">${octicon('copy')}</clipboard-copy>
    ${configureSso(config, token)}
  </div>
  <div class="text-small color-fg-muted mt-1">${token.name}</div>
</li>`;
}

function tokenRow(config: ReplicaConfig, token: CreatedToken): Html {
  return html`<li class="Box-row access-token" data-id="${token.id}">
  <div class="d-flex flex-items-center">${octicon('key', 'color-fg-muted mr-2')}<a class="text-bold flex-auto" href="/settings/tokens/${token.id}">${token.name}</a>${configureSso(config, token)}</div>
  <div class="text-small color-fg-muted mt-1">Never used</div>
</li>`;
}

export function classicTokenListPage({ config, created, newToken }: ClassicTokenListInput): Html {
  const rows = [
    ...(newToken ? [newTokenRow(config, newToken)] : []),
    ...created.filter((token) => token !== newToken).map((token) => tokenRow(config, token)),
  ];
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">Personal access tokens (classic)</h1>
  <div class="Subhead-actions">${linkButton('/settings/tokens/new', { label: 'Generate new token (classic)', size: 'small' })}</div>
  <div class="Subhead-description">Tokens you have generated that can be used to access the GitHub API.</div>
</div>
${rows.length > 0
    ? html`<ul class="Box">${rows}</ul>`
    : html`<div class="blankslate"><h3 class="blankslate-heading">No personal access tokens (classic)</h3></div>`}`, '/settings/tokens');
  return githubDocument({ title: 'Personal Access Tokens (Classic)', config, main });
}
