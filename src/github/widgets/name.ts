// The token name sits inside <auto-check>, which asks GitHub whether the name is free. A taken
// name is GitHub's verdict, so it is passed on to the person rather than worked around.
import { closestMatch, visibleText, waitFor } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { StepBlocked, type ActionContext } from './action.ts';
import { textField } from './text-field.ts';

const field = textField(selectors.nameInput, 'the Token name field');

/** How long auto-check may take to react to the input event before we take it that no check runs. */
const checkStartGraceMs = 150;
/** How long GitHub may take to show why it refused a name. */
const reasonWaitMs = 1000;

/**
 * auto-check starts its check a moment after the input event and answers after a debounce and a
 * round trip. Leaving the field before then makes it check again on blur, and a form submitted
 * while it checks is refused by the browser, so wait for the answer.
 */
function checkFinished(context: ActionContext, input: HTMLInputElement): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const finish = (): void => {
      clearTimeout(grace);
      clearTimeout(limit);
      input.removeEventListener('auto-check-start', onStart);
      input.removeEventListener('auto-check-complete', finish);
      context.signal.removeEventListener('abort', finish);
      resolve();
    };
    const onStart = (): void => { started = true; };
    const grace = setTimeout(() => { if (!started) finish(); }, checkStartGraceMs);
    const limit = setTimeout(finish, context.timeoutMs);
    input.addEventListener('auto-check-start', onStart);
    input.addEventListener('auto-check-complete', finish);
    context.signal.addEventListener('abort', finish, { once: true });
  });
}

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
  // GitHub writes its reason next to the field (in an element the input names in aria-describedby)
  // once it has read the answer, a moment after auto-check marked the field invalid.
  const shownReason = (): string | undefined => {
    const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => input.ownerDocument.getElementById(id));
    // Only shown words count: a hidden error template near the field is not GitHub's answer.
    const texts = [...described, closestMatch(input, selectors.nameCheck)?.parentElement].flatMap((element) => (element ? [visibleText(element)] : []));
    return texts.find((text) => /taken|invalid|blank|went wrong/i.test(text))?.replace(/\.$/, '');
  };
  const reason = await waitFor(shownReason, { signal: context.signal, timeoutMs: reasonWaitMs, what: 'GitHub\'s reason' }).catch(() => undefined);
  return reason ?? input.validationMessage;
}

/** auto-check marks the field invalid while it verifies, and with GitHub's message when it refuses. */
function refused(document: Document): boolean {
  const input = field.locate(document);
  return input instanceof HTMLInputElement && closestMatch(input, selectors.nameCheck) !== undefined && input.value !== ''
    && !input.validity.valid && !/verifying|checking/i.test(input.validationMessage);
}

export const nameField = {
  locate: field.locate,
  read: field.read,
  refused,
  /**
   * Types the name and asks auto-check to verify it now; the answer comes after its debounce and a
   * round trip, so the caller goes on with other fields and awaits `verdict` at the end. A refused
   * name rejects it with StepBlocked.
   */
  async fill(context: ActionContext, value: string): Promise<{ readonly verdict: Promise<void> }> {
    const input = field.locate(context.document);
    const checked = input instanceof HTMLInputElement && closestMatch(input, selectors.nameCheck) ? input : undefined;
    // Listen before typing: auto-check reacts within the same moment.
    const finished = checked ? checkFinished(context, checked) : undefined;
    await field.fill(context, value);
    if (!checked || !finished) return { verdict: Promise.resolve() };
    checked.dispatchEvent(new CustomEvent('triggervalidation'));
    const verdict = finished.then(() => nameVerdict(context, checked)).then((refusal) => {
      if (refusal) throw new StepBlocked({ kind: 'name-rejected', message: refusal });
    });
    // Handled by whoever awaits it; never an unhandled rejection in between.
    verdict.catch(() => undefined);
    return { verdict };
  },
};
