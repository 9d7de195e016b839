// GitHub's plain text fields (name, description, request message) behave alike: set the value
// as typing would, then read it back.
import { find, setFieldValue } from '../dom.ts';
import type { Alternatives } from '../selectors.ts';
import { StepBlocked, confirmApplied, type ActionContext } from './action.ts';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function textField(alternatives: Alternatives, what: string) {
  const locate = (document: Document): TextControl | undefined => find<TextControl>(document, alternatives);
  return {
    locate,
    read: (document: Document): string | undefined => locate(document)?.value,
    async fill(context: ActionContext, value: string): Promise<void> {
      const field = locate(context.document);
      if (!field) throw new StepBlocked({ kind: 'not-found', what });
      if (field.value === value) return;
      setFieldValue(field, value);
      await confirmApplied(context, what, () => locate(context.document)?.value === value);
    },
  };
}
