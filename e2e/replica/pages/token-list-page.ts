// GET /settings/personal-access-tokens: the fine-grained token list. Right after a creation the
// new token's value is shown once, in a .new-token row with #new-access-token.
// Each other row links the token's page and its regenerate page and states the expiry ("Expires
// on Mon, Mar 2 2027"): reported for the live list in 2026 (issue #12 §1). The row's markup
// around those (classes, the order of links) is a GUESS.
import type { ReplicaConfig } from '../config.ts';
import { expiryText, settingsDates } from '../domain/token-dates.ts';
import type { CreatedToken } from '../domain/tokens.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { linkButton } from '../markup/primer.ts';
import { addDays } from '../shared/expiration.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';

export interface TokenListInput {
  readonly config: ReplicaConfig;
  readonly created: readonly CreatedToken[];
  readonly newToken: CreatedToken | undefined;
  readonly today: Date;
}

interface TokenRow {
  readonly id: number;
  readonly name: string;
  readonly pending: boolean;
  readonly expiresOn: Date | undefined;
}

/** The tokens the user already had before the test: GitHub's default lifetime, 30 days from now. */
const defaultLifetimeDays = 30;

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

/** The unreadable variant: a numeric date that reads either way round (month or day first). */
const ambiguousExpiry = (expiresOn: Date | undefined): string =>
  expiresOn === undefined ? 'No expiration' : `Expires ${String(expiresOn.getMonth() + 1).padStart(2, '0')}/${String(expiresOn.getDate()).padStart(2, '0')}/${String(expiresOn.getFullYear()).slice(2)}`;

function tokenRow(row: TokenRow, today: Date, unreadable: boolean): Html {
  const path = `/settings/personal-access-tokens/${row.id}`;
  return html`<li class="Box-row d-flex flex-items-center access-token" data-id="${row.id}">
  <div class="flex-auto">
    <div class="d-flex flex-items-center">${octicon('key', 'color-fg-muted mr-2')}<a class="text-bold" href="${path}">${row.name}</a>${row.pending && pendingLabel}</div>
    <div class="text-small color-fg-muted mt-1"><span class="token-expiration">${unreadable ? ambiguousExpiry(row.expiresOn) : expiryText(row.expiresOn, today)}</span> · Never used</div>
  </div>
  ${linkButton(`${path}/regenerate`, { label: 'Regenerate', size: 'small' })}
</li>`;
}

export function tokenListPage(input: TokenListInput): Html {
  const { config, today } = input;
  const unreadable = config.drift.unreadable?.includes('token-list') ?? false;
  const older = input.created.filter((token) => token !== input.newToken);
  const listed: TokenRow[] = [
    ...older.map((token) => ({ id: token.id, name: token.name, pending: token.pending, expiresOn: token.expiresOn })),
    ...config.tokens.map((token) => ({ id: token.id, name: token.name, pending: token.pending ?? false, expiresOn: settingsDates(token, today).expiresOn })),
    ...config.existingTokenNames.map((name, index) => ({ id: 900 + index, name, pending: false, expiresOn: addDays(today, defaultLifetimeDays) })),
  ];
  const rows = [
    ...(input.newToken ? [newTokenRow(input.newToken)] : []),
    ...listed.map((row) => tokenRow(row, today, unreadable)),
  ];
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">Fine-grained personal access tokens</h1>
  <div class="Subhead-actions">${linkButton('/settings/personal-access-tokens/new', { label: 'Generate new token', size: 'small' })}</div>
  <div class="Subhead-description">These are fine-grained, repository-scoped tokens suitable for personal API use and for using Git over HTTPS.</div>
</div>
${rows.length > 0
    ? html`<ul class="Box">${rows}</ul>`
    : html`<div class="blankslate"><h3 class="blankslate-heading">No fine-grained personal access tokens</h3></div>`}`);
  return githubDocument({ title: 'Fine-grained Personal Access Tokens', config, main });
}
