// `npm run capture`: a person signs in to github.com in a real browser and creates a token as
// usual (or cancels at the end); each page state PAT Pilot meets is saved, sanitized, to
// e2e/captures/<state>-<date>.html as it is reached. The profile is kept outside the repository.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, test } from '@playwright/test';
import { buildProbe } from '../e2e/conformance/build-probe.ts';
import { captureStates, statesShown } from '../src/github/page-states.ts';

const profile = process.env.PAT_PILOT_CAPTURE_PROFILE ?? join(homedir(), '.cache', 'pat-pilot-capture-profile');
const folder = new URL('../e2e/captures/', import.meta.url).pathname;
const today = new Date().toISOString().slice(0, 10);

test('capture GitHub\'s new-token pages', async () => {
  test.setTimeout(0);
  // The extension's own sanitizer and page report (src/github/page-report.ts), as one script.
  const sanitize = `${readFileSync(await buildProbe(), 'utf8')}\nPatPilotProbe.sanitizedPage()`;
  mkdirSync(folder, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: false, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  console.log([
    'Sign in to GitHub in the window if asked, then create a fine-grained token as usual:',
    'choose the owner alta3, "Only select repositories", open "Select repositories" and search,',
    'add a permission, and Generate (or stop before). Then, in the same tab, open your token list, one',
    'of your fine-grained tokens, and (as an owner of an organization that approves tokens) its pending',
    'requests and one request; never Approve or Deny for this. Each state is saved as it appears:',
    ...captureStates.map((state) => `  - ${state}`),
    'Close the window when done.',
  ].join('\n'));
  await page.goto('https://github.com/settings/personal-access-tokens/new');
  const saved = new Set<string>();
  while (saved.size < captureStates.length && context.pages().length > 0) {
    const shown = await page.evaluate(statesShown).catch(() => [] as string[]);
    for (const state of shown.filter((candidate) => !saved.has(candidate))) {
      const file = join(folder, `${state}-${today}.html`);
      writeFileSync(file, await page.evaluate(sanitize) as string);
      saved.add(state);
      console.log(`saved ${file}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await context.close().catch(() => undefined);
  console.log(`Captured ${saved.size} of ${captureStates.length} states. Check each file for anything personal before committing it.`);
});
