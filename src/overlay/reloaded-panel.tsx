// The extension was reloaded or updated under an open page and no newer copy took over (Chrome
// does not inject content scripts into open tabs): this copy can no longer reach the extension.
import { words } from '../model/i18n.ts';
import { Panel } from './panel.tsx';
import type { PanelActions, ReloadedView } from './view.ts';

export function ReloadedPanel({ actions }: { view: ReloadedView; actions: PanelActions }) {
  return (
    <Panel subtitle={words('reloaded_subtitle')} close={actions.close}>
      <div class="panel-body" role="alert">
        <h2 class="section-title">{words('reloaded_title')}</h2>
        <p>{words('reloaded_detail')}</p>
      </div>
    </Panel>
  );
}
