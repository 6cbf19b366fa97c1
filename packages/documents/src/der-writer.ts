import * as asn1js from 'asn1js';

/**
 * A minimal DER writer for the structures signed on every document (CMS SignedData, TSTInfo).
 * Building them from cached byte strings instead of asn1js/pkijs object trees made signing
 * several times faster: the certificates, CRLs and algorithm identifiers are already DER and are
 * copied, never parsed or re-encoded.
 */

function lengthBytes(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Tag-length-value with the given tag byte (e.g. 0x30 SEQUENCE, 0x31 SET, 0xa0 [0] constructed). */
export function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = content.length === 1 ? content[0]! : concatBytes(content);
  const len = lengthBytes(body.length);
  const out = new Uint8Array(1 + len.length + body.length);
  out[0] = tag;
  out.set(len, 1);
  out.set(body, 1 + len.length);
  return out;
}

export const sequence = (...content: Uint8Array[]) => tlv(0x30, ...content);
export const set = (...content: Uint8Array[]) => tlv(0x31, ...content);
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);

const oids = new Map<string, Uint8Array>();

/** OBJECT IDENTIFIER (encodings cached). */
export function oid(dotted: string): Uint8Array {
  let der = oids.get(dotted);
  if (!der) {
    der = new Uint8Array(new asn1js.ObjectIdentifier({ value: dotted }).toBER(false));
    oids.set(dotted, der);
  }
  return der;
}

/** A non-negative INTEGER from big-endian magnitude bytes. */
export function unsignedInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return (trimmed[0] ?? 0) & 0x80 ? tlv(0x02, Uint8Array.of(0), trimmed) : tlv(0x02, trimmed);
}

export function smallInteger(n: number): Uint8Array {
  if (n < 0 || n > 127) throw new RangeError('smallInteger expects 0…127');
  return Uint8Array.of(0x02, 0x01, n);
}

/** GeneralizedTime `YYYYMMDDHHMMSSZ` (whole seconds, as RFC 3161 and DER want). */
export function generalizedTime(date: Date): Uint8Array {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const s =
    `${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}` +
    `${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`;
  return tlv(0x18, new TextEncoder().encode(s));
}

/** Orders DER encodings as a DER SET OF requires (by their bytes). */
export function sortDer(items: Uint8Array[]): Uint8Array[] {
  return [...items].sort((a, b) => {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  });
}
