// The store listing in docs/store/ against what it describes: every permission, host permission
// and content-script match of both built manifests has its justification (so a new one without
// fails here), the images have the sizes the stores ask for, and the privacy policy names every
// storage area the code uses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const listing = read('docs/store/listing.md');

/** A level-2 section of the listing, without its heading. */
const section = (title: string): string => listing.split(/^## /m).find((part) => part.startsWith(`${title}\n`))?.slice(title.length + 1).trim() ?? '';

interface BuiltManifest {
  readonly description: string;
  readonly default_locale?: string;
  readonly permissions?: string[];
  readonly optional_permissions?: string[];
  readonly host_permissions?: string[];
  readonly optional_host_permissions?: string[];
  readonly content_scripts?: { matches: string[] }[];
}

function builtManifest(target: 'chrome' | 'firefox'): BuiltManifest {
  const path = `dist/${target}/manifest.json`;
  if (!existsSync(join(root, path))) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(read(path)) as BuiltManifest;
}

/** The manifest's text, with a __MSG_name__ placeholder looked up in the default locale. */
function manifestText(target: 'chrome' | 'firefox', text: string): string {
  const message = /^__MSG_(\w+)__$/.exec(text)?.[1];
  if (!message) return text;
  const messages = JSON.parse(read(`dist/${target}/_locales/${builtManifest(target).default_locale}/messages.json`)) as Record<string, { message: string }>;
  return messages[message]?.message ?? text;
}

/** What a store asks a justification for: API permissions, host permissions and where content scripts run. */
const accessOf = (manifest: BuiltManifest): string[] => [
  ...manifest.permissions ?? [], ...manifest.optional_permissions ?? [],
  ...manifest.host_permissions ?? [], ...manifest.optional_host_permissions ?? [],
  ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const file = readFileSync(join(root, path));
  return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

/** The alpha of each pixel of an 8-bit RGBA, non-interlaced PNG (what Chromium writes). */
function pngAlpha(path: string): (x: number, y: number) => number {
  const file = readFileSync(join(root, path));
  const [width, height] = pngSize(path);
  if (file[24] !== 8 || file[25] !== 6 || file[28] !== 0) throw new Error(`${path}: not 8-bit RGBA without interlacing`);
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    if (file.toString('latin1', offset + 4, offset + 8) === 'IDAT') chunks.push(file.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = unzlibSync(Buffer.concat(chunks));
  const stride = width * 4;
  const pixels = new Uint8Array(height * stride);
  // Undo each scanline's filter (PNG spec, section 9): none, sub, up, average, Paeth.
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i += 1) {
      const left = i >= 4 ? pixels[y * stride + i - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= 4 ? pixels[(y - 1) * stride + i - 4]! : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter]!;
      pixels[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + predicted) & 0xff;
    }
  }
  return (x, y) => pixels[y * stride + x * 4 + 3]!;
}

describe('store listing', () => {
  it('justifies every permission, host permission and content-script match of both built manifests, one line each', () => {
    const justified = [...section('Permission justifications').matchAll(/^- `([^`]+)`: \S/gm)].map((match) => match[1]);
    expect(new Set(justified).size, 'one line per permission').toBe(justified.length);
    const asked = [...new Set([...accessOf(builtManifest('chrome')), ...accessOf(builtManifest('firefox'))])];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((access) => !justified.includes(access))).toEqual([]);
  });

  it('gives the manifest\'s description as the short description, within the Web Store\'s 132 characters', () => {
    const description = manifestText('chrome', builtManifest('chrome').description);
    expect(description.length).toBeLessThanOrEqual(132);
    expect(section('Short description')).toContain(`> ${description}`);
  });

  it('states the single purpose, no remote code and no data use', () => {
    expect(section('Single purpose')).toMatch(/^PAT Pilot has one purpose/);
    expect(section('Remote code')).toMatch(/^No, PAT Pilot does not use remote code\./);
    expect(section('Data use')).toMatch(/^PAT Pilot collects and transmits no user data\./);
  });

  it('has a 128×128 icon whose artwork is 96×96 inside 16 px of transparent padding', () => {
    expect(pngSize('docs/store/icon-128.png')).toEqual([128, 128]);
    const alpha = pngAlpha('docs/store/icon-128.png');
    const inPadding = (x: number, y: number): boolean => x < 16 || y < 16 || x >= 112 || y >= 112;
    const opaque: [number, number][] = [];
    for (let y = 0; y < 128; y += 1) for (let x = 0; x < 128; x += 1) if (alpha(x, y) > 0) opaque.push([x, y]);
    expect(opaque.filter(([x, y]) => inPadding(x, y))).toEqual([]);
    expect(alpha(64, 64), 'the artwork fills its centre').toBe(255);
  });

  it('has a 440×280 promo tile and 1280×800 screenshots in the light and the dark theme', () => {
    expect(pngSize('docs/store/promo-tile-440x280.png')).toEqual([440, 280]);
    const screenshots = readdirSync(join(root, 'docs/store/screenshots')).filter((name) => name.endsWith('.png'));
    expect(screenshots.filter((name) => name.startsWith('light-')).length).toBeGreaterThan(0);
    expect(screenshots.filter((name) => name.startsWith('dark-')).length).toBeGreaterThan(0);
    for (const name of screenshots) {
      expect(pngSize(`docs/store/screenshots/${name}`), name).toEqual([1280, 800]);
    }
  });
});

describe('privacy policy', () => {
  it('says what is kept in each storage area the extension\'s code uses, and that nothing is sent', () => {
    const privacy = read('docs/privacy.md');
    const sources = (folder: string): string[] => readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [join(folder, entry.name)] : []);
    const areas = new Set(sources('src').flatMap((file) => [...read(file).matchAll(/\bstorage\.(local|session|managed|sync)\b/g)].map((match) => match[1])));
    expect([...areas].sort()).toEqual(['local', 'managed', 'session']);
    for (const area of areas) expect(privacy, `storage.${area}`).toMatch(new RegExp(`^\\| \`storage\\.${area}\` \\| \\S`, 'm'));
    expect(privacy).toContain('PAT Pilot collects no data and sends nothing anywhere.');
  });
});
