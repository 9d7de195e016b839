// GitHub asks for the password, passkey or app again before a token can be made ("sudo mode").
import { words } from '../model/i18n.ts';
import { Panel } from './panel.tsx';
import type { PanelActions, SudoView } from './view.ts';

export function SudoPanel({ view, actions }: { view: SudoView; actions: PanelActions }) {
  return (
    <Panel subtitle={view.recipeLabel} close={actions.close}>
      <div class="panel-body" role="status">
        <h2 class="section-title">{words('sudo_title')}</h2>
        <p>{words('sudo_detail')}</p>
        <p>{words(view.fillPending ? 'sudo_carriesOn' : 'sudo_guides')}</p>
      </div>
    </Panel>
  );
}
