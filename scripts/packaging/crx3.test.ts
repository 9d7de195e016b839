// The CRX3 is read back field by field as Chromium's verifier would (components/crx_file):
// header fields, the key's id, and the signature over the signed data and the zip.
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crx3, updateManifest } from './crx3.ts';
import { chromeExtensionId, extensionIdOfManifestKey, manifestKeyOfPrivateKey } from './extension-id.ts';
import { deterministicZip } from './zip.ts';

/** Reads a protobuf message whose fields are all length-delimited: field number → values. */
function protobufFields(message: Buffer): Map<number, Buffer[]> {
  const fields = new Map<number, Buffer[]>();
  let offset = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = message[offset++]!;
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
    }
  };
  while (offset < message.length) {
    const key = varint();
    expect(key % 8, 'wire type').toBe(2);
    const length = varint();
    fields.set(Math.floor(key / 8), [...(fields.get(Math.floor(key / 8)) ?? []), message.subarray(offset, offset + length)]);
    offset += length;
  }
  return fields;
}

describe('crx3', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const zip = deterministicZip([{ path: 'manifest.json', data: Buffer.from('{"manifest_version":3}') }]);

  it('writes a header Chromium verifies: the key, its id, and an RSA-SHA256 signature over the signed data and the zip', () => {
    const crx = crx3(zip, privateKeyPem);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    const header = protobufFields(crx.subarray(12, 12 + headerLength));
    expect(Buffer.compare(crx.subarray(12 + headerLength), zip)).toBe(0);

    const [proof] = header.get(2) ?? [];
    const [signedData] = header.get(10000) ?? [];
    const publicKey = protobufFields(proof!).get(1)![0]!;
    const signature = protobufFields(proof!).get(2)![0]!;
    expect(publicKey.toString('base64')).toBe(manifestKeyOfPrivateKey(privateKeyPem));
    const crxId = protobufFields(signedData!).get(1)![0]!;
    expect(crxId).toEqual(createHash('sha256').update(publicKey).digest().subarray(0, 16));

    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedData!.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\0'), length, signedData!, zip]);
    expect(verify('sha256', signed, createPublicKey({ key: publicKey, format: 'der', type: 'spki' }), signature)).toBe(true);
    expect(verify('sha256', Buffer.concat([signed, Buffer.from('x')]), createPublicKey({ key: publicKey, format: 'der', type: 'spki' }), signature)).toBe(false);
  });

  it('names the extension id of the key and the CRX url in update.xml', () => {
    const id = extensionIdOfManifestKey(manifestKeyOfPrivateKey(privateKeyPem));
    expect(updateManifest({ id, version: '1.2.3', crxUrl: 'https://intranet.example.com/pat-pilot/x.crx?a=1&b=2' })).toBe([
      "<?xml version='1.0' encoding='UTF-8'?>",
      "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
      `  <app appid='${id}'>`,
      "    <updatecheck codebase='https://intranet.example.com/pat-pilot/x.crx?a=1&amp;b=2' version='1.2.3' />",
      '  </app>',
      '</gupdate>',
      '',
    ].join('\n'));
  });
});

describe('extension id', () => {
  it('is the first 128 bits of the key\'s SHA-256, hex digits written as a–p', () => {
    const key = Buffer.from('any public key bytes');
    const hex = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const id = chromeExtensionId(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect([...id].map((letter) => (letter.charCodeAt(0) - 97).toString(16)).join('')).toBe(hex);
  });
});
