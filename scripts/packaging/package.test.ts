// The package script's own decisions; `npm test` also runs reproducible.check.ts, which builds.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, type SourceManifest } from '../firefox-manifest.ts';
import { sha256sums, withoutKey } from './package.ts';

const root = new URL('../../', import.meta.url).pathname;

/** `npm run package -- …args` with the given environment instead of the signing variables. */
function packageScript(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(PAT_PILOT_CRX_|WEB_EXT_API_)/.test(name)));
  return spawnSync('node', ['scripts/package.mjs', ...args], { cwd: root, env: { ...base, ...env }, encoding: 'utf8' });
}

describe('npm run package', () => {
  it('--crx without a key says how to give one and builds nothing', () => {
    const result = packageScript(['--crx']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PAT_PILOT_CRX_KEY_FILE=/path/to/key.pem');
    expect(result.stderr).toContain('PAT_PILOT_CRX_BASE_URL=');
    expect(result.stdout).not.toContain('vite');
  });

  it('--crx with a key but no address for update.xml says so too', () => {
    const result = packageScript(['--crx'], { PAT_PILOT_CRX_KEY: '-----BEGIN PRIVATE KEY-----' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PAT_PILOT_CRX_BASE_URL=');
  });

  it('--sign-firefox without AMO credentials says which ones and sends nothing', () => {
    const result = packageScript(['--sign-firefox'], { WEB_EXT_API_KEY: 'user:1:2' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WEB_EXT_API_KEY=user:12345:67   WEB_EXT_API_SECRET=');
    expect(result.stdout).not.toContain('vite');
  });

  it('refuses an option it does not know', () => {
    const result = packageScript(['--crxx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown option --crxx');
  });
});

describe('manifests of the packages', () => {
  const manifestFile = (manifest: object) => [{ path: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) }, { path: 'a.js', data: Buffer.from('x') }];

  it('the Web Store package leaves out `key` and nothing else', () => {
    const [manifest, other] = withoutKey(manifestFile({ name: 'PAT Pilot', key: 'MIIB', permissions: ['storage'] }));
    expect(JSON.parse(Buffer.from(manifest!.data).toString())).toEqual({ name: 'PAT Pilot', permissions: ['storage'] });
    expect(Buffer.from(other!.data).toString()).toBe('x');
  });

  it('Firefox\'s manifest has no `key`', () => {
    const source: SourceManifest = { key: 'MIIB', background: { service_worker: 'bg.js' } };
    expect(firefoxManifest(source)).not.toHaveProperty('key');
  });

  it('SHA256SUMS lists each file once, sorted, in sha256sum\'s format', () => {
    expect(sha256sums({ 'b.zip': Buffer.from('b'), 'a.zip': Buffer.from('') })).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.zip\n'
      + '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.zip\n',
    );
  });
});
