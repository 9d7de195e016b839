// Stops a submission that breaks the recipe, whichever way it starts: a click on Generate,
// Enter in a field (which clicks the default button), or a script's requestSubmit. Listening on
// window in the capture phase runs before any of GitHub's listeners. When the form is right the
// event passes untouched, so the guard never changes what GitHub submits.
import { closestMatch, find } from '../github/dom.ts';
import { selectors, type Alternatives } from '../github/selectors.ts';

export interface GuardHooks {
  /** True when this submission may go ahead. */
  readonly allows: () => boolean;
  readonly blocked: () => void;
  /** The submission went ahead; record what was submitted (never the token). */
  readonly passed: () => void;
}

/** The form guarded and its Generate button; the fine-grained form's unless told. */
export interface GuardedForm {
  readonly form: Alternatives;
  readonly generate: Alternatives;
}

const fineGrainedForm: GuardedForm = { form: selectors.form, generate: selectors.generateButton };

export function installGuard(document: Document, signal: AbortSignal, hooks: GuardHooks, guarded: GuardedForm = fineGrainedForm): void {
  const form = (): HTMLFormElement | undefined => find<HTMLFormElement>(document, guarded.form);
  const isGenerate = (target: EventTarget | null): boolean => {
    const button = target instanceof Element ? closestMatch(target, selectors.submitControl) : undefined;
    return button !== undefined && button === find(document, guarded.generate) && button.closest('form') === form();
  };
  let passedThisSubmission = false;

  const intercept = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
    hooks.blocked();
  };

  window.addEventListener('click', (event) => {
    if (!isGenerate(event.target)) return;
    if (hooks.allows()) {
      passedThisSubmission = true;
      // The submit event, if any, follows within this task.
      setTimeout(() => { passedThisSubmission = false; }, 0);
      hooks.passed();
    } else intercept(event);
  }, { capture: true, signal });

  window.addEventListener('submit', (event) => {
    if (event.target !== form()) return;
    // The click that started this submission was already judged.
    if (passedThisSubmission) {
      passedThisSubmission = false;
      return;
    }
    if (hooks.allows()) hooks.passed();
    else intercept(event);
  }, { capture: true, signal });
}
