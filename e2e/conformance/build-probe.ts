// Builds the probe (selector registry + page reading) as one script a page can load.
import { build } from 'vite';

const dist = new URL('./dist/', import.meta.url).pathname;

/** outDir: another folder than dist/, for a spec that may run beside the conformance test. Returns the script's path. */
export async function buildProbe(outDir = dist): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: new URL('./probe-entry.ts', import.meta.url).pathname, name: 'PatPilotProbe', formats: ['iife'], fileName: () => 'probe.js' },
    },
  });
  return `${outDir}/probe.js`;
}
