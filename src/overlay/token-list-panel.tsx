// The token list: each token made from a recipe, which recipe and how long it has left, with
// "Create the next one" once it expires within 14 days or has expired.
import { words } from '../model/i18n.ts';
import { Panel } from './panel.tsx';
import type { AuditActions, TokenListView } from './audit-view.ts';

export function TokenListPanel({ view, actions }: { view: TokenListView; actions: AuditActions }) {
  return (
    <Panel subtitle={words('audit_tokensTitle')} close={actions.close} collapsible>
      <div class="panel-body">
        <ul class="audit-rows" data-testid="audit-tokens">
          {view.tokens.map((token) => (
            <li key={token.name} class="audit-row" data-token={token.name}>
              <strong class="audit-name">{token.name}</strong>
              <span class="badge">{token.recipeLabel}</span>{' '}
              <span class={token.renewalDue ? 'badge badge-needs-you' : 'badge'}>{token.expiry ?? words('audit_expiryUnread')}</span>
              {token.renewalDue && (
                <div>
                  <button type="button" class="btn btn-primary" onClick={() => actions.createNext(token.recipeId)}>{words('audit_createNext')}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </div>
    </Panel>
  );
}
