// GET /settings/personal-access-tokens/new: the Rails + PVC part of the form. Everything from
// "Repository access" down arrives later in the select-access fragment (include-fragment).
import type { ReplicaConfig, ReplicaOwner } from '../config.ts';
import type { FormPrefill } from '../domain/prefill.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { button, linkButton, selectPanel } from '../markup/primer.ts';
import { customDateCapDays } from '../shared/expiration.ts';
import { generateButtonLabel, readyNote } from '../shared/page-texts.ts';
import { expirationField } from './expiration-field.ts';
import { developerSettingsLayout, githubDocument } from './layout.ts';
import { selectAccessPath } from './select-access-fragment.ts';

export interface NewTokenPageInput {
  readonly config: ReplicaConfig;
  readonly prefill: FormPrefill;
  readonly csrfToken: string;
  readonly today: Date;
}

function nameField(prefill: FormPrefill, csrfToken: string): Html {
  return html`<primer-text-field class="FormControl width-full FormControl--fullWidth">
  <label for="user_programmatic_access_name" class="FormControl-label">Token name<span aria-hidden="true"> *</span></label>
  <div class="FormControl-input-wrap">
    <auto-check src="/settings/personal-access-tokens/check-name" required>
      <input type="text" id="user_programmatic_access_name" name="user_programmatic_access[name]" value="${prefill.name}" required aria-required="true" autocomplete="off" spellcheck="false" aria-describedby="user_programmatic_access_name-validation user_programmatic_access_name-caption" data-target="primer-text-field.inputElement" class="form-control FormControl-input FormControl-medium">
      <input type="hidden" data-csrf="true" value="${csrfToken}">
    </auto-check>
  </div>
  <div class="FormControl-inlineValidation" id="user_programmatic_access_name-validation" hidden data-target="primer-text-field.validationElement">
    <span class="FormControl-inlineValidation--visual" data-target="primer-text-field.validationSuccessIcon" hidden>${octicon('check')}</span>
    <span class="FormControl-inlineValidation--visual" data-target="primer-text-field.validationErrorIcon">${octicon('alert')}</span>
    <span data-target="primer-text-field.validationMessageElement"></span>
  </div>
  <div class="FormControl-caption" id="user_programmatic_access_name-caption">A unique name for this token. May be visible to resource owners or users with possession of the token.</div>
</primer-text-field>`;
}

function descriptionField(prefill: FormPrefill): Html {
  return html`<div class="FormControl width-full FormControl--fullWidth">
  <label for="user_programmatic_access_description" class="FormControl-label">Description</label>
  <textarea id="user_programmatic_access_description" name="user_programmatic_access[description]" rows="3" class="form-control FormControl-textarea FormControl-medium">${prefill.description}</textarea>
</div>`;
}

function resourceOwnerField(owner: ReplicaOwner): Html {
  return html`<div class="FormControl">
  <label for="resource-owner-select-panel-button" class="FormControl-label">Resource owner</label>
  ${selectPanel({
    id: 'resource-owner-select-panel',
    title: 'Select resource owner',
    subtitle: 'You may only select resource owners with fine-grained PATs enabled.',
    variant: 'single',
    fetchStrategy: 'eventually_local',
    src: `/settings/personal-access-tokens/resource_owners?menu_id=resource-owner-select-panel&target_name=${encodeURIComponent(owner.login)}`,
    showButton: { label: owner.login },
    filterPlaceholder: 'Filter',
    noResultsLabel: 'No results found',
    dynamicLabel: true,
    inputs: html`<div data-list-inputs="true"><input type="hidden" name="target_name" value="${owner.login}" autocomplete="off"></div>`,
  })}
  <div class="FormControl-caption">The token will only be able to make changes to resources owned by the selected resource owner. Tokens can always read all public repositories.</div>
</div>`;
}

function fineGrainedExpiration({ prefill, today, config }: NewTokenPageInput): Html {
  const cap = prefill.owner.lifetimeCapDays;
  const bounded = config.live.customDateBounds === true;
  return expirationField({
    model: 'user_programmatic_access',
    chosen: prefill.expiration,
    customDate: prefill.customDate,
    today,
    ...(cap === undefined ? {} : { policy: { owner: prefill.owner.login, capDays: cap } }),
    customCapDays: customDateCapDays(prefill.owner, bounded),
    personalLimit: bounded,
    requirePress: config.live.menusNeedRealPress === true,
  });
}

/** Reported for the live page, 2026-H2 (issue #10 §4): a prefilled link tells the fragment so (prefillChoosesAll). */
const fragmentParameters = ({ prefill, config }: NewTokenPageInput): (readonly [string, string])[] =>
  [...prefill.permissionParameters, ...(config.live.prefillChoosesAll && prefill.fromLink ? [['prefilled', '1'] as const] : [])];

function tokenForm(input: NewTokenPageInput): Html {
  const { prefill } = input;
  const { requiresApproval } = prefill.owner;
  return html`<form id="new_user_programmatic_access" class="new_user_programmatic_access" action="/settings/personal-access-tokens" accept-charset="UTF-8" method="post">
  <input type="hidden" name="authenticity_token" value="${input.csrfToken}" autocomplete="off">
  <div id="js-flash-container" class="js-form-errors" aria-live="polite"></div>
  <div class="d-flex flex-column gap-3 token-form-fields">
    ${nameField(prefill, input.csrfToken)}
    ${descriptionField(prefill)}
    ${resourceOwnerField(prefill.owner)}
    <!-- expiration -->${fineGrainedExpiration(input)}<!-- /expiration -->
  </div>
  <div class="js-select-access-container mt-4">
    <include-fragment src="${selectAccessPath(prefill.owner.login, fragmentParameters(input))}" accept="text/fragment+html">
      <div class="d-flex flex-items-center color-fg-muted py-4" data-hide-on-error>${octicon('info')} <span class="ml-2">Loading repository access and permissions…</span></div>
    </include-fragment>
  </div>
  <hr class="my-4">
  <div class="d-flex flex-items-center gap-2">
    ${button({ label: generateButtonLabel(requiresApproval), scheme: 'primary', type: 'submit', classes: 'js-integrations-install-form-submit' })}
    ${linkButton('/settings/personal-access-tokens', { label: 'Cancel' })}
  </div>
  <p class="note text-small mt-2 js-token-ready-note">${readyNote(requiresApproval)}</p>
</form>`;
}

export function newTokenPage(input: NewTokenPageInput): Html {
  const main = developerSettingsLayout(html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">New fine-grained personal access token</h1>
  <div class="Subhead-description">Create a fine-grained, repository-scoped token suitable for personal API use and for using Git over HTTPS.</div>
</div>
${input.prefill.ownerError && html`<div class="flash flash-error mb-3" role="alert">${octicon('alert')} ${input.prefill.ownerError}</div>`}
${tokenForm(input)}`);
  return githubDocument({
    title: 'New Fine-grained Personal Access Token',
    config: input.config,
    main,
    // The confirmation step is loaded into this frame, at the end of <body>.
    portals: html`<turbo-frame id="fg_pat_confirmation_dialog"></turbo-frame>`,
  });
}
