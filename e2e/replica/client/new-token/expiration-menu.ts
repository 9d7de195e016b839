// The expiration ActionMenu's page behaviour: Custom shows the date field, "No expiration" the
// warning; an owner change rebuilds the choices for the owner's lifetime policy and goes back
// to the default (PVC's action-menu handles the menu itself and its hidden input).
import { customDateCapDays, defaultExpiration, expirationChoices, latestCustomDate } from '../../shared/expiration.ts';
import { lifetimePolicy } from '../../shared/page-texts.ts';

export interface OwnerPolicy {
  readonly login: string;
  readonly capDays: number | undefined;
  readonly isOrganization: boolean;
}

const field = (form: HTMLFormElement) => ({
  menu: form.querySelector<HTMLElement>('.js-new-default-token-expiration-select'),
  customField: form.querySelector<HTMLElement>('.js-custom-expiration'),
  // Both token forms: user_programmatic_access_custom_expires_at or oauth_access_custom_expires_at.
  customDate: form.querySelector<HTMLInputElement>('.js-custom-expiration input[type="date"]'),
  warning: form.querySelector<HTMLElement>('.js-no-expiration-warning'),
  policy: form.querySelector<HTMLElement>('.js-expiration-policy'),
});

function showChoiceDetails(form: HTMLFormElement, value: string): void {
  const { customField, customDate, warning } = field(form);
  if (customField) customField.hidden = value !== 'custom';
  // Disabled while hidden, so an unused date is not posted.
  if (customDate) customDate.disabled = value !== 'custom';
  if (warning) warning.hidden = value !== 'none';
}

export function watchExpirationChoice(form: HTMLFormElement): void {
  form.addEventListener('itemActivated', (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.matches('.js-new-default-token-expiration-select')) return;
    const { item } = (event as CustomEvent<{ item: Element }>).detail;
    showChoiceDetails(form, item.querySelector('[data-value]')?.getAttribute('data-value') ?? '');
  });
}

/**
 * Reported for the live page, 2026-H2 (issue #10 §4): the expiration menu commits an item only
 * when the click follows a press on that same item, a pointer press (pointerdown or mousedown) or
 * Enter/Space; a bare element.click() is swallowed and the menu stays as it was.
 */
export function requireRealPress(form: HTMLFormElement): void {
  const menu = form.querySelector<HTMLElement>('.js-new-default-token-expiration-select[data-require-press]');
  if (!menu) return;
  let pressed: Element | null = null;
  const itemOf = (event: Event): Element | null =>
    event.target instanceof Element ? event.target.closest('[role="menuitemradio"]') : null;
  for (const type of ['pointerdown', 'mousedown']) menu.addEventListener(type, (event) => { pressed = itemOf(event); }, true);
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') pressed = itemOf(event);
  }, true);
  // Capturing on the menu, so PVC's action-menu (listening on itself) never sees a bare click.
  menu.addEventListener('click', (event) => {
    const item = itemOf(event);
    if (!item) return;
    const real = item === pressed;
    pressed = null;
    if (real) return;
    event.preventDefault();
    event.stopPropagation();
  }, true);
}

/** Rebuilds the menu items from the first one, so they keep PVC's markup. */
export function resetExpiration(form: HTMLFormElement, owner: OwnerPolicy): void {
  const { menu, customDate, policy } = field(form);
  const list = menu?.querySelector('[role="menu"]');
  const model = list?.querySelector('li');
  if (!menu || !list || !model) return;
  const today = new Date();
  const chosen = defaultExpiration(owner.capDays);
  const choices = expirationChoices(owner.capDays, today);
  list.replaceChildren(...choices.map((choice) => {
    const item = model.cloneNode(true) as HTMLElement;
    const content = item.querySelector('[data-value]');
    content?.setAttribute('data-value', choice.value);
    content?.setAttribute('aria-checked', String(choice.value === chosen));
    const label = item.querySelector('.ActionListItem-label');
    if (label) label.textContent = choice.label;
    return item;
  }));
  const input = menu.querySelector<HTMLInputElement>('[data-list-inputs="true"] input');
  if (input) input.value = chosen;
  const buttonLabel = menu.querySelector('.Button-label');
  if (buttonLabel) buttonLabel.textContent = choices.find((choice) => choice.value === chosen)?.label ?? '';
  if (customDate) {
    customDate.value = '';
    // data-personal-limit: the customDateBounds report (issue #10 §4), a year for a person.
    const bounded = customDate.hasAttribute('data-personal-limit');
    customDate.max = latestCustomDate(customDateCapDays({ lifetimeCapDays: owner.capDays, isOrganization: owner.isOrganization }, bounded), today);
  }
  if (policy) {
    policy.hidden = owner.capDays === undefined;
    policy.textContent = owner.capDays === undefined ? '' : lifetimePolicy(owner.login, owner.capDays);
  }
  showChoiceDetails(form, chosen);
}
