// The only code that touches GitHub's DOM directly: finding elements through the selector
// registry, waiting for them, and acting the way a person's input would.
import type { Alternative, Alternatives } from './selectors.ts';

export const normalizedText = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

const isHiddenNode = (element: Element): boolean =>
  element.getAttribute('aria-hidden') === 'true' || (element as HTMLElement).hidden === true || element.localName === 'script' || element.localName === 'style';

/** Text of a subtree as accname's "name from content": hidden parts are left out, labelled parts give their label. */
function contentName(node: Node, viaReference: boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || (!viaReference && isHiddenNode(node))) return '';
  const label = node.getAttribute('aria-label')?.trim();
  if (label) return ` ${label} `;
  if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
  const inner = [...node.childNodes].map((child) => contentName(child, viaReference)).join('');
  return /^(span|b|i|em|strong|a|code|label)$/.test(node.localName) ? inner : ` ${inner} `;
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The name a screen reader announces (WAI accname, the parts GitHub's widgets use): aria-labelledby
 * (hidden tooltips included, as Primer React's IconButton names itself), aria-label, a form
 * field's <label>, the element's own content without aria-hidden parts, then title.
 */
export function accessibleName(element: Element): string {
  const document = element.ownerDocument;
  const referenced = element.getAttribute('aria-labelledby')?.split(/\s+/)
    .map((id) => document.getElementById(id))
    .filter((label): label is HTMLElement => label !== null) ?? [];
  if (referenced.length) return squeeze(referenced.map((label) => contentName(label, true)).join(' '));
  const ariaLabel = element.getAttribute('aria-label')?.trim();
  if (ariaLabel) return ariaLabel;
  const labels = (element as HTMLInputElement).labels;
  if (labels?.length) return squeeze([...labels].map((label) => contentName(label, false)).join(' '));
  return squeeze([...element.childNodes].map((child) => contentName(child, false)).join('')) || squeeze(element.getAttribute('title') ?? '');
}

export const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export interface Match<E extends Element = HTMLElement> {
  readonly element: E;
  readonly alternative: Alternative;
}

function matchesText(element: Element, alternative: Alternative): boolean {
  return (!alternative.text || alternative.text.test(normalizedText(element)))
    && (!alternative.name || alternative.name.test(accessibleName(element)));
}

/** The innermost element that is or contains every one of them. */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  const [first, ...others] = elements;
  let element: Element | null = first ?? null;
  while (element && !others.every((other) => element?.contains(other))) element = element.parentElement;
  return element ?? undefined;
}

/** Whether any alternative describes this element (for walking a page rather than searching it). */
export const matchesAny = (element: Element, alternatives: Alternatives): boolean =>
  alternatives.some((alternative) => element.matches(alternative.css) && matchesText(element, alternative));

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

/**
 * The text a person sees: text inside hidden elements is left out, such as the "Sorry, something
 * went wrong." every Primer SelectPanel carries hidden (live-page-2026 §2.3).
 */
export function visibleText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && isVisible(node.parentElement)) text += node.textContent ?? '';
  }
  return squeeze(text);
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

/**
 * Presses an element as a pointer would: pointerdown, mousedown, pointerup, mouseup, then click,
 * at its centre. Some of GitHub's menus commit only after the whole sequence (a bare click() is
 * ignored there); never press a wrapper, only the element that carries the role.
 */
export function press(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  const box = element.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, button: 0, detail: 1 };
  const pointer = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  element.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  element.dispatchEvent(new PointerEvent('pointerup', pointer));
  element.dispatchEvent(new MouseEvent('mouseup', at));
  element.click();
}

/** The nearest ancestor (or the element itself) that an alternative describes. */
export function closestMatch<E extends Element = HTMLElement>(element: Element, alternatives: Alternatives): E | undefined {
  for (const alternative of alternatives) {
    const found = element.closest<E>(alternative.css);
    if (found && matchesText(found, alternative)) return found;
  }
  return undefined;
}

export function pressKey(target: Element, key: 'Escape' | 'Enter'): void {
  for (const type of ['keydown', 'keyup'] as const) {
    target.dispatchEvent(new KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true, composed: true }));
  }
}
