// Tells the guide whenever what GitHub would submit may have changed: mutations of the form,
// the person's input, GitHub's confirmation appearing, the theme switching, and values set by
// GitHub's scripts, which change no attribute and fire no event (looked at twice a second).
import { watchColorMode } from './color-mode.ts';

/** What watching needs from its caller: each piece ends when the caller's visit ends. */
export interface WatchScope {
  readonly signal: AbortSignal;
  observe(target: Node, options: MutationObserverInit, callback: () => void): void;
  addEventListener(target: EventTarget, type: string, listener: () => void, options?: AddEventListenerOptions): void;
  setInterval(callback: () => void, ms: number): void;
}

/** Finds the token form on the page (each kind of token form has its own). */
export type FormLocator = (document: Document) => HTMLFormElement | undefined;

/**
 * Every value of the form a script can change unseen, as one string: cheap to compare between
 * looks. Buttons hold none, and a hidden input's value is its attribute, which the observer sees;
 * the permissions form has dozens of each.
 */
function formValues(document: Document, tokenForm: FormLocator): string {
  const form = tokenForm(document);
  if (!form) return '';
  let values = '';
  for (const field of form.querySelectorAll<HTMLInputElement>('input:not([type="hidden"]), textarea, select')) {
    values += `${field.name}=${field.value}${field.checked ? '*' : ''}${field.disabled ? '-' : ''}&`;
  }
  return values;
}

export function watchForm(scope: WatchScope, document: Document, tokenForm: FormLocator, changed: () => void): void {
  // The form holds everything GitHub submits; GitHub's menus, portaled to the end of <body>,
  // change it only through the form's own elements.
  scope.observe(tokenForm(document) ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true }, changed);
  // GitHub's confirmation after Generate is added at the end of <body>, outside the form.
  scope.observe(document.body, { childList: true }, changed);
  for (const type of ['input', 'change']) scope.addEventListener(document, type, changed, { capture: true });
  watchColorMode(document, scope.signal, changed);
  let lastValues = formValues(document, tokenForm);
  scope.setInterval(() => {
    const values = formValues(document, tokenForm);
    if (values === lastValues) return;
    lastValues = values;
    changed();
  }, 500);
}
