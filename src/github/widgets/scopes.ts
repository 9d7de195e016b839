// The classic form's scopes: one checkbox per scope. Ticking a parent ticks and disables the
// scopes it contains, and unticking it frees them again, so after every press the page is read
// anew. A box the recipe's scopes already contain is left as it is: the parent covers it.
import { effectiveScopes } from '../../model/classic-scopes.ts';
import { findAll, press } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { StepBlocked, confirmApplied, type ActionContext } from './action.ts';

const boxes = (document: Document): HTMLInputElement[] => findAll<HTMLInputElement>(document, selectors.scopeCheckboxes);

/** Every ticked scope, those ticked by their parent included; undefined when there are no boxes. */
function read(document: Document): string[] | undefined {
  const all = boxes(document);
  return all.length ? all.filter((box) => box.checked).map((box) => box.value) : undefined;
}

/** The element around all the boxes, for the spotlight. */
function locate(document: Document): Element | undefined {
  const all = boxes(document);
  const [first, last] = [all[0], all.at(-1)];
  let around = first?.parentElement;
  while (around && last && !around.contains(last)) around = around.parentElement;
  return around ?? undefined;
}

const sameScopes = (a: readonly string[], b: readonly string[]): boolean => effectiveScopes(a).join(' ') === effectiveScopes(b).join(' ');

/** The next box to press, or undefined when the boxes are as wanted: first untick, then tick. */
function nextPress(document: Document, wanted: readonly string[]): HTMLInputElement | undefined {
  const covered = new Set(effectiveScopes(wanted));
  const all = boxes(document);
  const untick = all.find((box) => box.checked && !box.disabled && !covered.has(box.value));
  if (untick) return untick;
  const missing = wanted.find((scope) => !all.some((box) => box.value === scope && box.checked));
  if (missing === undefined) return undefined;
  const box = all.find((candidate) => candidate.value === missing);
  if (!box) throw new StepBlocked({ kind: 'not-found', what: `the scope box ${missing}` });
  return box;
}

export const scopesWidget = {
  locate,
  read,
  /** wanted: the scopes to tick, none containing another. */
  async fill(context: ActionContext, wanted: readonly string[]): Promise<void> {
    if (!boxes(context.document).length) throw new StepBlocked({ kind: 'not-found', what: 'the scope boxes' });
    // Each press changes at most a parent and its children; more presses than boxes means the page does not follow.
    for (let presses = 0; presses <= boxes(context.document).length; presses += 1) {
      const box = nextPress(context.document, wanted);
      if (!box) break;
      if (box.disabled) throw new StepBlocked({ kind: 'not-applied', what: `the scope ${box.value} (its box is disabled)` });
      const before = box.checked;
      press(box);
      await confirmApplied(context, `the scope ${box.value}`, () => box.checked !== before);
    }
    await confirmApplied(context, `the scopes ${wanted.join(', ')}`, () => sameScopes(read(context.document) ?? [], wanted));
  },
};
