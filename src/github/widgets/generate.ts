// GitHub's Generate button and the form it submits. PAT Pilot points at the button, reads its
// label and recognises a press of it; it never clicks it.
import { closestMatch, find, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';

const locate = (document: Document): HTMLButtonElement | undefined => find<HTMLButtonElement>(document, selectors.generateButton);

export const tokenForm = (document: Document): HTMLFormElement | undefined => find<HTMLFormElement>(document, selectors.form);

export const generateButton = {
  locate,
  /** "Generate token", or "Generate token and request access" for owners that require approval. */
  readLabel: (document: Document): string | undefined => {
    const button = locate(document);
    return button ? normalizedText(find(button, selectors.buttonLabel) ?? button) : undefined;
  },
  /** The event's target is (inside) the token form's Generate button. */
  isPressed: (document: Document, target: EventTarget | null): boolean => {
    const button = target instanceof Element ? closestMatch(target, selectors.submitControl) : undefined;
    return button !== undefined && button === locate(document) && button.closest('form') === tokenForm(document);
  },
};
