// Expiration: a Primer ActionMenu of menuitemradio buttons (7/30/60/90/custom/none, fewer under
// an owner's lifetime policy) that writes the hidden default_expires_at field, plus a date input
// that appears for "Custom". A policy shorter than the recipe is reported, never worked around:
// an organization's cap removes "No expiration" and bounds Custom ("Custom between 1 and N days"),
// and where the date input carries its own min and max they rule (live-page-2026 §1.5). A personal
// owner has no cap; the date input's max for one is not known, so none is assumed.
import type { ExpirationState } from '../../model/form-snapshot.ts';
import { find, findAll, findVisible, press, setFieldValue } from '../dom.ts';
import { selectors, valueSelectors } from '../selectors.ts';
import { StepBlocked, confirmApplied, waitForElement, type ActionContext } from './action.ts';

const dayMs = 24 * 60 * 60 * 1000;

function read(document: Document): ExpirationState | undefined {
  const value = find<HTMLInputElement | HTMLSelectElement>(document, selectors.expirationValue);
  if (!value) return undefined;
  const date = find<HTMLInputElement>(document, selectors.customExpirationDate);
  return {
    choice: value.value,
    customDate: value.value === 'custom' ? (date?.value ?? '') : undefined,
    offered: findAll(document, selectors.expirationItems).map((item) => item.dataset.value ?? ''),
  };
}

/** The longest lifetime the owner allows, when the page says: the date input's max, or the longest preset. */
function lifetimeCapDays(document: Document, offered: readonly string[], today: Date): number | undefined {
  const max = find<HTMLInputElement>(document, selectors.customExpirationDate)?.max;
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (max) return Math.round((new Date(`${max}T00:00:00`).getTime() - midnight.getTime()) / dayMs);
  if (offered.includes('none')) return undefined;
  const presets = offered.map(Number).filter(Number.isFinite);
  return presets.length ? Math.max(...presets) : undefined;
}

async function choose(context: ActionContext, value: string): Promise<void> {
  const item = () => find(context.document, valueSelectors.expirationItem(value));
  const invoker = find(context.document, selectors.expirationButton);
  if (invoker && !findVisible(context.document, valueSelectors.expirationItem(value))) press(invoker);
  press(await waitForElement(context, `the expiration option ${value}`, item));
  await confirmApplied(context, `expiration ${value}`, () => read(context.document)?.choice === value);
}

export const expirationWidget = {
  locate: (document: Document) => find(document, selectors.expirationButton),
  read,
  /** days: the recipe's lifetime or "none"; date: the day it ends (YYYY-MM-DD), used when no preset fits. */
  async fill(context: ActionContext, days: number | 'none', date: string | undefined, today: Date): Promise<void> {
    const current = read(context.document);
    if (!current) throw new StepBlocked({ kind: 'not-found', what: 'the Expiration menu' });
    if (current.choice === String(days) || (current.choice === 'custom' && current.customDate === date)) return;
    if (days === 'none') {
      if (!current.offered.includes('none')) throw new StepBlocked({ kind: 'lifetime-cap', capDays: lifetimeCapDays(context.document, current.offered, today), wantedDays: 'none' });
      return choose(context, 'none');
    }
    const capDays = lifetimeCapDays(context.document, current.offered, today);
    if (capDays !== undefined && capDays < days) throw new StepBlocked({ kind: 'lifetime-cap', capDays, wantedDays: days });
    if (current.offered.includes(String(days))) return choose(context, String(days));
    if (!current.offered.includes('custom') || date === undefined) throw new StepBlocked({ kind: 'lifetime-cap', capDays, wantedDays: days });
    await choose(context, 'custom');
    const input = await waitForElement(context, 'the custom expiration date', () => findVisible<HTMLInputElement>(context.document, selectors.customExpirationDate));
    // GitHub refuses a date outside the input's own bounds without a word, so none is ever typed.
    if ((input.max && date > input.max) || (input.min && date < input.min)) {
      throw new StepBlocked({ kind: 'lifetime-cap', capDays: lifetimeCapDays(context.document, [], today), wantedDays: days });
    }
    setFieldValue(input, date);
    await confirmApplied(context, `expiration date ${date}`, () => read(context.document)?.customDate === date);
  },
};
