// An organization owner's review of fine-grained token requests: the list of pending requests
// (GET /organizations/<org>/settings/personal-access-token-requests) and one request's page
// (…/<id>) with Approve and Deny. From GitHub's docs ("Managing requests for personal access
// tokens in your organization": the list under Personal access tokens › Pending requests, a
// request's page showing the access and permissions it asks for, Approve, and Deny with an
// optional reason) and the REST API's fields (token_name, owner, reason, token_expires_at).
// The markup, the forms' actions and the sentences are GUESSES.
import type { ReplicaConfig, ReplicaTokenRequest } from '../config.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';
import { button } from '../markup/primer.ts';
import { githubDocument, organizationSettingsLayout } from './layout.ts';
import { tokenStatement } from './token-statement.ts';

export const requestsPath = (org: string): string => `/organizations/${org}/settings/personal-access-token-requests`;

const isUnreadable = (config: ReplicaConfig, page: 'request-list' | 'request-page'): boolean => config.drift.unreadable?.includes(page) ?? false;

/** The unreadable variant (a redesign): names open a side panel from a button, nothing links the request. */
function requestRow(request: ReplicaTokenRequest, unreadable: boolean): Html {
  const name = unreadable
    ? html`<button type="button" class="btn-link Link--primary text-bold">${request.name}</button>`
    : html`<a class="Link--primary text-bold" href="${requestsPath(request.owner)}/${request.id}">${request.name}</a>`;
  return html`<li class="Box-row d-flex flex-items-start gap-2 js-token-request">
  <input type="checkbox" class="mt-1" name="request_ids[]" value="${request.id}" aria-label="Select ${request.name}">
  <div class="flex-auto">
    ${name}
    <div class="text-small color-fg-muted">Requested by <a class="Link--secondary" data-hovercard-type="user" href="/${request.requester}">@${request.requester}</a> ${request.createdDaysAgo === 0 ? 'today' : `${request.createdDaysAgo} days ago`}</div>
    <p class="text-small mb-0 mt-1 js-request-reason">${request.reason}</p>
  </div>
</li>`;
}

export function requestListPage(config: ReplicaConfig, org: string): Html {
  const requests = config.tokenRequests.filter((request) => request.owner === org);
  const unreadable = isUnreadable(config, 'request-list');
  const main = organizationSettingsLayout(org, html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">Pending requests</h1>
  <div class="Subhead-description">Fine-grained personal access tokens that members want to use on ${org}. Review each request before you approve it.</div>
</div>
${requests.length === 0
    ? html`<div class="blankslate"><h3 class="blankslate-heading">No pending requests</h3></div>`
    : html`<div class="Box">
  <div class="Box-header d-flex flex-items-center gap-2">
    <span class="flex-auto text-bold">${requests.length} pending ${requests.length === 1 ? 'request' : 'requests'}</span>
    ${['Owner', 'Repository', 'Permissions'].map((label) => button({ label, scheme: 'invisible', size: 'small', trailingCaret: true }))}
  </div>
  <ul>${requests.map((request) => requestRow(request, unreadable))}</ul>
</div>`}`);
  return githubDocument({ title: `Pending requests · ${org}`, config, main });
}

export function requestPage(config: ReplicaConfig, request: ReplicaTokenRequest, today: Date, csrfToken: string): Html {
  const path = `${requestsPath(request.owner)}/${request.id}`;
  const main = organizationSettingsLayout(request.owner, html`<div class="Subhead">
  <h1 class="Subhead-heading Subhead-heading--large">${request.name}</h1>
  <div class="Subhead-description"><a class="Link--primary" data-hovercard-type="user" href="/${request.requester}">@${request.requester}</a> requests access to ${request.owner} with this fine-grained personal access token.</div>
</div>
<div class="Box mb-3"><div class="Box-row">
  <h3 class="h5 mb-2">Reason</h3>
  <p class="mb-0 js-request-reason">${request.reason}</p>
</div></div>
${tokenStatement(request, today, isUnreadable(config, 'request-page'))}
<div class="d-flex flex-items-start gap-3">
  <form action="${path}/approve" accept-charset="UTF-8" method="post" data-turbo="false">
    <input type="hidden" name="authenticity_token" value="${csrfToken}" autocomplete="off">
    ${button({ label: 'Approve', scheme: 'primary', type: 'submit', leadingIcon: 'check' })}
  </form>
  <form action="${path}/deny" accept-charset="UTF-8" method="post" data-turbo="false" class="flex-auto">
    <input type="hidden" name="authenticity_token" value="${csrfToken}" autocomplete="off">
    <label for="deny-reason" class="FormControl-label">Reason for denying (optional, shared with ${request.requester})</label>
    <textarea id="deny-reason" name="reason" rows="2" class="form-control FormControl-textarea width-full mb-2"></textarea>
    ${button({ label: 'Deny', scheme: 'danger', type: 'submit', leadingIcon: 'x' })}
  </form>
</div>
<p class="text-small color-fg-muted mt-3">${octicon('info')} The requester gets an e-mail when you approve or deny the request.</p>`);
  return githubDocument({ title: `${request.name} · Pending requests · ${request.owner}`, config, main });
}
