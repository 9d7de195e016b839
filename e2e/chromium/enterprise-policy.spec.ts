// Issue 13 §2: an organization lists its GitHub Enterprise hosts by policy (enterpriseHosts). The
// options page offers each with a Grant button and names an entry it cannot use; the person still
// allows each host once, and a removed host stays offered. Chromium policy files (root only).
import { committedExtensionId } from '../../scripts/packaging/extension-id.ts';
import { canUsePrivatePolicy } from '../harness/chromium-policy.ts';
import { expect, test } from '../harness/fixtures.ts';
import { clickHostButton, hostAllowed, openOptions } from '../harness/options-page.ts';
import { countRouterStarts, routerDecided } from '../harness/overlay.ts';
import type { TestPage } from '../harness/test-page.ts';

const host = 'github.example.test';
// Chromium reads the policy at start-up from a folder only this browser sees (needs root).
test.skip(!canUsePrivatePolicy(), 'a browser-private policy folder needs root (mount namespace)');
test.use({
  replica: { enterprise: { host, drift: {} } },
  policy: { '3rdparty': { extensions: { [committedExtensionId()]: { enterpriseHosts: [host, 'github.com'] } } } },
});

/** A host's row as a person reads it: its texts (badges and buttons). */
const hostRow = (page: TestPage): Promise<string[]> =>
  page.evaluate((name) => [...document.querySelectorAll(`li[data-host="${name}"] > *`)].map((element) => element.textContent ?? ''), host);

test('hosts listed by policy are offered with Grant; once granted PAT Pilot runs there, and removed they are offered again', async ({ session }) => {
  const options = await openOptions(session);
  await options.waitFor((name) => document.querySelector(`li[data-host="${name}"]`), host);
  expect(await hostRow(options)).toEqual([host, 'Not allowed yet', 'Listed by your organization', 'Grant']);
  expect(await options.evaluate(() => document.querySelector('#hosts-heading ~ [role="alert"]')?.textContent, null))
    .toContain('enterpriseHosts[1]: PAT Pilot works on github.com already; add only GitHub Enterprise hosts.');

  await session.allowWhenAsked(`https://${host}/*`);
  await clickHostButton(options, host, 'Grant');
  await hostAllowed(options, host, true);
  expect(await hostRow(options)).toEqual([host, 'Allowed', 'Listed by your organization', 'Remove']);
  const page = await session.newTab();
  await countRouterStarts(page);
  await page.goto(`https://${host}/settings/profile`);
  await routerDecided(page);

  await clickHostButton(options, host, 'Remove');
  await hostAllowed(options, host, false);
  expect(await hostRow(options)).toEqual([host, 'Not allowed yet', 'Listed by your organization', 'Grant']);
  expect(session.errors).toEqual([]);
});
