// What POST /settings/personal-access-tokens answers besides a redirect: the confirmation step
// (a turbo-frame with #confirm-fg-pat) and the 422 error block the page shows.
import type { TokenRequest } from '../domain/token-request.ts';
import type { FormPairs } from '../http/form-fields.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { button, closeButton } from '../markup/primer.ts';

function repositorySummary(request: TokenRequest): string {
  if (request.installTarget === 'all') return 'All repositories';
  if (request.installTarget === 'selected') return `${request.repositoryIds.length} selected repositories`;
  return 'Public repositories (read-only)';
}

function expirationSummary(request: TokenRequest): string {
  if (request.expiration === 'none') return 'Never';
  if (request.expiration === 'custom') return request.customDate;
  return `${request.expiration} days`;
}

const noExpirationWarning = html`<div class="flash flash-warn mb-3">${octicon('alert')} This token has no expiration date. GitHub strongly recommends that you set an expiration date for your token to help keep your information secure.</div>`;

function confirmationBody(request: TokenRequest): Html {
  const granted = Object.values(request.levels).filter((level) => level !== 'none').length;
  return html`<div class="Overlay-body">
        ${request.expiration === 'none' && noExpirationWarning}
        <dl class="confirm-fg-pat-summary">
          <dt>Token name</dt><dd>${request.name}</dd>
          <dt>Resource owner</dt><dd>${request.targetName}</dd>
          <dt>Expiration</dt><dd>${expirationSummary(request)}</dd>
          <dt>Repository access</dt><dd>${repositorySummary(request)}</dd>
          <dt>Permissions</dt><dd>${granted} granted</dd>
        </dl>
      </div>`;
}

const confirmationHeader = html`<div class="Overlay-header">
        <div class="Overlay-headerContentWrap">
          <div class="Overlay-titleWrap"><h1 id="confirm-fg-pat-title" class="Overlay-title">New personal access token</h1></div>
          <div class="Overlay-actionWrap">${closeButton('confirm-fg-pat')}</div>
        </div>
      </div>`;

/**
 * The confirmation step re-posts everything the form sent, plus confirm=1, from its own form
 * (a stateless Rails-style confirmation).
 */
export function confirmationFrame(pairs: FormPairs, request: TokenRequest): Html {
  return html`<turbo-frame id="fg_pat_confirmation_dialog">
  <dialog-helper>
    <dialog id="confirm-fg-pat" aria-labelledby="confirm-fg-pat-title" data-view-component="true" class="Overlay Overlay--size-medium-portrait Overlay--motion-scaleFade">
      ${confirmationHeader}
      ${confirmationBody(request)}
      <form action="/settings/personal-access-tokens" accept-charset="UTF-8" method="post" class="Overlay-footer Overlay-footer--alignEnd">
        ${pairs.filter(([name]) => name !== 'confirm').map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
        <input type="hidden" name="confirm" value="1">
        ${button({ label: 'Cancel', attrs: { 'data-close-dialog-id': 'confirm-fg-pat' } })}
        ${button({ label: 'Generate token', scheme: 'primary', type: 'submit' })}
      </form>
    </dialog>
  </dialog-helper>
</turbo-frame>`;
}

/**
 * Reported for the live page, 2026-H2 (issue #10 §4): the confirmation for every token, a plain
 * overlay (no <dialog>, no role=dialog, not modal) in the frame at the end of <body>. Its
 * "Generate token" submits the page's own form again, as it stands then, with confirm=1.
 */
export function confirmationOverlay(request: TokenRequest): Html {
  return html`<turbo-frame id="fg_pat_confirmation_dialog">
  <div id="confirm-fg-pat" aria-labelledby="confirm-fg-pat-title" data-view-component="true" class="Overlay Overlay--size-medium Overlay--motion-scaleFade confirm-fg-pat-overlay">
      ${confirmationHeader}
      ${confirmationBody(request)}
      <div class="Overlay-footer Overlay-footer--alignEnd">
        ${button({ label: 'Cancel', attrs: { 'data-close-dialog-id': 'confirm-fg-pat' } })}
        ${button({ label: 'Generate token', scheme: 'primary', type: 'submit', attrs: { form: 'new_user_programmatic_access', name: 'confirm', value: '1' } })}
      </div>
  </div>
</turbo-frame>`;
}

export function formErrors(errors: readonly string[]): Html {
  return html`<div class="flash flash-error mb-3 js-token-form-errors" role="alert">
  ${octicon('alert')} <strong>There were problems creating your token:</strong>
  <ul class="ml-4 mt-1">${errors.map((error) => html`<li>${error}</li>`)}</ul>
</div>`;
}
