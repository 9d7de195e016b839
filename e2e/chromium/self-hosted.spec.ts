// Self-hosting, as an organization that cannot use the Chrome Web Store would: a CRX signed with
// its own key (a throwaway one here) and its update.xml served from a local http server, and
// Chromium's machine policy, written like docs/policies/chrome-pat-pilot.json, force-installing
// it from that update URL. Chromium starts with no --load-extension; PAT Pilot must come from the
// policy, carry the key's id, get the policy's recipes and run on GitHub's page.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { committedExtensionId } from '../../scripts/packaging/extension-id.ts';
import { selfHostedCrx } from '../../scripts/packaging/self-hosted.ts';
import { canUsePrivatePolicy } from '../harness/chromium-policy.ts';
import { launchChromium, type ChromiumSession } from '../harness/chromium.ts';
import { expect, test } from '../harness/fixtures.ts';
import { waitForPanel } from '../harness/overlay.ts';
import { distFor } from '../harness/session.ts';

declare const chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

test.skip(({ engine }) => engine !== 'chromium', 'Chromium only');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;

interface ChromePolicy {
  readonly ExtensionSettings: Record<string, { update_url: string }>;
  readonly '3rdparty': { extensions: Record<string, unknown> };
}

/** The documented self-hosting policy, pointed at this extension id and update URL. */
function documentedPolicyFor(id: string, updateUrl: string): ChromePolicy {
  const documented = readJson<ChromePolicy>('docs/policies/chrome-pat-pilot.json');
  const [documentedId] = Object.keys(documented.ExtensionSettings);
  const text = JSON.stringify(documented).replaceAll(documentedId!, id).replaceAll(documented.ExtensionSettings[documentedId!]!.update_url, updateUrl);
  return JSON.parse(text) as ChromePolicy;
}

async function serveFiles(files: Record<string, Buffer | string>, requested: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    const body = files[path];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': path.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

test('a CRX force-installed by policy from a self-hosted update URL runs on GitHub\'s page with the policy\'s recipes', async ({}, testInfo) => {
  testInfo.skip(!canUsePrivatePolicy(), 'a browser-private policy folder needs root (mount namespace)');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const requested: string[] = [];
  const files: Record<string, Buffer | string> = {};
  const server = await serveFiles(files, requested);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pat-pilot/`;
  const { version } = readJson<{ version: string }>('package.json');
  const selfHosted = selfHostedCrx({ dist: distFor('chromium'), version, fileName: 'pat-pilot.crx', privateKeyPem, baseUrl });
  files['/pat-pilot/pat-pilot.crx'] = selfHosted.crx;
  files['/pat-pilot/update.xml'] = selfHosted.updateXml;
  // The throwaway key gives its own id, not the one the committed manifest key gives.
  expect(selfHosted.id).not.toBe(committedExtensionId());

  const policy = documentedPolicyFor(selfHosted.id, `${baseUrl}update.xml`);
  let session: ChromiumSession | undefined;
  try {
    // Chromium keeps DevTools (so Playwright) away from force-installed extensions by default
    // (DeveloperToolsAvailability 0); the test alone allows it, to see the extension's worker.
    session = await launchChromium({}, { policy: { ...policy, DeveloperToolsAvailability: 1 }, loadUnpacked: false, extensionTimeoutMs: 60_000 });
    expect(session.extensionId).toBe(selfHosted.id);
    expect(requested).toEqual(expect.arrayContaining(['/pat-pilot/update.xml', '/pat-pilot/pat-pilot.crx']));

    await session.page.goto('https://github.com/settings/personal-access-tokens/new');
    await waitForPanel(session.page);

    const options = await session.openExtensionPage('src/options/index.html');
    // Chromium loads an extension's policy once it has read the schema of the newly installed extension.
    await expect.poll(() => options.evaluate(() => chrome.storage.managed.get(null), undefined)).toEqual(policy['3rdparty'].extensions[selfHosted.id]);
    expect(session.errors).toEqual([]);
  } finally {
    await session?.close();
    await new Promise((resolve) => server.close(resolve));
  }
});
