// One copy of the content script runs per page. A newer copy (after the extension reloads or
// updates) announces itself and the older one stops, so there is never a double overlay.
import { extension } from './extension.ts';

const startedEvent = 'pat-pilot:started';

/**
 * Stops this copy when a newer one starts, or when the extension is gone (reloaded or updated with
 * no newer copy injected here); `orphaned` runs just before it stops in that case.
 */
export function startLifecycle(orphaned: () => void): AbortController {
  const controller = new AbortController();
  const id = `${Date.now()}-${Math.random()}`;
  document.dispatchEvent(new CustomEvent(startedEvent, { detail: id }));
  document.addEventListener(startedEvent, (event) => {
    if ((event as CustomEvent<string>).detail !== id) controller.abort();
  }, { signal: controller.signal });
  const alive = setInterval(() => {
    if (extension.isAlive()) return;
    orphaned();
    controller.abort();
  }, 500);
  controller.signal.addEventListener('abort', () => clearInterval(alive), { once: true });
  return controller;
}

/** Calls back whenever the URL changes, including GitHub's in-page (Turbo) navigation. */
export function watchLocation(signal: AbortSignal, changed: () => void): void {
  let last = location.href;
  const check = (): void => {
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
