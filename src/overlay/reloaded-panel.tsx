// The extension was reloaded or updated under an open page and no newer copy took over (Chrome
// does not inject content scripts into open tabs): this copy can no longer reach the extension.
import { uiLocale, words } from '../model/i18n.ts';
import { Panel, panelFrame } from './panel.tsx';
import type { PanelActions, ReloadedView } from './view.ts';

/** The notice with its words, looked up while the extension is still there to give them. */
export const reloadedView = (): ReloadedView => ({
  kind: 'reloaded', lang: uiLocale(), frame: panelFrame(),
  subtitle: words('reloaded_subtitle'), title: words('reloaded_title'), detail: words('reloaded_detail'),
});

export function ReloadedPanel({ view, actions }: { view: ReloadedView; actions: PanelActions }) {
  return (
    <Panel subtitle={view.subtitle} frame={view.frame} close={actions.close}>
      <div class="panel-body" role="alert">
        <h2 class="section-title">{view.title}</h2>
        <p>{view.detail}</p>
      </div>
    </Panel>
  );
}
