import { CreatedPanel } from './created-panel.tsx';
import { FormPanel } from './form-panel.tsx';
import { OtherKindPanel } from './other-kind-panel.tsx';
import { ReloadedPanel } from './reloaded-panel.tsx';
import { SudoPanel } from './sudo-panel.tsx';
import type { OverlayActions, OverlayView, ViewStepId } from './view.ts';

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions<ViewStepId> }) {
  switch (view.kind) {
    case 'form':
      return <FormPanel view={view} actions={actions} />;
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
