// Issue 13 §2: the optional host pattern for GitHub Enterprise hosts changes nothing in what Chrome
// asks at install. Chrome's own list of install warnings for a manifest
// (management.getPermissionWarningsByManifest, open to every extension without the "management"
// permission) is the same for the built manifest as for that manifest without the optional hosts,
// and names github.com only.
import { expect, test } from '../harness/fixtures.ts';
import { optionsPage } from '../harness/options-page.ts';

type WarningsByManifest = { management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> }; runtime: { getManifest(): Record<string, unknown> } };

test('the install prompt reads the same with and without the optional GitHub Enterprise hosts: github.com only', async ({ session }) => {
  const page = await session.openExtensionPage(optionsPage);
  const warnings = await page.evaluate(async () => {
    const { management, runtime } = (globalThis as unknown as { chrome: WarningsByManifest }).chrome;
    const built = runtime.getManifest();
    const { optional_host_permissions: optional, ...withoutOptional } = built;
    return {
      optional,
      built: await management.getPermissionWarningsByManifest(JSON.stringify(built)),
      withoutOptional: await management.getPermissionWarningsByManifest(JSON.stringify(withoutOptional)),
      // The same pattern asked for at install instead: what PAT Pilot avoids.
      ifRequired: await management.getPermissionWarningsByManifest(JSON.stringify({ ...built, host_permissions: optional })),
    };
  }, null);
  expect(warnings.optional).toEqual(['https://*/*']);
  expect(warnings.built).toEqual(['Read and change your data on github.com']);
  expect(warnings.withoutOptional).toEqual(warnings.built);
  expect(warnings.ifRequired).toEqual(['Read and change all your data on all websites']);
});
