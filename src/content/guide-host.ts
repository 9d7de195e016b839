// The router (on every github.com page) and the guide (loaded only on PAT Pilot's pages) share the
// content script's isolated world, which the page cannot see: the guide registers itself there.
import type { ContentScriptContext } from './context.ts';

export interface Guide {
  /** Shows the guide for one visit of one of PAT Pilot's pages; everything ends with the visit. */
  show(visit: ContentScriptContext, url: string): Promise<void>;
}

type GuideHost = { patPilotGuide?: Guide };

export const registeredGuide = (): Guide | undefined => (globalThis as GuideHost).patPilotGuide;

/** Registers the guide once: a second copy of the same file (declared and injected) stays idle. */
export function registerGuide(guide: Guide): void {
  (globalThis as GuideHost).patPilotGuide ??= guide;
}
