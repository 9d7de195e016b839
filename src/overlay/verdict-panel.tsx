// A token's page or a member's request, against the recipe its name comes from: "Matches", or each
// difference in the words and severities of the form's live warnings, or the parts PAT Pilot
// could not read (then no verdict at all).
import { couldNotRead } from '../guide/audit.ts';
import type { Finding } from '../guide/compliance.ts';
import { Panel } from './panel.tsx';
import type { AuditActions, TokenAuditView, Verdict } from './audit-view.ts';

const severityClass: Record<Finding['severity'], string> = { danger: 'finding-danger', warning: 'finding-warning', unfinished: 'finding-warning' };

function Differences({ verdict, subject }: { verdict: Verdict; subject: TokenAuditView['subject'] }) {
  const lead = subject === 'request' ? `Grants beyond recipe ${verdict.recipeLabel}` : `Differs from the recipe ${verdict.recipeLabel}`;
  return (
    <>
      {verdict.findings.length > 0 && <h2 class="section-title">{lead}</h2>}
      {verdict.findings.map((finding) => (
        <div key={finding.id} class={`finding ${severityClass[finding.severity]}`} data-finding={finding.id} data-severity={finding.severity}>
          <strong class="finding-title">{finding.title}</strong>
          <p>{finding.detail}</p>
        </div>
      ))}
      {verdict.unread.map((part) => (
        <p key={part} class="notice notice-warning" data-unread={part}>{part}: {couldNotRead}.</p>
      ))}
    </>
  );
}

function Outcome({ view }: { view: TokenAuditView }) {
  const { verdict } = view;
  if (view.tokenName === undefined) return <p class="notice notice-warning" data-unread="Token name">Token name: {couldNotRead}.</p>;
  if (!verdict) return <p data-testid="verdict">No recipe of yours makes a token named “{view.tokenName}”, so there is nothing to compare.</p>;
  if (verdict.matches) {
    return (
      <p class="finding audit-match" data-testid="verdict">
        <strong>{view.subject === 'request' ? `Matches recipe ${verdict.recipeLabel}` : `Matches the recipe ${verdict.recipeLabel}`}</strong>
      </p>
    );
  }
  return <Differences verdict={verdict} subject={view.subject} />;
}

export function VerdictPanel({ view, actions }: { view: TokenAuditView; actions: AuditActions }) {
  return (
    <Panel subtitle={view.tokenName ?? 'This token'} close={actions.close}>
      <div class="panel-body" role="status">
        <Outcome view={view} />
        {view.renewal && (
          <p>
            This token {view.renewal.expiry}.{' '}
            <button type="button" class="btn btn-primary" onClick={() => actions.createNext(view.renewal!.recipeId)}>Create the next one</button>
          </p>
        )}
        {view.subject === 'request' && <p class="muted small">PAT Pilot only compares. You decide, and click Approve or Deny yourself.</p>}
      </div>
    </Panel>
  );
}
