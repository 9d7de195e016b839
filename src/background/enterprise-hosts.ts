// PAT Pilot on GitHub Enterprise hosts: the manifest declares the content scripts for github.com
// only; for each host the person granted (an optional host permission, asked for on the options
// page) the same scripts are registered at that host, persisted across browser sessions, and
// unregistered once the permission is gone. The granted permissions are the one record of which
// hosts these are, so every change simply brings the registrations in line with them again.
import browser, { type Manifest, type Scripting } from 'webextension-polyfill';
import { enterpriseHostOf, githubHost, hostOrigin } from '../model/github-host.ts';

const idPrefix = 'enterprise-host:';
const githubPagePrefix = `${hostOrigin(githubHost)}/`;

/** The manifest's content scripts (as the build named their files), moved from github.com to host. */
export function contentScriptsFor(host: string, declared: readonly Manifest.ContentScript[]): Scripting.RegisteredContentScript[] {
  return declared.map((script, index) => ({
    id: `${idPrefix}${host}#${index}`,
    matches: script.matches.filter((pattern) => pattern.startsWith(githubPagePrefix)).map((pattern) => `${hostOrigin(host)}/${pattern.slice(githubPagePrefix.length)}`),
    js: script.js ?? [],
    runAt: script.run_at ?? 'document_idle',
    persistAcrossSessions: true,
  }));
}

const sameScript = (a: Scripting.RegisteredContentScript, b: Scripting.RegisteredContentScript): boolean =>
  a.id === b.id && a.runAt === b.runAt && String(a.js) === String(b.js) && String(a.matches) === String(b.matches);

async function grantedHosts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return [...new Set(origins.flatMap((pattern) => enterpriseHostOf(pattern) ?? []))].sort();
}

/** A packaged file by its path: Firefox lists the manifest's files as full moz-extension:// URLs, which registering refuses. */
function packagedPath(file: string): string {
  const root = browser.runtime.getURL('/');
  return file.startsWith(root) ? file.slice(root.length) : file;
}

const withPackagedPaths = <T extends { js?: string[] }>(script: T): T => ({ ...script, js: script.js?.map(packagedPath) });

async function alignRegistrations(): Promise<string[]> {
  const hosts = await grantedHosts();
  const declared = (browser.runtime.getManifest().content_scripts ?? []).map(withPackagedPaths);
  const wanted = hosts.flatMap((host) => contentScriptsFor(host, declared));
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .filter((script) => script.id.startsWith(idPrefix))
    .map(withPackagedPaths);
  const stale = registered.filter((script) => !wanted.some((want) => sameScript(want, script)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const missing = wanted.filter((want) => !registered.some((script) => sameScript(want, script)));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
  return hosts;
}

let aligned: Promise<unknown> = Promise.resolve();

/**
 * Registers PAT Pilot's content scripts on every granted GitHub Enterprise host and removes them
 * from every other; answers the hosts where PAT Pilot runs now. One change at a time, so two
 * events close together never register the same script twice.
 */
export function syncEnterpriseHosts(): Promise<string[]> {
  const next = aligned.then(alignRegistrations, alignRegistrations);
  aligned = next.catch(() => undefined);
  return next;
}

const syncLogged = (): void => {
  syncEnterpriseHosts().catch((error: unknown) => console.error('PAT Pilot: GitHub Enterprise hosts:', error));
};

/** At start-up (hosts granted in an earlier session), and whenever a host is granted or revoked. */
export function watchEnterpriseHosts(): void {
  browser.permissions.onAdded.addListener(syncLogged);
  browser.permissions.onRemoved.addListener(syncLogged);
  syncLogged();
}
