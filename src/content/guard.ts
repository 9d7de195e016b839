// Stops a submission that breaks the recipe, whichever way it starts: a click on Generate,
// Enter in a field (which clicks the default button), or a script's requestSubmit. Listening on
// window in the capture phase runs before any of GitHub's listeners. When the form is right the
// event passes untouched, so the guard never changes what GitHub submits.
import type { GenerateButton } from '../github/widgets/generate.ts';
import type { ContentScriptContext } from './context.ts';

export interface GuardHooks {
  /** True when this submission may go ahead. */
  readonly allows: () => boolean;
  readonly blocked: () => void;
  /** The submission went ahead; record what was submitted (never the token). */
  readonly passed: () => void;
}

/** generate: the token form's Generate button, and through it the form it submits. */
export function installGuard(context: ContentScriptContext, document: Document, generate: GenerateButton, hooks: GuardHooks): void {
  /** The submission a click on Generate let through; its submit event follows within the same task. */
  let passedClick: Event | undefined;

  const intercept = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
    hooks.blocked();
  };

  context.addEventListener(window, 'click', (event) => {
    if (!generate.isPressed(document, event.target)) return;
    if (!hooks.allows()) return intercept(event);
    passedClick = event;
    hooks.passed();
  }, { capture: true });

  context.addEventListener<SubmitEvent>(window, 'submit', (event) => {
    if (event.target !== generate.form(document)) return;
    // The click that started this submission was already judged.
    const judged = passedClick !== undefined && event.timeStamp - passedClick.timeStamp < 1000;
    passedClick = undefined;
    if (judged) return;
    if (hooks.allows()) hooks.passed();
    else intercept(event);
  }, { capture: true });
}
