// GitHub's Generate button of each token form, and the form it submits. PAT Pilot points at the
// button, reads its label and recognises a press of it; it never clicks it.
import { closestMatch, find, normalizedText } from '../dom.ts';
import { selectors, type Alternatives } from '../selectors.ts';

export interface GenerateButton {
  readonly locate: (document: Document) => HTMLButtonElement | undefined;
  readonly readLabel: (document: Document) => string | undefined;
  /** The form the button submits: what GitHub would receive. */
  readonly form: (document: Document) => HTMLFormElement | undefined;
  /** The event's target is (inside) this form's Generate button. */
  readonly isPressed: (document: Document, target: EventTarget | null) => boolean;
}

function generateButtonOf(formAlternatives: Alternatives, buttonAlternatives: Alternatives): GenerateButton {
  const locate = (document: Document): HTMLButtonElement | undefined => find<HTMLButtonElement>(document, buttonAlternatives);
  const form = (document: Document): HTMLFormElement | undefined => find<HTMLFormElement>(document, formAlternatives);
  return {
    locate,
    form,
    readLabel: (document) => {
      const button = locate(document);
      return button ? normalizedText(find(button, selectors.buttonLabel) ?? button) : undefined;
    },
    isPressed: (document, target) => {
      const button = target instanceof Element ? closestMatch(target, selectors.submitControl) : undefined;
      return button !== undefined && button === locate(document) && button.closest('form') === form(document);
    },
  };
}

/** "Generate token", or "Generate token and request access" for owners that require approval. */
export const generateButton = generateButtonOf(selectors.form, selectors.generateButton);

/** The classic form's "Generate token". */
export const classicGenerateButton = generateButtonOf(selectors.classicForm, selectors.classicGenerateButton);
