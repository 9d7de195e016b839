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

/**
 * What the extension's own code must never contain (libraries are checked through the built files
 * above), each with an example of what it catches.
 */
const forbidden: readonly (readonly [pattern: RegExp, what: string, example: string])[] = [
  [/\beval\s*\(/, 'eval', 'eval(code)'],
  [/\bnew\s+Function\s*\(/, 'new Function', 'new Function("return 1")'],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, 'a timer with a string', 'setTimeout("go()", 5)'],
  [/\bfetch\s*\(/, 'fetch: the extension makes no requests of its own', 'await fetch(url)'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest', 'new XMLHttpRequest()'],
  [/\bWebSocket\b/, 'WebSocket', 'new WebSocket(url)'],
  [/\bEventSource\b/, 'EventSource', 'new EventSource(url)'],
  [/\bsendBeacon\b/, 'sendBeacon', 'navigator.sendBeacon(url, data)'],
  [/new-access-token/, 'the new token\'s element', "document.getElementById('new-access-token')"],
  [/github_pat_/, 'the token\'s prefix', "value.startsWith('github_pat_')"],
  [/new-oauth-token/, 'the new classic token\'s element', "document.getElementById('new-oauth-token')"],
  [/\bghp_/, 'the classic token\'s prefix', "value.startsWith('ghp_')"],
  [/clipboard-copy/, 'the token\'s copy button', "querySelector('clipboard-copy')"],
  [/\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML/, 'HTML from strings', 'host.innerHTML = markup'],
  [/\b(generateButton|submitButton)[^;\n]*\.click\s*\(/, 'clicking Generate', 'generateButton.click()'],
  [/\.requestSubmit\s*\(|\.submit\s*\(\s*\)/, 'submitting the form', 'form.requestSubmit()'],
  // An organization owner's Approve and Deny, and Regenerate, are the person's decisions (issue #12);
  // posting them any other way needs fetch or a submit, forbidden above.
  [/\b(approve|deny|regenerate)\w*\b[^;\n]*\.(click|dispatchEvent)\s*\(/i, 'pressing Approve, Deny or Regenerate', 'find(document, selectors.approveButton)?.click()'],
  [/\bpress\s*\([^;\n]*\b(approve|deny|regenerate)/i, 'pressing Approve, Deny or Regenerate', 'press(denyButton)'],
  [/\b(text|name)\s*:\s*\/[^\n]*\b(approve|deny|regenerate token)\b/i, 'finding the Approve, Deny or Regenerate button', "{ css: 'button', text: /^Approve$/, generation: 'all' }"],
];

test('every forbidden construct is caught by its pattern', () => {
  expect(forbidden.filter(([pattern, , example]) => !pattern.test(example)).map(([, what]) => what)).toEqual([]);
});

test('the extension\'s source contains no eval, no network access, nothing that touches the new token, and never submits, approves, denies or regenerates', () => {
  const sources = filesUnder('src', (path) => /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path));
  expect(sources.length).toBeGreaterThan(20);
  const violations = sources.flatMap((file) => {
    const text = read(file);
    return forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${relative(root, join(root, file))}: ${what}`);
  });
  expect(violations).toEqual([]);
});
