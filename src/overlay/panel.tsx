// The frame every PAT Pilot panel shares: the name, what it is about, and a way to close it.
import type { ComponentChildren } from 'preact';
import { uiLocale, words } from '../model/i18n.ts';

interface Props {
  readonly subtitle: string;
  readonly close: () => void;
  /** Header buttons shown before the close button. */
  readonly actions?: ComponentChildren;
  readonly children: ComponentChildren;
}

export function Panel({ subtitle, close, actions, children }: Props) {
  return (
    <aside class="panel" aria-label={words('extension_name')} lang={uiLocale()} data-testid="panel">
      <header class="panel-header">
        <span class="logo" aria-hidden="true">✈</span>
        <div class="panel-heading">
          <h1 class="panel-title">{words('extension_name')}</h1>
          <span class="muted">{subtitle}</span>
        </div>
        {actions}
        <button type="button" class="btn-icon" aria-label={words('panel_close')} onClick={close}>×</button>
      </header>
      {children}
    </aside>
  );
}
