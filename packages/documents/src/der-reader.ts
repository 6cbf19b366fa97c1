/**
 * A minimal DER reader for verification: it walks tag-length-value headers and hands out views
 * into the original bytes, so certificates and CRLs inside a signature can be looked up in a
 * cache by their bytes instead of being parsed again for every document (asn1js parsing of the
 * certificate set was most of the time it took to verify a file).
 */

export type Tlv = {
  tag: number;
  /** The whole element (header and content). */
  der: Uint8Array;
  /** The content only. */
  content: Uint8Array;
};

/** Reads the element starting at `at`; throws on truncated or indefinite-length input. */
export function readTlv(bytes: Uint8Array, at = 0): Tlv {
  const tag = bytes[at];
  if (tag === undefined || (tag & 0x1f) === 0x1f) throw new Error('DER: unsupported or missing tag');
  let p = at + 1;
  const first = bytes[p++];
  if (first === undefined) throw new Error('DER: truncated length');
  let length = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4) throw new Error('DER: unsupported length');
    length = 0;
    for (let i = 0; i < n; i++) {
      const b = bytes[p++];
      if (b === undefined) throw new Error('DER: truncated length');
      length = length * 256 + b;
    }
  }
  const end = p + length;
  if (end > bytes.length) throw new Error('DER: element exceeds input');
  return { tag, der: bytes.subarray(at, end), content: bytes.subarray(p, end) };
}

/** The elements inside a constructed element's content. */
export function childrenOf(node: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let at = 0;
  while (at < node.content.length) {
    const child = readTlv(node.content, at);
    out.push(child);
    at += child.der.length;
  }
  return out;
}

/** Dotted form of an OBJECT IDENTIFIER element. */
export function readOid(node: Tlv): string {
  if (node.tag !== 0x06) throw new Error('DER: OBJECT IDENTIFIER expected');
  const c = node.content;
  const parts: number[] = [];
  let value = 0;
  for (let i = 0; i < c.length; i++) {
    value = value * 128 + (c[i]! & 0x7f);
    if (!(c[i]! & 0x80)) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** The algorithm OID of an AlgorithmIdentifier SEQUENCE. */
export function readAlgorithmOid(node: Tlv): string {
  const first = childrenOf(node)[0];
  if (!first) throw new Error('DER: empty AlgorithmIdentifier');
  return readOid(first);
}

/** Attributes (SET OF Attribute) as OID → values (DER of each value). */
export function readAttributes(node: Tlv): Map<string, Tlv[]> {
  const out = new Map<string, Tlv[]>();
  for (const attr of childrenOf(node)) {
    const [type, values] = childrenOf(attr);
    if (!type || !values) continue;
    const oid = readOid(type);
    out.set(oid, [...(out.get(oid) ?? []), ...childrenOf(values)]);
  }
  return out;
}
