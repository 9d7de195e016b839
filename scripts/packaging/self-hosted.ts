// Self-hosting in Chrome: the built extension with the signing key's public half as its manifest
// `key` (so the id in the manifest, the CRX and the policy agree), signed as a CRX3, and the
// update.xml that a policy's update_url points at.
import { crx3, updateManifest } from './crx3.ts';
import { extensionIdOfManifestKey, manifestKeyOfPrivateKey } from './extension-id.ts';
import { withManifest } from './manifest-entry.ts';
import { deterministicZip, filesUnder } from './zip.ts';

export interface SelfHostedCrx {
  readonly id: string;
  readonly crx: Buffer;
  readonly updateXml: string;
}

export function selfHostedCrx({ dist, version, fileName, privateKeyPem, baseUrl }: {
  dist: string; version: string; fileName: string; privateKeyPem: string; baseUrl: string;
}): SelfHostedCrx {
  const key = manifestKeyOfPrivateKey(privateKeyPem);
  const id = extensionIdOfManifestKey(key);
  const crx = crx3(deterministicZip(withManifest(filesUnder(dist), (manifest) => ({ ...manifest, key }))), privateKeyPem);
  const crxUrl = new URL(fileName, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  return { id, crx, updateXml: updateManifest({ id, version, crxUrl }) };
}
