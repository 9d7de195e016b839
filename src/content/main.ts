// The router, on every github.com page and every page of a GitHub Enterprise host the person
// granted (GitHub reaches the token pages by in-page navigation).
// It only listens for navigation: on a page that is not one of PAT Pilot's it starts no timer and
// no observer. On one of ours it hands a fresh visit to the guide, which the manifest declares
// for those pages and the background loads when GitHub navigates to one in-page.
import { isGuidedUrl } from '../github/pages.ts';
import { ContentScriptContext, extensionAlive } from './context.ts';
import { extension } from './extension.ts';
import { registeredGuide, type Guide } from './guide-host.ts';
import { watchLocation } from './location.ts';

const startedEvent = 'pat-pilot:started';
const root = new ContentScriptContext();
let visit: ContentScriptContext | undefined;
let shownUrl: string | undefined;

// A newer copy of this script (the extension reloaded or updated) takes over from this one, so
// there is never a double overlay. The event also tells tests that the router has decided.
const copyId = `${Date.now()}-${Math.random()}`;
root.addEventListener<CustomEvent<string>>(document, startedEvent, (event) => {
  if (event.detail !== copyId) root.abort();
});

/** The guide, loaded by the background if the manifest did not declare it for this page. */
async function guide(current: ContentScriptContext): Promise<Guide | undefined> {
  // A guide declared for this page runs right after the router: give it that moment first.
  if (!registeredGuide()) await new Promise<void>((resolve) => current.setTimeout(resolve, 0));
  if (!registeredGuide() && current.isValid) await extension.loadGuide();
  return registeredGuide();
}

async function route(): Promise<void> {
  if (location.href === shownUrl) return;
  shownUrl = location.href;
  visit?.abort();
  visit = undefined;
  if (!isGuidedUrl(location.href, location.origin)) return;
  const current = root.child();
  visit = current;
  await (await guide(current))?.show(current, location.href);
}

const reroute = (): void => {
  route().catch((error: unknown) => {
    // A page left half-way aborts its work, and an extension reloaded meanwhile cannot answer;
    // anything else is a bug worth seeing in the console.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (extensionAlive()) console.error('PAT Pilot:', error);
  });
};

document.dispatchEvent(new CustomEvent(startedEvent, { detail: copyId }));
watchLocation(root, reroute);
reroute();
