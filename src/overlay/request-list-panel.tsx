// An organization owner's pending requests: which ones are named like a recipe PAT Pilot knows.
// Whether a request matches its recipe shows on the request's own page.
import { couldNotRead } from '../guide/audit.ts';
import { Panel } from './panel.tsx';
import type { AuditActions, RequestListView } from './audit-view.ts';

export function RequestListPanel({ view, actions }: { view: RequestListView; actions: AuditActions }) {
  return (
    <Panel subtitle="Pending requests" close={actions.close}>
      <div class="panel-body">
        <ul class="audit-rows" data-testid="audit-requests">
          {view.requests.map((request) => (
            <li key={request.name} class="audit-row" data-request={request.name}>
              <strong class="audit-name">{request.name}</strong>
              {request.requester && <span class="muted"> by @{request.requester}</span>}
              <div class="small">
                {request.recipeLabel ? `Named like recipe ${request.recipeLabel}: open it to see whether it matches.` : 'No recipe PAT Pilot knows makes this name.'}
              </div>
            </li>
          ))}
        </ul>
        {view.unreadRows > 0 && (
          <p class="notice notice-warning" data-unread="requests">{view.unreadRows} {view.unreadRows === 1 ? 'request' : 'requests'}: {couldNotRead}.</p>
        )}
        <p class="muted small">PAT Pilot only compares. You decide, and click Approve or Deny yourself.</p>
      </div>
    </Panel>
  );
}
