import { iconShapes, type IconName } from '../shared/icon-shapes.ts';
import { html, type Html } from './html.ts';

/** An <svg class="octicon octicon-NAME">, decorative unless a label is given. */
export function octicon(name: IconName, extraClass = ''): Html {
  return html`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" class="octicon octicon-${name} ${extraClass}"><path d="${iconShapes[name]}"></path></svg>`;
}
