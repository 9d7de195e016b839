// Issue 21 §3: from a person's page back to the maintainers' tests. Right after Generate, with the
// new token on GitHub's page, the person saves a page report from PAT Pilot's panel: the preview
// says what it holds, the file holds no token, CSRF value, login or e-mail, and the conformance
// suite's loader takes it from a captures folder and reads back what it recorded.
// Chromium and Firefox; the file is the one the browser downloads.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { buildProbe } from './conformance/build-probe.ts';
import { expectRecordedReading, probeHtml, savedCaptures } from './conformance/captures.ts';
import { expect, test } from './harness/fixtures.ts';
import { clickGenerate } from './harness/github-user.ts';
import { fillAll, waitForOverlayText, waitForPanel } from './harness/overlay.ts';
import { newTokenUrl } from './harness/recipe-submission.ts';
import { quietChromiumFlags } from './harness/session.ts';
import { click, overlayHost } from './harness/test-page.ts';

test('a page report saved beside the new token holds none of it, nor CSRF values, logins or e-mails, and the conformance loader reads back what it recorded', async ({ session }) => {
  const { page } = session;
  await page.goto(newTokenUrl);
  await waitForPanel(page);
  await fillAll(page);
  await clickGenerate(page);
  await page.waitFor(() => document.querySelector('.new-token input')?.getAttribute('value')?.startsWith('github_pat_'), null);
  await waitForPanel(page);

  await click(page, { css: 'button', text: 'Save a page report…', inOverlay: true });
  await waitForOverlayText(page, '[data-testid="page-report-summary"]', /token-created/);
  const summary = await page.evaluate((host) => [...document.querySelector(host)?.shadowRoot?.querySelectorAll('[data-testid="page-report-summary"] li') ?? []].map((item) => item.textContent), overlayHost);
  expect(summary[0]).toBe('Page: /settings/personal-access-tokens (recognised as: token-created)');
  expect(summary[1]).toMatch(/^Found [1-9]\d* of the \d+ things PAT Pilot looks for/);
  expect(summary.at(-2)).toMatch(/^Left out: scripts, the new token \(never read\)/);
  const saved = await session.download(() => click(page, { css: 'a[download]', text: 'Save', inOverlay: true }));
  // Saved: the preview gives way to the panel, focus back on the menu's button.
  await page.waitFor((host) => document.querySelector(host)?.shadowRoot?.activeElement?.getAttribute('data-testid') === 'page-report-open', overlayHost);

  expect(saved.name).toMatch(/^token-created-\d{4}-\d\d-\d\d-page-report\.html$/);
  const html = saved.text;
  expect(html).toMatch(/class="[^"]*new-token[^"]*"[^>]*>\[removed by PAT Pilot\]</);
  for (const secret of [/github_pat_/, /<script/, /name="authenticity_token"[^>]*value="(?!REDACTED)/, /sbarbour/, /[\w.+-]+@[\w-]+\.[a-z]{2,}/]) expect(html).not.toMatch(secret);

  const folder = mkdtempSync(join(tmpdir(), 'pat-pilot-captures-'));
  writeFileSync(join(folder, saved.name), html);
  expect(savedCaptures(pathToFileURL(`${folder}/`))).toEqual([{ state: 'token-created', file: saved.name }]);
  const probeSource = readFileSync(await buildProbe(join(folder, 'probe')), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: quietChromiumFlags });
  const probed = await probeHtml(browser, probeSource, readFileSync(join(folder, saved.name), 'utf8'));
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
  expect(probed.recorded?.states).toEqual(['token-created']);
  expect(probed.matches.newTokenRow).toBe(0);
  expectRecordedReading(probed, 'the page report');
});
