// Regenerating a token: what changes and what stays, in words. PAT Pilot does not act here.
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
      </div>
    </Panel>
  );
}
