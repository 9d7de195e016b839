import { defineConfig } from 'vitest/config';

// Unit tests cover the pure core only; everything that touches GitHub's DOM is tested in real browsers (e2e/).
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
});
