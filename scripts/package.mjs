// `npm run package [-- --crx] [-- --sign-firefox]`: see scripts/packaging/package.ts. The work is
// TypeScript, loaded through vite's module runner as vite loads its own config.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./packaging/package.ts', import.meta.url).pathname);
process.exit(module.main(process.argv.slice(2)));
