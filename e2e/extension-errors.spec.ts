// The suite's own guard (fixtures.ts): an error of PAT Pilot's code fails every browser test. Here
// a copy of the built extension has errors planted in its background and its content script, and
// both must be seen, in Chromium's service worker and Firefox's background page alike.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';
import { distFor } from './harness/session.ts';

const backgroundError = 'planted in the background';
const contentError = 'planted in the content script';

test.use({
  browserSettings: async ({ engine }, use) => {
    const copy = await mkdtemp(join(tmpdir(), 'pat-pilot-planted-'));
    await cp(distFor(engine), copy, { recursive: true });
    const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as {
      background: { service_worker?: string; scripts?: string[] };
      content_scripts: { js: string[] }[];
    };
    const background = join(copy, manifest.background.service_worker ?? manifest.background.scripts?.[0] ?? '');
    // Thrown from a listener, so it comes after the harness watches the background: the popup asks it for the recipe.
    await writeFile(background, `${await readFile(background, 'utf8')}\nglobalThis.chrome.runtime.onMessage.addListener(() => { throw new Error(${JSON.stringify(backgroundError)}); });\n`);
    const router = join(copy, manifest.content_scripts[0]?.js[0] ?? '');
    await writeFile(router, `${await readFile(router, 'utf8')}\nsetTimeout(() => { throw new Error(${JSON.stringify(contentError)}); });\n`);
    await use({ extension: copy });
    await rm(copy, { recursive: true, force: true });
  },
});

test('an error in the background or a content script is seen, so it fails the test', async ({ session }) => {
  await session.page.goto('https://github.com/settings/profile');
  await session.openExtensionPage('src/popup/index.html');
  await expect.poll(() => session.extensionErrors.join('\n'), { message: 'the planted errors to be reported' }).toContain(backgroundError);
  await expect.poll(() => session.extensionErrors.join('\n')).toContain(contentError);
  // Seen; cleared so the fixture's own check passes this one test.
  session.extensionErrors.length = 0;
});
