// The content scripts on GitHub Enterprise hosts, over @webext-core/fake-browser with host
// permissions and script registrations in memory: they follow the granted hosts at start-up and
// on every grant and revocation.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Manifest, Scripting } from 'webextension-polyfill';
import { fakeHostAccess, type FakeHostAccess } from '../../test/fake-host-access.ts';
import { contentScriptsFor, syncEnterpriseHosts, watchEnterpriseHosts } from './enterprise-hosts.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/** The source manifest's content scripts, with the file names the build gives them. */
const declared = (JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { content_scripts: Manifest.ContentScript[] })
  .content_scripts.map((script) => ({ ...script, js: script.js?.map((file) => file.replace(/\.ts$/, '.js')) }));

let access: FakeHostAccess;

function install(granted: readonly string[], registered: readonly Scripting.RegisteredContentScript[] = []): void {
  access = fakeHostAccess(granted, registered);
  Object.assign(fakeBrowser, { permissions: access.permissions, scripting: access.scripting });
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ content_scripts: declared }) });
}

/** Where each registered file runs: { 'src/content/main.js': ['https://…/*'], … }. */
const placed = (): Record<string, string[]> => {
  const files: Record<string, string[]> = {};
  for (const script of access.registered()) for (const file of script.js ?? []) (files[file] ??= []).push(...(script.matches ?? []));
  return files;
};

beforeEach(() => install(['https://github.com/*']));

describe('content scripts on a GitHub Enterprise host', () => {
  it('are the manifest\'s scripts for github.com, at the host: the router on every page, the guide on the token and sudo pages, kept across sessions', () => {
    expect(contentScriptsFor('github.example.com', declared)).toEqual([
      { id: 'enterprise-host:github.example.com#0', matches: ['https://github.example.com/*'], js: ['src/content/main.js'], runAt: 'document_idle', persistAcrossSessions: true },
      {
        id: 'enterprise-host:github.example.com#1',
        matches: ['https://github.example.com/settings/personal-access-tokens*', 'https://github.example.com/settings/tokens*', 'https://github.example.com/sessions/sudo*'],
        js: ['src/content/guide.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('are registered at start-up for hosts granted in an earlier session, and never for github.com or a wildcard', async () => {
    install(['https://github.com/*', 'https://octo.ghe.com/*', 'https://*/*']);
    watchEnterpriseHosts();
    expect(await syncEnterpriseHosts()).toEqual(['octo.ghe.com']);
    expect(placed()).toEqual({
      'src/content/main.js': ['https://octo.ghe.com/*'],
      'src/content/guide.js': ['https://octo.ghe.com/settings/personal-access-tokens*', 'https://octo.ghe.com/settings/tokens*', 'https://octo.ghe.com/sessions/sudo*'],
    });
  });

  it('follow each grant and each revocation, host by host', async () => {
    watchEnterpriseHosts();
    await access.permissions.request({ origins: ['https://github.example.com/*'] });
    await access.permissions.request({ origins: ['https://octo.ghe.com/*'] });
    expect(await syncEnterpriseHosts()).toEqual(['github.example.com', 'octo.ghe.com']);
    expect(placed()['src/content/main.js']).toEqual(['https://github.example.com/*', 'https://octo.ghe.com/*']);

    await access.permissions.remove({ origins: ['https://github.example.com/*'] });
    expect(await syncEnterpriseHosts()).toEqual(['octo.ghe.com']);
    expect(placed()['src/content/main.js']).toEqual(['https://octo.ghe.com/*']);

    await access.permissions.remove({ origins: ['https://octo.ghe.com/*'] });
    expect(await syncEnterpriseHosts()).toEqual([]);
    expect(access.registered()).toEqual([]);
  });

  it('replace what an earlier version registered, and drop scripts of hosts no longer granted, leaving others\' scripts alone', async () => {
    const earlier = contentScriptsFor('octo.ghe.com', declared).map((script) => ({ ...script, js: ['src/content/old-name.js'] }));
    const revoked = contentScriptsFor('github.example.com', declared);
    const unrelated = { id: 'another-feature', matches: ['https://github.com/*'], js: ['x.js'] };
    install(['https://github.com/*', 'https://octo.ghe.com/*'], [...earlier, ...revoked, unrelated]);
    expect(await syncEnterpriseHosts()).toEqual(['octo.ghe.com']);
    expect(access.registered()).toEqual([unrelated, ...contentScriptsFor('octo.ghe.com', declared)]);
  });

  it('are registered by the packaged files\' paths when the browser lists them as URLs (Firefox)', async () => {
    install(['https://github.com/*', 'https://octo.ghe.com/*']);
    const asUrls = declared.map((script) => ({ ...script, js: script.js?.map((file) => fakeBrowser.runtime.getURL(file)) }));
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ content_scripts: asUrls }) });
    await syncEnterpriseHosts();
    expect(access.registered()).toEqual(contentScriptsFor('octo.ghe.com', declared));
  });

  it('register each script once when changes come close together', async () => {
    install(['https://github.com/*', 'https://octo.ghe.com/*']);
    const answers = await Promise.all([syncEnterpriseHosts(), syncEnterpriseHosts(), syncEnterpriseHosts()]);
    expect(answers).toEqual([['octo.ghe.com'], ['octo.ghe.com'], ['octo.ghe.com']]);
    expect(access.registered().map((script) => script.id)).toEqual(['enterprise-host:octo.ghe.com#0', 'enterprise-host:octo.ghe.com#1']);
  });
});
