// The confirmation step (#confirm-fg-pat) only works with a real click. GitHub was seen
// (research note §1.10, S6) to close it and land on the token list, creating nothing, when its
// button was clicked by script; the replica does the same to an untrusted activation.
// Two shapes: the <dialog> with its own form ("No expiration"), and the overlay reported for the
// live page, 2026-H2 (issue #10 §4), which is no dialog and submits the page's form itself.

const confirmation = '#confirm-fg-pat';
const confirmButton = `${confirmation} button[type="submit"]`;

function closeConfirmation(element: Element): void {
  const dialog = element.closest('dialog');
  if (dialog) dialog.close();
  else element.closest(confirmation)?.remove();
}

export function requireTrustedConfirmation(): void {
  let trustedClick = false;
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest(confirmButton)) {
      trustedClick = event.isTrusted;
      // A submission follows its click at once, or not at all (something else stopped it).
      setTimeout(() => { trustedClick = false; }, 0);
    }
    // PVC's dialog-helper closes the <dialog>; the overlay's Cancel and close buttons are the page's.
    const close = event.target.closest(`[data-close-dialog-id="${confirmation.slice(1)}"]`);
    if (close && !close.closest('dialog')) closeConfirmation(close);
  }, true);
  document.addEventListener('keydown', (event) => {
    const inside = event.target instanceof Element ? event.target.closest(confirmation) : null;
    if (event.key === 'Escape' && inside && !inside.closest('dialog')) closeConfirmation(inside);
  });
  // Capturing, so it runs before the Turbo-like submit listener.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const step = form.closest(confirmation) ?? event.submitter?.closest(confirmation);
    if (!step) return;
    const trusted = trustedClick;
    trustedClick = false;
    if (trusted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    closeConfirmation(step);
    location.assign('/settings/personal-access-tokens');
  }, true);
}
