// The overlay of the pages around a token (issue #12), in its own host so it stands beside the
// form's guide and never replaces it; it sits at the bottom right, away from GitHub's buttons at
// the top of these pages, and folds to its header.
import type { AuditActions, AuditView } from './audit-view.ts';
import { mountShadowHost, type PrepareReport, type Theme } from './mount.tsx';
import { RegeneratePanel } from './regenerate-panel.tsx';
import { RequestListPanel } from './request-list-panel.tsx';
import { TokenListPanel } from './token-list-panel.tsx';
import { VerdictPanel } from './verdict-panel.tsx';

export const auditHostTag = 'pat-pilot-audit';

function AuditPanel({ view, actions }: { view: AuditView; actions: AuditActions }) {
  switch (view.kind) {
    case 'token-list':
      return <TokenListPanel view={view} actions={actions} />;
    case 'token-audit':
      return <VerdictPanel view={view} actions={actions} />;
    case 'request-list':
      return <RequestListPanel view={view} actions={actions} />;
    case 'regenerate':
      return <RegeneratePanel actions={actions} />;
  }
}

export interface MountedAudit {
  update(view: AuditView, actions: AuditActions, theme: Theme): void;
  remove(): void;
}

export function mountAuditOverlay(document: Document, prepareReport: PrepareReport): MountedAudit {
  const shadow = mountShadowHost(document, auditHostTag, undefined, prepareReport);
  return {
    update: (view, actions, theme) => shadow.draw(<div class="audit"><AuditPanel view={view} actions={actions} /></div>, theme),
    remove: shadow.remove,
  };
}
