// The conformance suite's loader of saved pages (e2e/captures/): `npm run capture`'s files and
// people's page reports alike, each named <state>-….html, probed in a page without scripts.
import { existsSync, readdirSync } from 'node:fs';
import { expect, type Browser } from '@playwright/test';
import { captureStates, type CaptureState } from '../../src/github/page-states.ts';
import type { ProbeReport } from './probe-entry.ts';

export function savedCaptures(folder: URL): { state: CaptureState; file: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((file) => {
    const state = captureStates.find((candidate) => file.startsWith(`${candidate}-`) && file.endsWith('.html'));
    return state ? [{ state, file }] : [];
  });
}

/** Runs through DevTools, so a page's Content-Security-Policy does not apply. */
export const probeScript = (probeSource: string): string => `${probeSource}\nPatPilotProbe.probe()`;

export async function probeHtml(browser: Browser, probeSource: string, html: string): Promise<ProbeReport> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  const probed = await page.evaluate(probeScript(probeSource)) as ProbeReport;
  await page.close();
  return probed;
}

/** A page report's file reads here as the person's browser read the page: the same matches and readers' output. */
export function expectRecordedReading(probed: ProbeReport, what: string): void {
  if (probed.recorded) expect(probed.reading, `${what}: what the readers read here is what its report recorded`).toEqual(probed.recorded.reading);
}
