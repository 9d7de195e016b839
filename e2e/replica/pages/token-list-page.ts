// GET /settings/personal-access-tokens: the fine-grained token list. Right after a creation the
// new token's value is shown once, in a .new-token row with #new-access-token.
import type { ReplicaConfig } from '../config.ts';
import type { CreatedToken } from '../domain/tokens.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { linkButton } from '../markup/primer.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';

export interface TokenListInput {
  readonly config: ReplicaConfig;
  readonly existingNames: readonly string[];
  readonly created: readonly CreatedToken[];
  readonly newToken: CreatedToken | undefined;
}

const pendingLabel = html`<span class="Label Label--attention ml-2" title="Awaiting approval by an organization administrator">pending</span>`;

function newTokenRow(token: CreatedToken): Html {
  return html`<li class="Box-row new-token" data-id="${token.id}">
  <div class="d-flex flex-items-center"><span class="text-bold">${token.name}</span>${token.pending && pendingLabel}</div>
  <p class="text-small color-fg-muted my-2">Make sure to copy your personal access token now as you will not be able to see this again.</p>
  <div class="d-flex flex-items-center gap-2">
    <input type="text" id="new-access-token" readonly value="${token.value}" aria-label="Personal access token" class="form-control input-monospace flex-auto">
    <clipboard-copy for="new-access-token" aria-label="Copy token" data-view-component="true" class="Button Button--secondary Button--small">${octicon('copy')}${octicon('check', 'color-fg-success d-none')}</clipboard-copy>
  </div>
</li>`;
}

function tokenRow(name: string, pending: boolean, id: number): Html {
  return html`<li class="Box-row access-token" data-id="${id}">
  <div class="d-flex flex-items-center">${octicon('key', 'color-fg-muted mr-2')}<a class="text-bold" href="/settings/personal-access-tokens/${id}">${name}</a>${pending && pendingLabel}</div>
  <div class="text-small color-fg-muted mt-1">Never used</div>
</li>`;
}

export function tokenListPage(input: TokenListInput): Html {
  const older = input.created.filter((token) => token !== input.newToken);
  const rows = [
    ...(input.newToken ? [newTokenRow(input.newToken)] : []),
    ...older.map((token) => tokenRow(token.name, token.pending, token.id)),
    ...input.existingNames.map((name, index) => tokenRow(name, false, 900 + index)),
  ];
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">Fine-grained personal access tokens</h1>
  <div class="Subhead-actions">${linkButton('/settings/personal-access-tokens/new', { label: 'Generate new token', size: 'small' })}</div>
  <div class="Subhead-description">These are fine-grained, repository-scoped tokens suitable for personal API use and for using Git over HTTPS.</div>
</div>
${rows.length > 0
    ? html`<ul class="Box">${rows}</ul>`
    : html`<div class="blankslate"><h3 class="blankslate-heading">No fine-grained personal access tokens</h3></div>`}`);
  return githubDocument({ title: 'Fine-grained Personal Access Tokens', config: input.config, main });
}
