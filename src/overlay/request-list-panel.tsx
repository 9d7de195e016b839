// An organization owner's pending requests: which ones are named like a recipe PAT Pilot knows.
// Whether a request matches its recipe shows on the request's own page.
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words } from '../model/i18n.ts';
import { PageReportOffer } from './page-report.tsx';
import { Panel } from './panel.tsx';
import type { AuditActions, RequestListView } from './audit-view.ts';

export function RequestListPanel({ view, actions }: { view: RequestListView; actions: AuditActions }) {
  return (
    <Panel subtitle={words('audit_requestsTitle')} close={actions.close} collapsible>
      <div class="panel-body">
        <ul class="audit-rows" data-testid="audit-requests">
          {view.requests.map((request) => (
            <li key={request.name} class="audit-row" data-request={request.name}>
              <strong class="audit-name">{request.name}</strong>
              {request.requester && <span class="muted"> {words('audit_requestBy', request.requester)}</span>}
              <div class="small">
                {request.recipeLabel ? words('audit_namedLikeRecipe', request.recipeLabel) : words('audit_noRecipeForName')}
              </div>
            </li>
          ))}
        </ul>
        {!view.rowsFound && (
          <p class="notice notice-warning" data-unread="list">{words('audit_couldNotRead', words('audit_requestsTitle'))}</p>
        )}
        {view.unreadRows > 0 && (
          <p class="notice notice-warning" data-unread="requests">{pluralWords('audit_requestsUnread', view.unreadRows)}</p>
        )}
        {(!view.rowsFound || view.unreadRows > 0) && <PageReportOffer />}
        <p class="muted small">{words('audit_youDecide', githubTexts.approve, githubTexts.deny)}</p>
      </div>
    </Panel>
  );
}
