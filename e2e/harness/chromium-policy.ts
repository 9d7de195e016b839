// Chromium with machine policy of its own: Debian's Chromium reads policy only from
// /etc/chromium/policies/managed, which every Chromium on this machine shares. So the browser is
// started in a private mount namespace in which a temporary folder is bind-mounted over that
// one: the policy reaches this browser and no other. Needs root (unshare, mount).
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const policyFolder = '/etc/chromium/policies/managed';

export interface PolicyChromium {
  /** A launcher to give Playwright as executablePath: /usr/bin/chromium under the policy. */
  readonly executablePath: string;
  close(): Promise<void>;
}

export const canUsePrivatePolicy = (): boolean => process.getuid?.() === 0;

export async function chromiumUnderPolicy(policy: object): Promise<PolicyChromium> {
  const folder = await mkdtemp(join(tmpdir(), 'pat-pilot-policy-'));
  await mkdir(join(folder, 'managed'));
  await writeFile(join(folder, 'managed', 'policy.json'), JSON.stringify(policy));
  // The mount point must exist; creating the empty folder changes nothing for other browsers.
  await mkdir(policyFolder, { recursive: true });
  const executablePath = join(folder, 'chromium');
  await writeFile(executablePath, [
    '#!/bin/sh',
    `exec unshare --mount --propagation private sh -c 'mount --bind "$0" ${policyFolder} && exec /usr/bin/chromium "$@"' "${join(folder, 'managed')}" "$@"`,
    '',
  ].join('\n'));
  await chmod(executablePath, 0o755);
  return { executablePath, close: () => rm(folder, { recursive: true, force: true }) };
}
