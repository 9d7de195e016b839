// After Generate: copy the token now (PAT Pilot never reads it), then ask an admin to approve
// it (step 20), with the request ready to paste.
import { useState } from 'preact/hooks';
import { words } from '../model/i18n.ts';
import { Panel } from './panel.tsx';
import type { CreatedView, PanelActions } from './view.ts';

export function CreatedPanel({ view, actions }: { view: CreatedView; actions: PanelActions }) {
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard.writeText(view.approvalRequest).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <Panel subtitle={view.tokenName} close={actions.close}>
      <div class="panel-body">
        {view.tokenShown ? (
          <>
            <div class="finding finding-warning" role="alert">
              <strong class="finding-title">{words('created_copyNow')}</strong>
              <p>{words('created_copyNow_detail')}</p>
            </div>
            {view.needsApproval && (
              <section>
                <h2 class="section-title">{words('created_pending', view.owner)}</h2>
                <p>{words('created_pending_detail', view.owner)}</p>
                <textarea class="request" readOnly rows={9} aria-label={words('created_approvalRequest')} value={view.approvalRequest} />
                <button type="button" class="btn" onClick={copy}>{words(copied ? 'created_copied' : 'created_copyRequest')}</button>
              </section>
            )}
          </>
        ) : (
          <div class="finding finding-danger" role="alert">
            <strong class="finding-title">{words('created_noToken')}</strong>
            <p>{words('created_noToken_detail', view.tokenName)}</p>
          </div>
        )}
      </div>
    </Panel>
  );
}
