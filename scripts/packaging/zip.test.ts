import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deterministicZip } from './zip.ts';

const entries = [
  { path: 'src/b.js', data: Buffer.from('b'.repeat(500)) },
  { path: 'a.json', data: Buffer.from('{}') },
];

describe('deterministicZip', () => {
  it('gives the same bytes whatever the order of the entries', () => {
    expect(Buffer.compare(deterministicZip(entries), deterministicZip([...entries].reverse()))).toBe(0);
  });

  it('holds every entry, sorted, with its bytes', () => {
    const unzipped = unzipSync(deterministicZip(entries));
    expect(Object.keys(unzipped)).toEqual(['a.json', 'src/b.js']);
    expect(Buffer.from(unzipped['src/b.js']!).toString()).toBe('b'.repeat(500));
  });

  it('dates every entry 1980-01-01 00:00 and gives it mode 0644, in the central directory', () => {
    const zip = Buffer.from(deterministicZip(entries));
    const central = [...zip.keys()].filter((offset) => offset + 46 <= zip.length && zip.readUInt32LE(offset) === 0x02014b50);
    expect(central).toHaveLength(2);
    for (const offset of central) {
      expect(zip.readUInt16LE(offset + 12), 'DOS time').toBe(0);
      expect(zip.readUInt16LE(offset + 14), 'DOS date').toBe((0 << 9) | (1 << 5) | 1);
      expect(zip.readUInt32LE(offset + 38) >>> 16, 'unix mode').toBe(0o100644);
    }
  });
});
