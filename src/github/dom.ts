// The only code that touches GitHub's DOM directly: finding elements through the selector
// registry, waiting for them, and acting the way a person's input would.
import type { Alternative, Alternatives } from './selectors.ts';

export const normalizedText = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The name a screen reader gives an option or menu item: its label, not its description. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const byId = labelledBy
    ?.split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id))
    .filter((label): label is HTMLElement => label !== null);
  if (byId?.length) return byId.map(normalizedText).join(' ');
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel) return ariaLabel.trim();
  const label = element.querySelector('.ActionListItem-label, [class*="ItemLabel"]');
  return normalizedText(label ?? element);
}

export const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export interface Match<E extends Element = HTMLElement> {
  readonly element: E;
  readonly alternative: Alternative;
}

function matchesText(element: Element, alternative: Alternative): boolean {
  return !alternative.text || alternative.text.test(normalizedText(element));
}

/** Every element the first matching alternative finds. */
export function findAll<E extends Element = HTMLElement>(root: ParentNode, alternatives: Alternatives): E[] {
  for (const alternative of alternatives) {
    const found = [...root.querySelectorAll<E>(alternative.css)].filter((element) => matchesText(element, alternative));
    if (found.length) return found;
  }
  return [];
}

export function findMatch<E extends Element = HTMLElement>(root: ParentNode, alternatives: Alternatives): Match<E> | undefined {
  for (const alternative of alternatives) {
    const element = [...root.querySelectorAll<E>(alternative.css)].find((candidate) => matchesText(candidate, alternative));
    if (element) return { element, alternative };
  }
  return undefined;
}

export function find<E extends Element = HTMLElement>(root: ParentNode, alternatives: Alternatives): E | undefined {
  return findMatch<E>(root, alternatives)?.element;
}

/** Shown to the person: has a box and is not hidden by an ancestor. */
export function isVisible(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden || html.closest('[hidden]')) return false;
  return element.getClientRects().length > 0;
}

export function findVisible<E extends Element = HTMLElement>(root: ParentNode, alternatives: Alternatives): E | undefined {
  return findAll<E>(root, alternatives).find(isVisible);
}

export class WaitTimeout extends Error {
  constructor(readonly what: string) {
    super(`Timed out waiting for ${what}`);
    this.name = 'WaitTimeout';
  }
}

export interface WaitOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** Named in the timeout error. */
  readonly what: string;
}

/**
 * Resolves with the first truthy result of check. It re-checks on DOM changes and every 100 ms,
 * because some values (an input's .value) change without a mutation.
 */
export function waitFor<T>(check: () => T | undefined | null | false, { signal, timeoutMs, what }: WaitOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    if (signal.aborted) return reject(signal.reason);
    const finish = (settle: () => void): void => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const recheck = (): void => {
      const value = check();
      if (value) finish(() => resolve(value));
    };
    const onAbort = (): void => finish(() => reject(signal.reason));
    const observer = new MutationObserver(recheck);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const poll = setInterval(recheck, 100);
    const timer = setTimeout(() => finish(() => reject(new WaitTimeout(what))), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const pause = (milliseconds: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });

/**
 * Types a value the way GitHub's scripts notice: the prototype's value setter (which React's
 * value tracking cannot intercept), then bubbling input and change events.
 */
export function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Primer's custom elements and React's handlers both answer a click event; never click a wrapper. */
export function press(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  element.click();
}

export function pressKey(target: Element, key: 'Escape' | 'Enter'): void {
  for (const type of ['keydown', 'keyup'] as const) {
    target.dispatchEvent(new KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true, composed: true }));
  }
}
