// Chrome injects no new copy of PAT Pilot into open tabs when the extension is reloaded or
// updated: this copy can then no longer reach it. Its panel gives way to a notice to reload the
// page (it outlives the visit), so the person knows why PAT Pilot stopped; GitHub's page works as usual.
import { pageColorMode } from '../github/color-mode.ts';
import { mountOverlay } from '../overlay/mount.tsx';
import { reloadedView } from '../overlay/reloaded-panel.tsx';
import type { ContentScriptContext } from './context.ts';

export function noticeWhenInvalidated(visit: ContentScriptContext, document: Document): void {
  // Its words now: once the extension is gone, so is the browser's i18n API for this page.
  const reloaded = reloadedView();
  visit.onInvalidated(() => {
    const notice = mountOverlay(document, reloaded.lang);
    notice.update({ kind: 'panel', view: reloaded, actions: { close: () => notice.remove() } }, pageColorMode(document));
  });
}
