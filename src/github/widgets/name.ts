// The token name sits inside <auto-check>, which asks GitHub whether the name is free. A taken
// name is GitHub's verdict, so it is passed on to the person rather than worked around.
import { normalizedText, waitFor } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { StepBlocked, type ActionContext } from './action.ts';
import { textField } from './text-field.ts';

const field = textField(selectors.nameInput, 'the Token name field');

/** auto-check marks the input invalid while it checks and when GitHub refuses the name. */
async function nameVerdict(context: ActionContext, input: HTMLInputElement): Promise<string | undefined> {
  const settled = (): boolean => input.validity.valid || !/verifying|checking/i.test(input.validationMessage);
  try {
    await waitFor(settled, { signal: context.signal, timeoutMs: context.timeoutMs, what: 'the name check' });
  } catch (error) {
    if (context.signal.aborted) throw error;
    return undefined; // GitHub's check did not answer; the person sees GitHub's own message if any.
  }
  if (input.validity.valid) return undefined;
  const container = input.closest('auto-check')?.parentElement ?? input.parentElement;
  const shown = container ? normalizedText(container).match(/[^.]*(taken|invalid|blank|went wrong)[^.]*\./i)?.[0] : undefined;
  return shown ?? input.validationMessage;
}

export const nameField = {
  locate: field.locate,
  read: field.read,
  async fill(context: ActionContext, value: string): Promise<void> {
    await field.fill(context, value);
    const input = field.locate(context.document);
    if (!(input instanceof HTMLInputElement) || !input.closest('auto-check')) return;
    const refusal = await nameVerdict(context, input);
    if (refusal) throw new StepBlocked({ kind: 'name-rejected', message: refusal });
  },
};
