// After Generate: copy the token now (PAT Pilot never reads it), then ask an admin to approve
// it (step 20), with the request ready to paste; a classic token for an organization that
// enforces SAML single sign-on must be authorized for it first.
import { useState } from 'preact/hooks';
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
              <strong class="finding-title">Copy your token now</strong>
              <p>GitHub shows it only once. Use the copy button next to it; PAT Pilot never reads or keeps it.</p>
            </div>
            {view.singleSignOn && (
              <section data-testid="single-sign-on">
                <h2 class="section-title">Authorize it for {view.singleSignOn.length ? view.singleSignOn.join(', ') : 'your organization'} before it works there</h2>
                <p>
                  {view.singleSignOn.length === 1 ? `${view.singleSignOn[0]} enforces` : 'Your organizations enforce'} SAML single sign-on, so the token
                  cannot reach {view.singleSignOn.length === 1 ? 'its' : 'their'} repositories yet. Next to the token, click “Configure SSO”, then
                  “Authorize” beside {view.singleSignOn.length ? view.singleSignOn.join(' and ') : 'the organization'}.
                </p>
              </section>
            )}
            {view.needsApproval && (
              <section>
                <h2 class="section-title">Pending until an {view.owner} admin approves it</h2>
                <p>Until then the token can only read public resources. Send this to one of {view.owner}'s admins (step 20):</p>
                <textarea class="request" readOnly rows={9} aria-label="Approval request" value={view.approvalRequest} />
                <button type="button" class="btn" onClick={copy}>{copied ? 'Copied' : 'Copy the request'}</button>
              </section>
            )}
          </>
        ) : (
          <div class="finding finding-danger" role="alert">
            <strong class="finding-title">GitHub did not show a new token</strong>
            <p>
              GitHub returned to the token list without a new token, so “{view.tokenName}” was probably not created (GitHub
              has had outages like this). Check the list, then create it again.
            </p>
          </div>
        )}
      </div>
    </Panel>
  );
}
