import { CreatedPanel } from './created-panel.tsx';
import { FormPanel } from './form-panel.tsx';
import { OtherKindPanel } from './other-kind-panel.tsx';
import { ReloadedPanel } from './reloaded-panel.tsx';
import { SudoPanel } from './sudo-panel.tsx';
import type { PanelActions, PanelView, Screen } from './view.ts';

function PanelScreen({ view, actions }: { view: PanelView; actions: PanelActions }) {
  switch (view.kind) {
    case 'sudo':
      return <SudoPanel view={view} actions={actions} />;
    case 'created':
      return <CreatedPanel view={view} actions={actions} />;
    case 'reloaded':
      return <ReloadedPanel view={view} actions={actions} />;
    case 'other-kind':
      return <OtherKindPanel view={view} actions={actions} />;
  }
}

export function Overlay<S extends string>({ screen }: { screen: Screen<S> }) {
  return screen.kind === 'form' ? <FormPanel view={screen.view} actions={screen.actions} /> : <PanelScreen view={screen.view} actions={screen.actions} />;
}
