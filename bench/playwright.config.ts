import { defineConfig } from '@playwright/test';

// `npm run bench`: figures, not pass/fail. One worker, so runs never compete with each other.
export default defineConfig({ testDir: '.', testMatch: '*.bench.ts', workers: 1, timeout: 15 * 60_000, reporter: 'list' });
