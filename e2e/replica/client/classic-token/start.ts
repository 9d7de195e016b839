// The classic token form's page script: a top-level scope's box ticks and disables the boxes of
// the scopes it contains, and unticking it frees them again, as GitHub's page does. The
// expiration menu behaves as on the fine-grained form.
import { requireRealPress, watchExpirationChoice } from '../new-token/expiration-menu.ts';

const scopeBox = 'input[type="checkbox"][name="oauth_access[scopes][]"]';

/** A top-level scope's item holds its own box in its label and its children's boxes in a nested list. */
function tickWithParent(form: HTMLFormElement): void {
  form.addEventListener('change', (event) => {
    const box = event.target;
    const item = box instanceof HTMLInputElement && box.matches(scopeBox) ? box.closest('li.token-scope') : null;
    if (!(box instanceof HTMLInputElement) || !item || box.closest('li') !== item) return;
    for (const child of item.querySelectorAll<HTMLInputElement>(`:scope ul ${scopeBox}`)) {
      child.checked = box.checked;
      child.disabled = box.checked;
    }
  });
}

export function startClassicTokenForm(form: HTMLFormElement): void {
  watchExpirationChoice(form);
  requireRealPress(form);
  tickWithParent(form);
}
