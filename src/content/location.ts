// GitHub moves between its pages without loading a new document (Turbo, React soft navigation).
// The Navigation API reports every URL change where the browser has it; elsewhere GitHub's own
// navigation events and the history's popstate do. Nothing is polled.
import type { ContentScriptContext } from './context.ts';

const githubNavigationEvents = ['turbo:visit', 'turbo:render', 'turbo:load', 'soft-nav:end', 'pjax:end'];

export function watchLocation(context: ContentScriptContext, changed: () => void): void {
  const navigation = (globalThis as { readonly navigation?: EventTarget }).navigation;
  if (navigation) {
    context.addEventListener(navigation, 'currententrychange', changed);
    return;
  }
  for (const type of githubNavigationEvents) context.addEventListener(document, type, changed);
  context.addEventListener(window, 'popstate', changed);
}
