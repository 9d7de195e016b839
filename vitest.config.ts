import { defineConfig } from 'vitest/config';

// Unit tests cover the pure core only; everything that touches GitHub's DOM is tested in real
// browsers (e2e/), except accessible names, checked over Primer React's own rendered markup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The browser's i18n API is not there in node: the English messages.json stands in for it.
    setupFiles: ['test/english-messages.ts'],
    // Primer React's package imports its CSS; vite must transform it for node.
    server: { deps: { inline: [/@primer\/react/] } },
  },
});
