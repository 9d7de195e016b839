// The frame every PAT Pilot panel shares: the name, what it is about, and a way to close it.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { words } from '../model/i18n.ts';
import { PageReportFrame } from './page-report.tsx';
import type { PanelFrame } from './view.ts';

export const panelFrame = (): PanelFrame => ({ name: words('extension_name'), close: words('panel_close') });

interface Props {
  readonly subtitle: string;
  /** The frame's words, when they had to be looked up beforehand. */
  readonly frame?: PanelFrame;
  readonly close: () => void;
  /** A header button folds the panel to its header, so it never keeps the person from GitHub's controls under it. */
  readonly collapsible?: boolean;
  readonly children: ComponentChildren;
}

export function Panel({ subtitle, frame = panelFrame(), close, collapsible = false, children }: Props) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside class="panel" aria-label={frame.name} data-testid="panel">
      <header class="panel-header">
        <span class="logo" aria-hidden="true">✈</span>
        <div class="panel-heading">
          <h1 class="panel-title">{frame.name}</h1>
          <span class="muted">{subtitle}</span>
        </div>
        {collapsible && (
          <button type="button" class="btn-icon" aria-expanded={!collapsed} aria-label={words(collapsed ? 'panel_showGuide' : 'panel_hideGuide')} onClick={() => setCollapsed(!collapsed)}>
            {collapsed ? '▸' : '▾'}
          </button>
        )}
        <button type="button" class="btn-icon" aria-label={frame.close} onClick={close}>×</button>
      </header>
      {!collapsed && <PageReportFrame>{children}</PageReportFrame>}
    </aside>
  );
}
