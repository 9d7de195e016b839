// The confirmation overlay (#confirm-fg-pat) only works with a real click. GitHub was seen
// (research note §1.10, S6) to close it and land on the token list, creating nothing, when its
// button was clicked by script; the replica does the same to an untrusted activation.

const confirmButton = '#confirm-fg-pat button[type="submit"]';

export function requireTrustedConfirmation(): void {
  let trustedClick = false;
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest(confirmButton)) trustedClick = event.isTrusted;
  }, true);
  // Capturing, so it runs before the Turbo-like submit listener.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.closest('#confirm-fg-pat')) return;
    const trusted = trustedClick;
    trustedClick = false;
    if (trusted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    form.closest('dialog')?.close();
    location.assign('/settings/personal-access-tokens');
  }, true);
}
