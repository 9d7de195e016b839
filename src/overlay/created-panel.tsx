// After Generate: copy the token now (PAT Pilot never reads it), then ask an admin to approve
// it (step 20), with the request ready to paste; a classic token for an organization that
// enforces SAML single sign-on must be authorized for it first.
import { useState } from 'preact/hooks';
import { githubTexts } from '../model/github-texts.ts';
import { formatList, words } from '../model/i18n.ts';
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
            {view.singleSignOn && (
              <section data-testid="single-sign-on">
                <h2 class="section-title">
                  {view.singleSignOn.length ? words('created_sso', formatList(view.singleSignOn)) : words('created_ssoUnnamed')}
                </h2>
                <p>
                  {view.singleSignOn.length === 0
                    ? words('created_ssoUnnamed_detail', githubTexts.configureSso, githubTexts.authorize)
                    : words(view.singleSignOn.length === 1 ? 'created_ssoOne_detail' : 'created_ssoMany_detail', formatList(view.singleSignOn), githubTexts.configureSso, githubTexts.authorize)}
                </p>
              </section>
            )}
            {view.needsApproval && (
              <section>
                <h2 class="section-title">{words('created_pending', view.owner)}</h2>
                {/* Pending tokens read only public resources (live-page-2026 §1.6): a failing write is not a broken token. */}
                <p>{words('created_pendingReadOnly')}</p>
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
