// The page makes one kind of token and the active recipe the other: nothing is filled here, and
// the panel says where the recipe's kind of token is made.
import { Panel } from './panel.tsx';
import type { OtherKindView, PanelActions } from './view.ts';

const pages = {
  classic: { token: 'a classic token', here: 'fine-grained tokens', where: 'Tokens (classic) → Generate new token (classic)' },
  'fine-grained': { token: 'a fine-grained token', here: 'classic tokens', where: 'Fine-grained tokens → Generate new token' },
} as const;

export function OtherKindPanel({ view, actions }: { view: OtherKindView; actions: PanelActions }) {
  const page = pages[view.recipeKind];
  return (
    <Panel subtitle={view.recipeLabel} close={actions.close}>
      <div class="panel-body" role="status" data-testid="other-kind">
        <h2 class="section-title">This page makes {page.here}</h2>
        <p>The active recipe “{view.recipeLabel}” makes {page.token}, so PAT Pilot fills nothing here.</p>
        <p>Open <a class="link" href={view.url}>{page.where}</a>, or choose another recipe under Manage recipes in PAT Pilot's toolbar button.</p>
      </div>
    </Panel>
  );
}
