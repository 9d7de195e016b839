import { defineConfig } from '@playwright/test';

// `npm run capture` is interactive: one browser, no timeout, no retries.
export default defineConfig({ testDir: '.', testMatch: 'capture.spec.ts', workers: 1, timeout: 0, reporter: 'list' });
