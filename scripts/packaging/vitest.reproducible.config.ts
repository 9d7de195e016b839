import { defineConfig } from 'vitest/config';

// The reproducibility check builds the extension three times: a suite of its own in `npm test`.
export default defineConfig({
  test: { include: ['scripts/packaging/reproducible.check.ts'], environment: 'node', root: new URL('../../', import.meta.url).pathname },
});
