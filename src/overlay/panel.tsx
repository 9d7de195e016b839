// The frame every PAT Pilot panel shares: the name, what it is about, and a way to close it.
import type { ComponentChildren } from 'preact';
import { words } from '../model/i18n.ts';
import type { PanelFrame } from './view.ts';

export const panelFrame = (): PanelFrame => ({ name: words('extension_name'), close: words('panel_close') });

interface Props {
  readonly subtitle: string;
  /** The frame's words, when they had to be looked up beforehand. */
  readonly frame?: PanelFrame;
  readonly close: () => void;
  /** Header buttons shown before the close button. */
  readonly actions?: ComponentChildren;
  readonly children: ComponentChildren;
}

export function Panel({ subtitle, frame = panelFrame(), close, actions, children }: Props) {
  return (
    <aside class="panel" aria-label={frame.name} data-testid="panel">
      <header class="panel-header">
        <span class="logo" aria-hidden="true">✈</span>
        <div class="panel-heading">
          <h1 class="panel-title">{frame.name}</h1>
          <span class="muted">{subtitle}</span>
        </div>
        {actions}
        <button type="button" class="btn-icon" aria-label={frame.close} onClick={close}>×</button>
      </header>
      {children}
    </aside>
  );
}
