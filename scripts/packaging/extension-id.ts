// A Chrome extension's id is the SHA-256 of its public key (DER SubjectPublicKeyInfo), first 32
// hex digits written with the letters a–p. manifest.json's `key` holds that public key in base64,
// so unpacked and self-hosted builds get the same id wherever they are loaded from.
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function chromeExtensionId(publicKeyDer: Uint8Array): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The id of an extension whose manifest carries this base64 `key`. */
export const extensionIdOfManifestKey = (key: string): string => chromeExtensionId(Buffer.from(key, 'base64'));

/** The manifest `key` (base64 DER public key) that matches a PEM private key. */
export function manifestKeyOfPrivateKey(privateKeyPem: string): string {
  return createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** The id that manifest.json's committed `key` gives: unpacked builds and the self-hosted CRX. */
export function committedExtensionId(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { key: string };
  return extensionIdOfManifestKey(manifest.key);
}
