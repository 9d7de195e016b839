// The expiration ActionMenu both token forms share (the classic page's automation code drives the
// same js-new-default-token-expiration-item component, research note S13/S16): presets, Custom
// with its date field, the "No expiration" warning and a lifetime policy's line. Only the Rails
// model name in the fields' names and ids differs between the forms.
import { attributes, html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { actionListItem, actionMenu } from '../markup/primer.ts';
import { addDays, expirationChoices, isoDate, latestCustomDate, personalCustomDays } from '../shared/expiration.ts';
import { lifetimePolicy } from '../shared/page-texts.ts';

export interface ExpirationFieldInput {
  /** user_programmatic_access (fine-grained) or oauth_access (classic). */
  readonly model: string;
  /** The chosen item's value: a preset's days, "custom" or "none". */
  readonly chosen: string;
  readonly customDate: string;
  readonly today: Date;
  /** The owner's lifetime policy, with the owner it is named after. */
  readonly policy?: { readonly owner: string; readonly capDays: number };
  /** How far the Custom date may go, when less than GitHub's longest lifetime. */
  readonly customCapDays?: number;
  /** Reported for the live page, 2026-H2 (issue #10 §4): customDateBounds, a year for a person. */
  readonly personalLimit: boolean;
  /** Reported for the live page, 2026-H2 (issue #10 §4): menusNeedRealPress. */
  readonly requirePress: boolean;
}

export function expirationField(input: ExpirationFieldInput): Html {
  const { model, today } = input;
  const choices = expirationChoices(input.policy?.capDays, today);
  const chosen = choices.find((choice) => choice.value === input.chosen) ?? choices[0];
  return html`<div class="FormControl">
  <label for="token-expiration-button" class="FormControl-label">Expiration</label>
  ${actionMenu({
    id: 'token-expiration',
    classes: 'js-new-default-token-expiration-select',
    attrs: { 'data-require-press': input.requirePress },
    showButton: { label: chosen?.label ?? '' },
    items: choices.map((choice) => actionListItem({
      label: choice.label, value: choice.value, role: 'menuitemradio', selection: 'single',
      checked: choice === chosen, itemClasses: 'js-new-default-token-expiration-item',
    })),
    input: { name: `${model}[default_expires_at]`, value: chosen?.value ?? '' },
  })}
  <div class="FormControl-caption">The token will expire on the selected date</div>
  <div class="FormControl mt-2 js-custom-expiration"${attributes({ hidden: input.chosen !== 'custom' })}>
    <label for="${model}_custom_expires_at" class="FormControl-label">Select date<span aria-hidden="true"> *</span></label>
    <input type="date" id="${model}_custom_expires_at" name="${model}[custom_expires_at]"${attributes({ value: input.customDate || undefined, min: isoDate(addDays(today, 1)), max: latestCustomDate(input.customCapDays, today), 'data-personal-limit': input.personalLimit ? String(personalCustomDays) : undefined, disabled: input.chosen !== 'custom' })} class="form-control FormControl-input FormControl-medium">
  </div>
  <div class="flash flash-warn mt-2 js-no-expiration-warning"${attributes({ hidden: input.chosen !== 'none' })}>${octicon('alert')} GitHub strongly recommends that you set an expiration date for your token to help keep your information secure.</div>
  <p class="FormControl-caption mt-1 js-expiration-policy"${attributes({ hidden: input.policy === undefined })}>${input.policy ? lifetimePolicy(input.policy.owner, input.policy.capDays) : ''}</p>
</div>`;
}
