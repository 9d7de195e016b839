// `npm run build:replica`: the replica page's script and stylesheet, one self-contained IIFE and
// one CSS file with fixed names, served from github.githubassets.com by the replica server.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { bundleFiles } from './http/assets.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * GitHub's own CSS modules (the picker's layout) get `<File>-module__<class>--<hash>`, as in
 * GitHub's build. Primer React's classes (`prc-<Component>-<class>-<hash>`) come ready-made
 * from the @primer/react package.
 */
function hashedClassName(name: string, filename: string, css: string): string {
  const component = basename(filename).replace(/\.module\.css.*$/, '');
  const hash = createHash('sha256').update(`${component}:${name}:${css}`).digest('base64url').replace(/[-_]/g, 'x').slice(0, 5);
  return `${component}-module__${name}--${hash}`;
}

export default defineConfig({
  // Lib mode does not replace it, and React must run its production build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  css: { modules: { generateScopedName: hashedClassName } },
  // The project's public/ folder belongs to the extension.
  publicDir: false,
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: here('client/main.ts'),
      formats: ['iife'],
      name: 'GithubPatPage',
      fileName: () => bundleFiles.script,
      cssFileName: bundleFiles.style.replace(/\.css$/, ''),
    },
  },
});
