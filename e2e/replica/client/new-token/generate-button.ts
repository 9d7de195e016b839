// Owners that require approval get the request message in their fragment; the submit button
// and the note below it follow.
import { generateButtonLabel, readyNote } from '../../shared/page-texts.ts';

export function updateGenerateButton(form: HTMLFormElement, fragment: Element): void {
  const requiresApproval = fragment.querySelector('textarea[name="reason"]') !== null;
  const label = form.querySelector('.js-integrations-install-form-submit .Button-label');
  if (label) label.textContent = generateButtonLabel(requiresApproval);
  const note = form.querySelector('.js-token-ready-note');
  if (note) note.textContent = readyNote(requiresApproval);
}
