// The page's script and stylesheet: built by e2e/replica/vite.config.ts into e2e/replica/dist/
// and served from github.githubassets.com like GitHub's own bundles.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { asset, notFound, type ReplicaResponse } from './responses.ts';

export const bundleFiles = { script: 'pat-page.js', style: 'pat-page.css' } as const;

export const assetsOrigin = 'https://github.githubassets.com';
export const assetUrl = (file: string): string => `${assetsOrigin}/assets/${file}`;

export const distDirectory = new URL('../dist/', import.meta.url);

const contentTypes: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Read at request time, so a rebuilt bundle is served without restarting anything. */
export async function serveAsset(file: string): Promise<ReplicaResponse> {
  const contentType = contentTypes[extname(file)];
  if (contentType === undefined || file.includes('/') || file.includes('..')) return notFound();
  try {
    return asset(contentType, await readFile(new URL(file, distDirectory)));
  } catch {
    return notFound();
  }
}
