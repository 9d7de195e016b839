// Playwright Test fixtures: every spec gets a fresh browser (Chromium or Firefox, by project)
// with the built extension and a fresh replica configured by test.use({ replica: {...} }), and in
// Chromium the machine policy of test.use({ policy: {...} }) for that browser alone.
import { test as base, expect } from '@playwright/test';
import type { ReplicaOptions } from '../replica/config.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserSession, BrowserSettings, Engine } from './session.ts';

export const launchBrowser = (engine: Engine, replica: ReplicaOptions = {}, settings: BrowserSettings = {}, policy?: object): Promise<BrowserSession> =>
  engine === 'chromium' ? launchChromium(replica, { ...settings, policy }) : launchFirefox(replica, settings);

export const test = base.extend<{ replica: ReplicaOptions; browserSettings: BrowserSettings; policy: object | undefined; session: BrowserSession }, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  replica: [{}, { option: true }],
  browserSettings: [{}, { option: true }],
  policy: [undefined, { option: true }],
  session: async ({ engine, replica, browserSettings, policy }, use, testInfo) => {
    const session = await launchBrowser(engine, replica, browserSettings, policy);
    try {
      await use(session);
      // Whatever the test checked, an error of the extension's own code fails it.
      expect(session.extensionErrors, 'errors of PAT Pilot\'s own code (service worker or background page, its pages, its content scripts)').toEqual([]);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await session.page.screenshot(testInfo.outputPath('failure.png')).catch(() => undefined);
      }
      await session.close();
    }
  },
});

export { expect };
