// A token's page or a member's request, against the recipe its name comes from: "Matches", or each
// difference in the words and severities of the form's live warnings, or the parts PAT Pilot
// could not read (then no verdict at all).
import { auditPartTitles } from '../guide/audit.ts';
import type { Finding } from '../guide/compliance.ts';
import { githubTexts } from '../model/github-texts.ts';
import { words } from '../model/i18n.ts';
import { PageReportOffer } from './page-report.tsx';
import { Panel } from './panel.tsx';
import type { AuditActions, TokenAuditView, Verdict } from './audit-view.ts';

const severityClass: Record<Finding['severity'], string> = { danger: 'finding-danger', warning: 'finding-warning', unfinished: 'finding-warning' };

function Differences({ verdict, subject }: { verdict: Verdict; subject: TokenAuditView['subject'] }) {
  const lead = words(subject === 'request' ? 'audit_requestDiffers' : 'audit_tokenDiffers', verdict.recipeLabel);
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
        <p key={part} class="notice notice-warning" data-unread={part}>{words('audit_couldNotRead', part)}</p>
      ))}
      {verdict.unread.length > 0 && <PageReportOffer />}
    </>
  );
}

function Outcome({ view }: { view: TokenAuditView }) {
  const { verdict } = view;
  if (view.tokenName === undefined) {
    return (
      <>
        <p class="notice notice-warning" data-unread={auditPartTitles.name}>{words('audit_couldNotRead', auditPartTitles.name)}</p>
        <PageReportOffer />
      </>
    );
  }
  if (!verdict) return <p data-testid="verdict">{words('audit_noRecipe', view.tokenName)}</p>;
  if (verdict.matches) {
    return (
      <p class="finding audit-match" data-testid="verdict">
        <strong>{words(view.subject === 'request' ? 'audit_requestMatches' : 'audit_tokenMatches', verdict.recipeLabel)}</strong>
      </p>
    );
  }
  return <Differences verdict={verdict} subject={view.subject} />;
}

export function VerdictPanel({ view, actions }: { view: TokenAuditView; actions: AuditActions }) {
  return (
    <Panel subtitle={view.tokenName ?? words('audit_thisToken')} close={actions.close} collapsible>
      <div class="panel-body" role="status">
        <Outcome view={view} />
        {view.renewal && (
          <p>
            {words('audit_renewal', view.renewal.expiry)}{' '}
            <button type="button" class="btn btn-primary" onClick={() => actions.createNext(view.renewal!.recipeId)}>{words('audit_createNext')}</button>
          </p>
        )}
        {view.subject === 'request' && <p class="muted small">{words('audit_youDecide', githubTexts.approve, githubTexts.deny)}</p>}
      </div>
    </Panel>
  );
}
