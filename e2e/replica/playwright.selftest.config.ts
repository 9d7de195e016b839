// The replica's own tests: `npx playwright test e2e/replica/selftest.spec.ts --config e2e/replica/playwright.selftest.config.ts`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  // The page's bundle must be fresh; building takes about a second.
  globalSetup: './build-client.ts',
});
