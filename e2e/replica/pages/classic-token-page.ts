// GET /settings/tokens/new: "New personal access token (classic)". Hand-written after public
// automation code that drives the live page (2025–26: form#new_oauth_access, the note
// input#oauth_access_description named oauth_access[description] with the placeholder "What’s
// this token for?", one checkbox oauth_access[scopes][] per scope in a list item of the
// "Select scopes" list, each child scope's box in a list nested in its parent's item, a submit
// button "Generate token") and the page's text as pasted from the live page in 2026-03. The
// expiration is the same PVC ActionMenu as the fine-grained form's.
import type { ReplicaConfig } from '../config.ts';
import { classicScopeBoxes, scopeChildren, type ClassicScopeBox } from '../domain/classic-scopes.ts';
import { classicField } from '../domain/classic-token-request.ts';
import { attributes, html, type Html } from '../markup/html.ts';
import { button, linkButton } from '../markup/primer.ts';
import { expirationField } from './expiration-field.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';

export interface ClassicPrefill {
  readonly note: string;
  /** Scopes from ?scopes=a,b (unknown ones left out). */
  readonly scopes: readonly string[];
}

/** ?description=…&scopes=repo,read:org, as links to the classic page have long carried them. */
export function classicPrefill(query: URLSearchParams): ClassicPrefill {
  const asked = (query.get('scopes') ?? '').split(/[,\s]+/);
  return {
    note: query.get('description') ?? '',
    scopes: classicScopeBoxes.filter((box) => asked.includes(box.scope)).map((box) => box.scope),
  };
}

const boxId = (scope: string): string => `oauth_access_scopes_${scope.replace(/[^a-z0-9_]/gi, '_')}`;

/** One scope's box and words; a box ticked by its parent is ticked and disabled, as GitHub's page does. */
function scopeLabel(box: ClassicScopeBox, ticked: boolean, byParent: boolean): Html {
  return html`<label class="d-flex flex-items-baseline gap-2" for="${boxId(box.scope)}">
        <div class="form-checkbox-wrap"><input type="checkbox" id="${boxId(box.scope)}" name="${classicField.scopes}" value="${box.scope}"${attributes({ checked: ticked, disabled: byParent })}></div>
        <span class="text-bold token-scope-name">${box.scope}</span><span class="color-fg-muted token-scope-description">${box.description}</span>
      </label>`;
}

function scopeList(prefilled: readonly string[]): Html {
  const tops = classicScopeBoxes.filter((box) => box.group === undefined);
  return html`<ul class="list-style-none token-scopes">${tops.map((top) => {
    const ticked = prefilled.includes(top.scope);
    const children = scopeChildren(top.scope).map((scope) => classicScopeBoxes.find((box) => box.scope === scope)!);
    return html`<li class="token-scope py-1">
      ${scopeLabel(top, ticked, false)}
      ${children.length > 0 && html`<ul class="list-style-none ml-4">${children.map((child) => html`<li class="token-scope-child">${scopeLabel(child, ticked || prefilled.includes(child.scope), ticked)}</li>`)}</ul>`}
    </li>`;
  })}</ul>`;
}

export interface ClassicTokenPageInput {
  readonly config: ReplicaConfig;
  readonly prefill: ClassicPrefill;
  readonly csrfToken: string;
  readonly today: Date;
}

export function classicTokenPage({ config, prefill, csrfToken, today }: ClassicTokenPageInput): Html {
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">New personal access token (classic)</h1>
</div>
<p class="color-fg-muted">Personal access tokens (classic) function like ordinary OAuth access tokens. They can be used instead of a password for Git over HTTPS, or can be used to authenticate to the API over Basic Authentication.</p>
<form class="new_oauth_access" id="new_oauth_access" aria-labelledby="settings_user_tokens_note" action="/settings/tokens" accept-charset="UTF-8" method="post">
  <input type="hidden" name="authenticity_token" value="${csrfToken}" autocomplete="off">
  <div id="js-flash-container" class="js-form-errors" aria-live="polite"></div>
  <div class="d-flex flex-column gap-3 token-form-fields">
    <dl class="form-group">
      <dt><label for="oauth_access_description" class="FormControl-label">Note</label></dt>
      <dd><input class="form-control width-full" placeholder="What’s this token for?" required aria-required="true" autocomplete="off" type="text" name="${classicField.note}" id="oauth_access_description" value="${prefill.note}"></dd>
    </dl>
    ${expirationField({ model: 'oauth_access', chosen: '30', customDate: '', today, personalLimit: false, requirePress: config.live.menusNeedRealPress === true })}
  </div>
  <dl class="form-group mt-4">
    <dt><label class="FormControl-label">Select scopes</label></dt>
    <dd>
      <p class="note color-fg-muted" id="settings_user_tokens_note">Scopes define the access for personal tokens. <a href="https://docs.github.com/apps/building-oauth-apps/understanding-scopes-for-oauth-apps/">Read more about OAuth scopes.</a></p>
      ${scopeList(prefill.scopes)}
    </dd>
  </dl>
  <hr class="my-4">
  <div class="d-flex flex-items-center gap-2">
    ${button({ label: 'Generate token', scheme: 'primary', type: 'submit' })}
    ${linkButton('/settings/tokens', { label: 'Cancel' })}
  </div>
</form>`, '/settings/tokens');
  return githubDocument({ title: 'New Personal Access Token (classic)', config, main });
}
