// Chromium started with a machine policy for PAT Pilot, as an organization pushes it: Chromium
// reads the policy folder at start-up, so the file is written by a fixture the session waits for
// (running as root lets a test write it; otherwise the test is skipped and says why).
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { test } from './fixtures.ts';
import { distFor } from './session.ts';

const policyFolder = '/etc/chromium/policies/managed';

/** An unpacked extension's id: the SHA-256 of its absolute path, first 32 hex digits written with a–p. */
export const unpackedExtensionId = (path: string): string =>
  [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');

/** Tests whose Chromium starts with this policy for PAT Pilot (3rdparty → extensions → its id). */
export const withPolicy = (extensionPolicy: Record<string, unknown>) =>
  test.extend<{ policyFile: string }>({
    policyFile: async ({}, use, testInfo) => {
      testInfo.skip(process.getuid?.() !== 0, `writing ${policyFolder} needs root`);
      const file = `${policyFolder}/pat-pilot-e2e-${process.pid}.json`;
      const policy = { '3rdparty': { extensions: { [unpackedExtensionId(distFor('chromium'))]: extensionPolicy } } };
      await mkdir(policyFolder, { recursive: true });
      await writeFile(file, JSON.stringify(policy));
      try {
        await use(file);
      } finally {
        await rm(file, { force: true });
      }
    },
    session: async ({ policyFile: _written, session }, use) => {
      await use(session);
    },
  });
