import { defineConfig } from '@playwright/test';
import type { Engine } from './e2e/harness/session.ts';

// One worker: two browsers on a 2-core machine already compete for the CPU, and timing-sensitive
// widgets (debounced searches, fragments) behave as they would for a person.
export default defineConfig<object, { engine: Engine }>({
  testDir: 'e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // On CI's two cores a browser can stall; one retry there, reported as flaky in the summary.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'replica', testMatch: 'replica/*.spec.ts' },
    { name: 'security', testMatch: 'security/*.spec.ts' },
    // Specs at the top of e2e/ run in both browsers; e2e/chromium/ holds Chromium-only cases.
    { name: 'chromium', testMatch: /e2e\/(chromium\/)?[^/]+\.spec\.ts$/, use: { engine: 'chromium' } },
    { name: 'firefox', testMatch: /e2e\/[^/]+\.spec\.ts$/, use: { engine: 'firefox' } },
  ],
});
