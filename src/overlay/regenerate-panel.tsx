// Regenerating a token: what changes and what stays, in words. PAT Pilot does not act here.
// Regenerating a token still pending approval cancels its request (live-page-2026 §1.6); nobody
// has seen how this page shows a pending token, so the panel says it for every token.
import { githubTexts } from '../model/github-texts.ts';
import { words } from '../model/i18n.ts';
import { Panel } from './panel.tsx';
import type { AuditActions } from './audit-view.ts';

export function RegeneratePanel({ actions }: { actions: AuditActions }) {
  return (
    <Panel subtitle={githubTexts.regenerateToken} close={actions.close} collapsible>
      <div class="panel-body" role="status" data-testid="regenerate">
        <h2 class="section-title">{words('audit_regenerateTitle')}</h2>
        <p>{words('audit_regenerateKeeps')}</p>
        <p>{words('audit_regenerateRecipe', words('audit_createNext'), githubTexts.regenerateToken)}</p>
        <p class="finding finding-warning" data-testid="regenerate-pending">{words('audit_regeneratePending', words('audit_createNext'))}</p>
      </div>
    </Panel>
  );
}
