import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** Object identifiers used across certificates, CMS and time stamps. */
export const OID = {
  // attribute types of names
  commonName: '2.5.4.3',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  province: '2.5.4.8',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  // algorithms
  sha256: '2.16.840.1.101.3.4.2.1',
  sm3: '1.2.156.10197.1.401',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  sm2Curve: '1.2.156.10197.1.301',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sm2WithSm3: '1.2.156.10197.1.501',
  // CMS
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  adbeRevocationInfoArchival: '1.2.840.113583.1.1.8',
  // extensions
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
  kpTimeStamping: '1.3.6.1.5.5.7.3.8',
  kpEmailProtection: '1.3.6.1.5.5.7.3.4',
  kpDocumentSigning: '1.3.6.1.4.1.311.10.3.12',
  // PKCS#12
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  certBag: '1.2.840.113549.1.12.10.1.3',
} as const;

/** Copies bytes into a fresh ArrayBuffer (asn1js and WebCrypto want ArrayBuffers, not views). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

export function toHex(bytes: Uint8Array | ArrayBuffer): string {
  return Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes).toString('hex');
}

export function fromHex(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Wraps DER in PEM armour. */
export function toPem(der: Uint8Array, label: string): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** All DER blocks of a PEM text with the given label (or any label). */
export function fromPemAll(pem: string, label?: string): Uint8Array[] {
  const re = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  const out: Uint8Array[] = [];
  for (const m of pem.matchAll(re)) {
    if (label && m[1] !== label) continue;
    out.push(new Uint8Array(Buffer.from((m[2] ?? '').replace(/\s+/g, ''), 'base64')));
  }
  return out;
}

/** The first DER block of a PEM text; throws when there is none. */
export function fromPem(pem: string, label?: string): Uint8Array {
  const first = fromPemAll(pem, label)[0];
  if (!first) throw new Error(`PEM block ${label ?? ''} not found`);
  return first;
}

/** Accepts DER bytes or PEM text. */
export function derOf(input: Uint8Array | string, label?: string): Uint8Array {
  return typeof input === 'string' ? fromPem(input, label) : input;
}

export function parseAsn1(bytes: Uint8Array | ArrayBuffer): asn1js.AsnType {
  const buf = bytes instanceof ArrayBuffer ? bytes : toArrayBuffer(bytes);
  const parsed = asn1js.fromBER(buf);
  if (parsed.offset === -1) throw new Error(`ASN.1 parse error: ${parsed.result.error}`);
  return parsed.result;
}

/** Length of the DER element at the start of `bytes` (header included), to drop trailing padding. */
export function derLength(bytes: Uint8Array): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4) return bytes.length; // indefinite or absurd: let the parser decide
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (bytes[2 + i] ?? 0);
  return Math.min(bytes.length, 2 + n + len);
}

export function encodeDer(schema: { toBER(sizeOnly?: boolean): ArrayBuffer }): Uint8Array {
  return new Uint8Array(schema.toBER(false));
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return new pkijs.Certificate({ schema: parseAsn1(der) });
}

export function certificateDer(cert: pkijs.Certificate): Uint8Array {
  return encodeDer(cert.toSchema());
}

/** Serial number as lowercase hex without leading zero bytes' padding: the form used everywhere here. */
export function normalizeSerial(serial: string): string {
  const hex = serial
    .replace(/[^0-9a-fA-F]/g, '')
    .toLowerCase()
    .replace(/^0+/, '');
  return hex === '' ? '0' : hex;
}

export function serialOf(cert: pkijs.Certificate): string {
  return normalizeSerial(toHex(cert.serialNumber.valueBlock.valueHexView));
}

/** A positive random 16-byte serial number. */
export function randomSerial(): Uint8Array {
  const bytes = new Uint8Array(randomBytes(16));
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return bytes;
}

/** Distinguished name parts; Chinese values are encoded as UTF8String. */
export type NameParts = {
  commonName: string;
  organization?: string;
  organizationalUnit?: string;
  locality?: string;
  province?: string;
  country?: string;
};

export function buildName(parts: NameParts): pkijs.RelativeDistinguishedNames {
  // One attribute per RDN SET, as every CA does; pkijs would put them all in one multi-valued RDN.
  const rdns: asn1js.Set[] = [];
  const push = (type: string, value: asn1js.Utf8String | asn1js.PrintableString) =>
    rdns.push(
      new asn1js.Set({
        value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })],
      }),
    );
  if (parts.country) push(OID.country, new asn1js.PrintableString({ value: parts.country }));
  if (parts.province) push(OID.province, new asn1js.Utf8String({ value: parts.province }));
  if (parts.locality) push(OID.locality, new asn1js.Utf8String({ value: parts.locality }));
  if (parts.organization) push(OID.organization, new asn1js.Utf8String({ value: parts.organization }));
  if (parts.organizationalUnit)
    push(OID.organizationalUnit, new asn1js.Utf8String({ value: parts.organizationalUnit }));
  push(OID.commonName, new asn1js.Utf8String({ value: parts.commonName }));
  const der = encodeDer(new asn1js.Sequence({ value: rdns }));
  return new pkijs.RelativeDistinguishedNames({ schema: parseAsn1(der) });
}

const NAME_LABELS: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.country]: 'C',
  [OID.locality]: 'L',
  [OID.province]: 'ST',
  [OID.organization]: 'O',
  [OID.organizationalUnit]: 'OU',
};

/** Renders a name as `CN=…, O=…, C=…` (most specific first, as readers show it). */
export function nameToString(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${NAME_LABELS[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
    .reverse()
    .join(', ');
}

export function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const tv = name.typesAndValues.find((t) => t.type === oid);
  return tv ? String(tv.value.valueBlock.value) : undefined;
}

export function namesEqual(
  a: pkijs.RelativeDistinguishedNames,
  b: pkijs.RelativeDistinguishedNames,
): boolean {
  return a.isEqual(b) || bytesEqual(encodeDer(a.toSchema()), encodeDer(b.toSchema()));
}
