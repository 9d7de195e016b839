// `npm run package`: the store packages, the source package AMO asks for, and SHA256SUMS, all in
// artifacts/ and the same bytes on every run. `-- --crx` adds a signed CRX and its update.xml
// for self-hosting; `-- --sign-firefox` has AMO sign the Firefox add-on for self-distribution.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withManifest } from './manifest-entry.ts';
import { buildingNotes, sourceFiles } from './source-zip.ts';
import { selfHostedCrx } from './self-hosted.ts';
import { deterministicZip, filesUnder, type ZipEntry } from './zip.ts';

export const artifactNames = (version: string) => ({
  chrome: `pat-pilot-${version}-chrome-web-store.zip`,
  firefox: `pat-pilot-${version}-firefox.zip`,
  source: `pat-pilot-${version}-source.zip`,
  crx: `pat-pilot-${version}.crx`,
});

/** The Web Store refuses a manifest with `key`: it signs the package with a key of its own. */
export const withoutKey = (files: readonly ZipEntry[]): ZipEntry[] => withManifest(files, ({ key: _key, ...manifest }) => manifest);

export const sha256sums = (files: Readonly<Record<string, Uint8Array>>): string =>
  Object.keys(files).sort().map((name) => `${createHash('sha256').update(files[name]!).digest('hex')}  ${name}\n`).join('');

const missingCrxKey = `--crx needs the private key that signs the CRX, and it never comes from the repository:
  PAT_PILOT_CRX_KEY_FILE=/path/to/key.pem   (or PAT_PILOT_CRX_KEY with the PEM text itself)
and the https folder where you will serve update.xml and the .crx:
  PAT_PILOT_CRX_BASE_URL=https://intranet.example.com/pat-pilot/
Make a key once with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem`;

const missingAmoCredentials = `--sign-firefox needs AMO API credentials (addons.mozilla.org → Tools → Manage API Keys):
  WEB_EXT_API_KEY=user:12345:67   WEB_EXT_API_SECRET=…
Nothing was built or sent.`;

interface Options {
  readonly crx: boolean;
  readonly signFirefox: boolean;
}

function crxSettings(env: NodeJS.ProcessEnv): { privateKeyPem: string; baseUrl: string } | undefined {
  const privateKeyPem = env.PAT_PILOT_CRX_KEY || (env.PAT_PILOT_CRX_KEY_FILE ? readFileSync(env.PAT_PILOT_CRX_KEY_FILE, 'utf8') : '');
  const baseUrl = env.PAT_PILOT_CRX_BASE_URL ?? '';
  return privateKeyPem && baseUrl ? { privateKeyPem, baseUrl } : undefined;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const toolVersion = (command: string): string => spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout.trim();

/** Returns the process exit code; a missing key or credential stops before anything is built. */
export function packageExtension(options: Options, env: NodeJS.ProcessEnv = process.env): number {
  const crx = options.crx ? crxSettings(env) : undefined;
  if (options.crx && !crx) {
    console.error(missingCrxKey);
    return 1;
  }
  if (options.signFirefox && !(env.WEB_EXT_API_KEY && env.WEB_EXT_API_SECRET)) {
    console.error(missingAmoCredentials);
    return 1;
  }

  // vite's module runner, which loaded this file, sets NODE_ENV=development for the whole
  // process; a build that inherited it would ship preact's development JSX.
  run('npm', ['run', 'build'], { ...process.env, NODE_ENV: 'production' });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const names = artifactNames(version);
  const artifacts: Record<string, Uint8Array> = {
    [names.chrome]: deterministicZip(withoutKey(filesUnder('dist/chrome'))),
    [names.firefox]: deterministicZip(filesUnder('dist/firefox')),
    [names.source]: deterministicZip([
      ...sourceFiles('.'),
      { path: 'BUILDING.md', data: Buffer.from(buildingNotes({ node: process.version, npm: toolVersion('npm') }, names)) },
    ]),
  };
  if (crx) {
    const selfHosted = selfHostedCrx({ dist: 'dist/chrome', version, fileName: names.crx, ...crx });
    artifacts[names.crx] = selfHosted.crx;
    artifacts['update.xml'] = Buffer.from(selfHosted.updateXml);
    console.log(`Self-hosted CRX for extension id ${selfHosted.id}: serve ${names.crx} and update.xml at ${crx.baseUrl}`);
  }
  mkdirSync('artifacts', { recursive: true });
  for (const [name, data] of Object.entries(artifacts)) writeFileSync(join('artifacts', name), data);
  writeFileSync('artifacts/SHA256SUMS', sha256sums(artifacts));
  console.log(`PAT Pilot ${version}: ${Object.keys(artifacts).sort().join(', ')} and SHA256SUMS are in artifacts/.`);

  if (options.signFirefox) {
    run('npx', ['web-ext', 'sign', '--channel', 'unlisted', '--source-dir', 'dist/firefox', '--artifacts-dir', 'artifacts',
      '--upload-source-code', join('artifacts', names.source)]);
  }
  return 0;
}

export function main(argv: readonly string[]): number {
  const known = new Set(['--crx', '--sign-firefox']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. Options: --crx (signed CRX and update.xml), --sign-firefox (AMO, unlisted).`);
    return 2;
  }
  return packageExtension({ crx: argv.includes('--crx'), signFirefox: argv.includes('--sign-firefox') });
}
