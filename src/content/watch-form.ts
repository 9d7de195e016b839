// Calls back on every change of a token form that the guide must see: GitHub's, the person's or
// PAT Pilot's. The callback is expected to throttle itself.
import { watchColorMode } from '../github/color-mode.ts';
import { find } from '../github/dom.ts';
import type { Alternatives } from '../github/selectors.ts';

/** Every value the form would submit, as one string: cheap to compare between polls. */
function formValues(document: Document, form: Alternatives): string {
  const element = find<HTMLFormElement>(document, form);
  if (!element) return '';
  return [...element.elements].map((control) => {
    const field = control as HTMLInputElement;
    return `${field.name}=${field.value}${field.checked ? '*' : ''}${field.disabled ? '-' : ''}`;
  }).join('&');
}

export function watchForm(document: Document, form: Alternatives, signal: AbortSignal, changed: () => void): void {
  const formObserver = new MutationObserver(changed);
  // The form holds everything GitHub submits; GitHub's menus, portaled to the end of <body>,
  // change it only through the form's own elements.
  formObserver.observe(find(document, form) ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  signal.addEventListener('abort', () => formObserver.disconnect(), { once: true });
  // GitHub's confirmation after Generate is added at the end of <body>, outside the form.
  const bodyObserver = new MutationObserver(changed);
  bodyObserver.observe(document.body, { childList: true });
  signal.addEventListener('abort', () => bodyObserver.disconnect(), { once: true });
  for (const type of ['input', 'change'] as const) document.addEventListener(type, changed, { capture: true, signal });
  watchColorMode(document, signal, changed);
  // Values set by script change no attribute and fire no event; look again twice a second, but
  // only call back when a value did change.
  let lastValues = formValues(document, form);
  const poll = setInterval(() => {
    const values = formValues(document, form);
    if (values === lastValues) return;
    lastValues = values;
    changed();
  }, 500);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
