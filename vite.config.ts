// Builds one unpacked extension per browser from the single source manifest.json:
// TARGET=chrome (default) → dist/chrome, TARGET=firefox → dist/firefox.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { firefoxManifest, type SourceManifest } from './scripts/firefox-manifest.ts';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
// The router runs on every github.com page; the guide only on PAT Pilot's pages.
const contentScripts = ['src/content/main.ts', 'src/content/guide.ts'];

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const { version } = readJson<{ version: string }>('./package.json');
const source = { ...readJson<SourceManifest>('./manifest.json'), version };
const manifest = (target === 'firefox' ? firefoxManifest(source) : source) as ManifestV3Export;

export default defineConfig({
  plugins: [
    preact(),
    // A standalone content script is one self-contained file: no loader that would list our files
    // as web-accessible to github.com, and it runs at document_idle as declared.
    crx({ manifest, browser: target, contentScripts: { standaloneFiles: contentScripts } }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // GitHub's pages and our own must not need eval; source maps stay out of the store package.
    sourcemap: false,
    target: 'es2022',
    // Every github.com page loads the content script, and terser makes it the smallest (gzip:
    // 25.0 KB against 25.3 KB from the default minifier). crxjs hands its standalone build the
    // `minify` choice but not `terserOptions`, so the second pass below serves the other pages.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
  },
});
