// Builds the replica page's bundle (the same as `npm run build:replica`) before the self-test runs.
import { build } from 'vite';

export default async function buildClient(): Promise<void> {
  await build({ configFile: new URL('./vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
