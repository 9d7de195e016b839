// A signed CRX3 package for self-hosting, and the update manifest Chrome polls for it. The format
// (Chromium's components/crx_file/crx3.proto): "Cr24", version 3, the header length, a protobuf
// CrxFileHeader { sha256_with_rsa = 2: { public_key = 1, signature = 2 }, signed_header_data =
// 10000: SignedData { crx_id = 1 } }, then the zip. The RSA signature covers
// "CRX3 SignedData\0", the signed data's length (uint32 LE), the signed data and the zip.
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2). */
const bytesField = (field: number, data: Uint8Array): Buffer => Buffer.concat([varint(field * 8 + 2), varint(data.length), data]);

const uint32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
};

export function crx3(zip: Uint8Array, privateKeyPem: string): Buffer {
  const publicKey = createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
  const crxId = createHash('sha256').update(publicKey).digest().subarray(0, 16);
  const signedData = bytesField(1, crxId);
  const signature = sign('sha256', Buffer.concat([Buffer.from('CRX3 SignedData\0'), uint32(signedData.length), signedData, zip]), privateKeyPem);
  const header = Buffer.concat([bytesField(2, Buffer.concat([bytesField(1, publicKey), bytesField(2, signature)])), bytesField(10000, signedData)]);
  return Buffer.concat([Buffer.from('Cr24'), uint32(3), uint32(header.length), header, zip]);
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');

/** The update manifest (gupdate) that tells Chrome where this version's CRX is. */
export function updateManifest({ id, version, crxUrl }: { id: string; version: string; crxUrl: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(id)}'>`,
    `    <updatecheck codebase='${escapeXml(crxUrl)}' version='${escapeXml(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
