// Zips that are the same bytes on every run and every machine: entries sorted by path, one fixed
// date (local fields, so the time zone cannot move it), fixed Unix modes, and fflate's deflate,
// which is plain JavaScript (Node's zlib output may change with the zlib it was built with).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable, type ZipOptions } from 'fflate';

export interface ZipEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

/** 1980-01-01 00:00, the earliest date a zip entry can carry. */
const fixedDate = new Date(1980, 0, 1, 0, 0, 0);
const entryOptions: ZipOptions = { level: 9, mtime: fixedDate, os: 3, attrs: 0o100644 * 0x10000 };

export function deterministicZip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    files[entry.path] = [entry.data, entryOptions];
  }
  return zipSync(files);
}

/** Every file under a folder, with '/'-separated paths relative to it; dotfiles are left out. */
export function filesUnder(folder: string): ZipEntry[] {
  const walk = (dir: string): string[] => readdirSync(dir).filter((name) => !name.startsWith('.')).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
  return walk(folder).map((path) => ({ path: relative(folder, path).split(sep).join('/'), data: readFileSync(path) }));
}
