// Builds the probe (selector registry + page reading) as one script a page can load.
import { build } from 'vite';

export const probeFile = new URL('./dist/probe.js', import.meta.url).pathname;

export async function buildProbe(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: new URL('./dist/', import.meta.url).pathname,
      emptyOutDir: true,
      minify: false,
      lib: { entry: new URL('./probe-entry.ts', import.meta.url).pathname, name: 'PatPilotProbe', formats: ['iife'], fileName: () => 'probe.js' },
    },
  });
}
