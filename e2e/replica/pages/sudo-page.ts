// "Confirm access": GitHub's sudo prompt, shown instead of the form when sudo mode has lapsed.
// The password form posts to /sessions/sudo and comes back to return_to.
import type { ReplicaConfig } from '../config.ts';
import { html, type Html } from '../markup/html.ts';
import { button } from '../markup/primer.ts';
import { githubDocument } from './layout.ts';

export function sudoPage(config: ReplicaConfig, returnTo: string, csrfToken: string): Html {
  const main = html`<div class="sudo-container px-3 py-6">
  <div class="auth-form-header text-center"><h1 class="f2 text-normal">Confirm access</h1></div>
  <div class="Box p-4 mt-3">
    <p class="text-center">Signed in as <strong>@${config.user}</strong></p>
    <form action="/sessions/sudo" accept-charset="UTF-8" method="post" data-turbo="false">
      <input type="hidden" name="authenticity_token" value="${csrfToken}" autocomplete="off">
      <input type="hidden" name="return_to" value="${returnTo}" autocomplete="off">
      <div class="d-flex flex-justify-between mb-1"><label for="sudo_password" class="text-bold">Password</label><a href="/password_reset" class="text-small">Forgot password?</a></div>
      <input type="password" id="sudo_password" name="sudo_password" required autofocus autocomplete="current-password" class="form-control input-block width-full mb-3">
      ${button({ label: 'Confirm', scheme: 'primary', type: 'submit', classes: 'Button--fullWidth' })}
    </form>
    <div class="mt-3 text-small color-fg-muted">
      <p class="mb-1">Having problems?</p>
      <ul class="list-style-none"><li>${button({ label: 'Use passkey', scheme: 'invisible', size: 'small' })}</li><li>${button({ label: 'Use GitHub Mobile', scheme: 'invisible', size: 'small' })}</li></ul>
    </div>
  </div>
  <p class="text-small color-fg-muted mt-3 text-center"><strong>Tip:</strong> You are entering sudo mode. After you've performed a sudo-protected action, you'll only be asked to re-authenticate again after a few hours of inactivity.</p>
</div>`;
  return githubDocument({ title: 'Confirm access', config, main });
}
