// The extension was reloaded or updated under an open page and no newer copy took over (Chrome
// does not inject content scripts into open tabs): this copy can no longer reach the extension.
import { Panel } from './panel.tsx';
import type { PanelActions, ReloadedView } from './view.ts';

export function ReloadedPanel({ actions }: { view: ReloadedView; actions: PanelActions }) {
  return (
    <Panel subtitle="Reload the page" close={actions.close}>
      <div class="panel-body" role="alert">
        <h2 class="section-title">PAT Pilot was updated</h2>
        <p>Reload the page to use it again. Until then GitHub's form works as usual, without PAT Pilot's checks.</p>
      </div>
    </Panel>
  );
}
