// The packages' manifest.json differs from the built one only in `key`; one rewrite serves both.
import type { ZipEntry } from './zip.ts';

export const withManifest = (files: readonly ZipEntry[], edit: (manifest: Record<string, unknown>) => Record<string, unknown>): ZipEntry[] =>
  files.map((file) => file.path !== 'manifest.json' ? file : {
    path: file.path,
    data: Buffer.from(`${JSON.stringify(edit(JSON.parse(Buffer.from(file.data).toString('utf8')) as Record<string, unknown>), null, 2)}\n`),
  });
