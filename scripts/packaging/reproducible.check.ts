// `npm run package` twice gives the same bytes, and the source package alone, built as its
// BUILDING.md says, gives the very files of the store packages. It builds three times (about a
// minute), so it runs as its own suite in `npm test` (vitest.reproducible.config.ts), not with
// the unit tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { artifactNames, withoutKey } from './package.ts';
import { deterministicZip, filesUnder, type ZipEntry } from './zip.ts';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const names = artifactNames(version);

/** Runs a command as a person would in a fresh shell: vitest's NODE_ENV=test stays out of it. */
function run(command: string, args: string[], cwd: string): void {
  const { NODE_ENV: _vitest, ...env } = process.env;
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  expect(result.status, `${command} ${args.join(' ')} in ${cwd}\n${result.stdout}\n${result.stderr}`).toBe(0);
}

function packageOnce(): Record<string, Buffer> {
  run('npm', ['run', 'package'], root);
  const sums = readFileSync(join(root, 'artifacts/SHA256SUMS'), 'utf8');
  const listed = sums.trim().split('\n').map((line) => line.split('  ')[1]!);
  expect(listed).toEqual([names.chrome, names.firefox, names.source]);
  return Object.fromEntries(['SHA256SUMS', ...listed].map((name) => [name, readFileSync(join(root, 'artifacts', name))]));
}

const sameFiles = (entries: readonly ZipEntry[]) => Object.fromEntries(entries.map((entry) => [entry.path, Buffer.from(entry.data).toString('base64')]));

describe('npm run package', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pat-pilot-source-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let first: Record<string, Buffer> = {};

  it('gives byte-identical packages and SHA256SUMS on a second run', () => {
    first = packageOnce();
    const second = packageOnce();
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const name of Object.keys(first)) expect(Buffer.compare(second[name]!, first[name]!), name).toBe(0);
  }, 240_000);

  it('its source package, built as BUILDING.md says, gives the same extension files and store packages', () => {
    const source = unzipSync(first[names.source]!);
    const building = Buffer.from(source['BUILDING.md']!).toString();
    expect(building).toContain('npm ci\nnpm run build\n');
    expect(building).toContain(`Node.js ${process.version}`);
    for (const [path, data] of Object.entries(source)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), data);
    }
    // Instead of `npm ci` (a download): the same packages, which package-lock.json pins.
    symlinkSync(realpathSync(join(root, 'node_modules')), join(scratch, 'node_modules'));
    run('npm', ['run', 'build'], scratch);

    for (const target of ['chrome', 'firefox']) {
      expect(sameFiles(filesUnder(join(scratch, 'dist', target))), target).toEqual(sameFiles(filesUnder(join(root, 'dist', target))));
    }
    expect(Buffer.compare(Buffer.from(deterministicZip(withoutKey(filesUnder(join(scratch, 'dist/chrome'))))), first[names.chrome]!)).toBe(0);
    expect(Buffer.compare(Buffer.from(deterministicZip(filesUnder(join(scratch, 'dist/firefox')))), first[names.firefox]!)).toBe(0);
  }, 120_000);
});
