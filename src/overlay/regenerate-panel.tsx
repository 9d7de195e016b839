// Regenerating a token: what changes and what stays, in words. PAT Pilot does not act here.
import { Panel } from './panel.tsx';
import type { AuditActions } from './audit-view.ts';

export function RegeneratePanel({ actions }: { actions: AuditActions }) {
  return (
    <Panel subtitle="Regenerate token" close={actions.close}>
      <div class="panel-body" role="status" data-testid="regenerate">
        <h2 class="section-title">What regenerating changes</h2>
        <p>
          The token keeps its name, resource owner, repositories and permissions. GitHub gives it a new value, and the old value
          stops working at once: update every place that uses it. The new expiry counts from today.
        </p>
        <p>
          Anything in this token that differs from its recipe stays as it is. For a token exactly as the recipe says, use “Create
          the next one” on your token list instead. PAT Pilot never clicks “Regenerate token”.
        </p>
      </div>
    </Panel>
  );
}
