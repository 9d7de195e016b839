import { defineConfig } from '@playwright/test';
import type { Engine } from './e2e/harness/session.ts';

// Two workers: a test mostly waits (GitHub's debounced searches and fragments, the guide's quiet
// period), so two browsers at a time use the 2-core machine's time without crowding it; the soak
// run (npm run test:soak) checks that it stays free of flakes.
export default defineConfig<object, { engine: Engine }>({
  testDir: 'e2e',
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // A test is green because the behaviour held, once: no retries in any mode.
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'replica', testMatch: 'replica/*.spec.ts' },
    { name: 'security', testMatch: 'security/*.spec.ts' },
    // Specs at the top of e2e/ run in both browsers; e2e/chromium/ holds Chromium-only cases.
    { name: 'chromium', testMatch: /e2e\/(chromium\/)?[^/]+\.spec\.ts$/, use: { engine: 'chromium' } },
    { name: 'firefox', testMatch: /e2e\/[^/]+\.spec\.ts$/, use: { engine: 'firefox' } },
  ],
});
