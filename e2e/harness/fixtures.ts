// Playwright Test fixtures: every spec gets a fresh browser (Chromium or Firefox, by project)
// with the built extension and a fresh replica configured by test.use({ replica: {...} }).
import { test as base, expect } from '@playwright/test';
import type { ReplicaOptions } from '../replica/config.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserSession, BrowserSettings, Engine } from './session.ts';

export const launchBrowser = (engine: Engine, replica: ReplicaOptions = {}, settings: BrowserSettings = {}): Promise<BrowserSession> =>
  engine === 'chromium' ? launchChromium(replica, settings) : launchFirefox(replica, settings);

export const test = base.extend<{ replica: ReplicaOptions; browserSettings: BrowserSettings; session: BrowserSession }, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  replica: [{}, { option: true }],
  browserSettings: [{}, { option: true }],
  session: async ({ engine, replica, browserSettings }, use, testInfo) => {
    const session = await launchBrowser(engine, replica, browserSettings);
    try {
      await use(session);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await session.page.screenshot(testInfo.outputPath('failure.png')).catch(() => undefined);
      }
      await session.close();
    }
  },
});

export { expect };
