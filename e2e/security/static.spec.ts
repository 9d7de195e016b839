// Issue 6, security checks that need no browser: the built manifests ask for exactly the
// documented permissions (issue 13: and the documented optional host pattern, asked for one
// GitHub Enterprise host at a time), the extension carries no remote code, and no source file
// reaches for the network, eval-like constructs or the new token.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

function filesUnder(folder: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}

interface DocumentedAccess {
  readonly permissions: string[];
  readonly hostPermissions: string[];
  /** Asked for one host at a time, when the person adds a GitHub Enterprise host; never at install. */
  readonly optionalHostPermissions: string[];
  readonly matches: string[];
}

/** The README's permissions table, between its markers, is the documented list. */
function documentedAccess(): Record<string, DocumentedAccess> {
  const readme = read('README.md');
  const table = readme.slice(readme.indexOf('<!-- permissions:start -->'), readme.indexOf('<!-- permissions:end -->'));
  const cells = (cell: string): string[] => cell.replace(/`/g, '').split(',').map((part) => part.trim()).filter((part) => part !== '' && part !== 'none');
  return Object.fromEntries(table.split('\n').filter((line) => /^\| (Chrome|Firefox) /.test(line)).map((line) => {
    const [browser = '', permissions = '', hostPermissions = '', optionalHostPermissions = '', matches = ''] = line.split('|').slice(1).map((cell) => cell.trim());
    return [browser.toLowerCase(), {
      permissions: cells(permissions), hostPermissions: cells(hostPermissions), optionalHostPermissions: cells(optionalHostPermissions), matches: cells(matches),
    }];
  }));
}

for (const [browser, folder] of [['chrome', 'dist/chrome'], ['firefox', 'dist/firefox']] as const) {
  test(`${browser}: the manifest asks for exactly the documented access and nothing that loads remote code`, () => {
    const manifest = JSON.parse(read(`${folder}/manifest.json`)) as Record<string, unknown>;
    const documented = documentedAccess()[browser];
    expect(documented, `README documents ${browser}`).toBeDefined();
    const scripts = (manifest.content_scripts ?? []) as { matches: string[] }[];
    expect({
      permissions: (manifest.permissions ?? []) as string[],
      hostPermissions: (manifest.host_permissions ?? []) as string[],
      optionalHostPermissions: (manifest.optional_host_permissions ?? []) as string[],
      matches: scripts.flatMap((script) => script.matches),
    }).toEqual(documented);
    // The only optional access is the one host pattern; no optional API permission.
    expect(documented?.optionalHostPermissions).toEqual(['https://*/*']);
    for (const key of ['optional_permissions', 'web_accessible_resources', 'externally_connectable', 'content_security_policy', 'update_url']) {
      expect(manifest[key], `${key} in ${folder}/manifest.json`).toBeUndefined();
    }
  });

  test(`${browser}: the built files load nothing from the network`, () => {
    for (const file of filesUnder(folder, (path) => /\.(js|html)$/.test(path))) {
      const text = read(file);
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bimportScripts\s*\(/);
    }
  });
}

/** What the extension's own code must never contain (libraries are checked through the built files above). */
const forbidden: readonly [RegExp, string][] = [
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, 'a timer with a string'],
  [/\bfetch\s*\(/, 'fetch: the extension makes no requests of its own'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bsendBeacon\b/, 'sendBeacon'],
  [/new-access-token/, 'the new token\'s element'],
  [/github_pat_/, 'the token\'s prefix'],
  [/new-oauth-token/, 'the new classic token\'s element'],
  [/\bghp_/, 'the classic token\'s prefix'],
  [/clipboard-copy/, 'the token\'s copy button'],
  [/\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML/, 'HTML from strings'],
  [/\b(generateButton|submitButton)[^;\n]*\.click\s*\(/, 'clicking Generate'],
  [/\.requestSubmit\s*\(|\.submit\s*\(\s*\)/, 'submitting the form'],
];

test('the extension\'s source contains no eval, no network access, nothing that touches the new token, and never submits', () => {
  const sources = filesUnder('src', (path) => /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path));
  expect(sources.length).toBeGreaterThan(20);
  const violations = sources.flatMap((file) => {
    const text = read(file);
    return forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${relative(root, join(root, file))}: ${what}`);
  });
  expect(violations).toEqual([]);
});
