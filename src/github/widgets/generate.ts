// GitHub's Generate button. PAT Pilot points at it and reads its label; it never clicks it.
import { find, normalizedText } from '../dom.ts';
import { selectors, type Alternatives } from '../selectors.ts';

function buttonWidget(alternatives: Alternatives) {
  const locate = (document: Document): HTMLButtonElement | undefined => find<HTMLButtonElement>(document, alternatives);
  return {
    locate,
    readLabel: (document: Document): string | undefined => {
      const button = locate(document);
      return button ? normalizedText(find(button, selectors.buttonLabel) ?? button) : undefined;
    },
  };
}

/** "Generate token", or "Generate token and request access" for owners that require approval. */
export const generateButton = buttonWidget(selectors.generateButton);

/** The classic form's "Generate token". */
export const classicGenerateButton = buttonWidget(selectors.classicGenerateButton);
