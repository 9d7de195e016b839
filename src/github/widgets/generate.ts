// GitHub's Generate button. PAT Pilot points at it and reads its label; it never clicks it.
import { find, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';

const locate = (document: Document): HTMLButtonElement | undefined => find<HTMLButtonElement>(document, selectors.generateButton);

export const generateButton = {
  locate,
  /** "Generate token", or "Generate token and request access" for owners that require approval. */
  readLabel: (document: Document): string | undefined => {
    const button = locate(document);
    return button ? normalizedText(find(button, selectors.buttonLabel) ?? button) : undefined;
  },
};
