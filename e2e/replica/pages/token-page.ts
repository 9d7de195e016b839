// GET /settings/personal-access-tokens/<id>: one of the user's fine-grained tokens, and
// GET …/<id>/regenerate: a new value and a new expiry for the same settings. Public reports say
// the list links both (issue #12 §1); the pages' markup is a GUESS around GitHub's Subhead and
// Box components. Regenerating was seen as a form with the expiration menu and a submit button.
import type { ReplicaConfig, ReplicaToken } from '../config.ts';
import { findOwner } from '../domain/owners.ts';
import { html, type Html } from '../markup/html.ts';
import { actionListItem, actionMenu, button, linkButton } from '../markup/primer.ts';
import { expirationChoices } from '../shared/expiration.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';
import { tokenStatement } from './token-statement.ts';

const tokenPath = (token: ReplicaToken): string => `/settings/personal-access-tokens/${token.id}`;

export function tokenPage(config: ReplicaConfig, token: ReplicaToken, today: Date): Html {
  const unreadable = config.drift.unreadable?.includes('token-page') ?? false;
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">${token.name}</h1>
  <div class="Subhead-actions">${linkButton(`${tokenPath(token)}/regenerate`, { label: 'Regenerate token', size: 'small' })}</div>
  ${token.pending && html`<div class="Subhead-description"><span class="Label Label--attention">pending</span> Awaiting approval by an organization administrator.</div>`}
</div>
${tokenStatement(token, today, unreadable)}`);
  return githubDocument({ title: `${token.name} · Fine-grained Personal Access Tokens`, config, main });
}

export function regeneratePage(config: ReplicaConfig, token: ReplicaToken, today: Date, csrfToken: string): Html {
  const choices = expirationChoices(findOwner(config, token.owner)?.lifetimeCapDays, today).filter((choice) => choice.value !== 'custom');
  const chosen = choices.find((choice) => choice.value === '30') ?? choices[0];
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">Regenerate fine-grained personal access token</h1>
  <div class="Subhead-description">${token.name}</div>
</div>
<p>Submitting this form will generate a new token. Be aware that any scripts or applications using this token will need to be updated.</p>
<form action="${tokenPath(token)}/regenerate" accept-charset="UTF-8" method="post" data-turbo="false">
  <input type="hidden" name="authenticity_token" value="${csrfToken}" autocomplete="off">
  <div class="FormControl mb-3">
    <label for="regenerate-expiration-button" class="FormControl-label">Expiration</label>
    ${actionMenu({
      id: 'regenerate-expiration',
      showButton: { label: chosen?.label ?? '' },
      items: choices.map((choice) => actionListItem({ label: choice.label, value: choice.value, role: 'menuitemradio', selection: 'single', checked: choice === chosen })),
      input: { name: 'user_programmatic_access[default_expires_at]', value: chosen?.value ?? '' },
    })}
  </div>
  <div class="d-flex gap-2">${button({ label: 'Regenerate token', scheme: 'primary', type: 'submit' })}${linkButton(tokenPath(token), { label: 'Cancel' })}</div>
</form>`);
  return githubDocument({ title: 'Regenerate fine-grained personal access token', config, main });
}
