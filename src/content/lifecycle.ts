// One copy of the content script runs per page. A newer copy (after the extension reloads or
// updates) announces itself and the older one stops, so there is never a double overlay.
import { extension } from './extension.ts';

const startedEvent = 'pat-pilot:started';

export function startLifecycle(): AbortController {
  const controller = new AbortController();
  const id = `${Date.now()}-${Math.random()}`;
  document.dispatchEvent(new CustomEvent(startedEvent, { detail: id }));
  document.addEventListener(startedEvent, (event) => {
    if ((event as CustomEvent<string>).detail !== id) controller.abort();
  }, { signal: controller.signal });
  return controller;
}

/**
 * Calls back whenever the URL changes, including GitHub's in-page (Turbo) navigation. The
 * extension may be reloaded underneath a page; then this copy stops.
 */
export function watchLocation(signal: AbortSignal, changed: () => void): void {
  let last = location.href;
  const check = (): void => {
    if (!extension.isAlive()) return;
    if (location.href === last) return;
    last = location.href;
    changed();
  };
  for (const type of ['turbo:load', 'turbo:render', 'pjax:end']) document.addEventListener(type, check, { signal });
  addEventListener('popstate', check, { signal });
  // A cheap fallback for navigations that announce themselves in no way we can hear.
  const poll = setInterval(check, 500);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
