import { createHash } from 'node:crypto';
import type { VerifyReason as DomainVerifyReason } from '@policyhub/domain';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  type DigestAlgorithm,
  type KeyAlgorithm,
  digest,
  digestAlgorithmFromOid,
  digestOfSignatureOid,
  keyAlgorithmOfSpki,
  verifySignature,
} from './algorithms.js';
import { formatDateTime } from './format.js';
import { type Tlv, childrenOf, readAlgorithmOid, readAttributes, readOid, readTlv } from './der-reader.js';
import {
  OID,
  bytesEqual,
  derLength,
  derOf,
  fromHex,
  nameAttribute,
  nameToString,
  namesEqual,
  normalizeSerial,
  parseAsn1,
  parseCertificate,
  serialOf,
} from './der.js';

/** Overall outcome of checking a PDF. */
export type Verdict = 'valid' | 'tampered' | 'untrusted' | 'revoked' | 'invalid' | 'unsigned';

/** Chinese label of each verdict, as the verification page shows it. */
export const VERDICT_MESSAGES: Record<Verdict, string> = {
  valid: '有效',
  tampered: '已被篡改',
  untrusted: '非本平台签发',
  revoked: '证书已吊销',
  invalid: '签名无效',
  unsigned: '未签名',
};

/**
 * What exactly was found, finer than the verdict, so the answer can say what happened:
 * - `intact` — valid: the signature covers the whole file, unchanged;
 * - `not_signed` — no signature at all (never signed, or the signature was stripped);
 * - `content_changed` — bytes inside the signed range differ (digest mismatch);
 * - `appended` — bytes were added after the signed range (an incremental update, or as little as a
 *   line break): not the file that was signed, and pdfsig says "Not total document signed";
 * - `rewritten` — the file was saved anew by another program (qpdf, mutool …): the signed byte
 *   ranges no longer describe it;
 * - `truncated` — the file is cut off before the end of what was signed;
 * - `malformed` — a structure no issued document has (too many signatures, unreadable signature data);
 * - `signature_invalid`, `timestamp_invalid`, `certificate_invalid` — the signature value, the
 *   time stamp, or the certificate's validity at signing time fails;
 * - `untrusted`, `revoked` — as the verdicts of those names.
 */
export type VerifyReason = DomainVerifyReason;

export type VerifyPdfOptions = {
  /** Root certificates (DER or PEM) whose chains count as issued by this platform. */
  trustedRoots: (Uint8Array | string)[];
  /** Serial numbers (hex) the platform has revoked. */
  revokedSerials?: string[];
  /** Current CRLs (DER) from the CAs, checked besides the CRLs embedded at signing. */
  crls?: Uint8Array[];
  /** "Now" for certificate validity when no valid time stamp proves the signing time. */
  now?: Date;
};

export type CertificateSummary = {
  subject: string;
  commonName?: string;
  organization?: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
};

export type TimestampCheck = {
  present: boolean;
  valid: boolean;
  genTime?: string;
  /** The token's message imprint equals the hash of this signature's value. */
  digestMatches: boolean;
  tokenSignatureValid: boolean;
  chainToTrustedRoot: boolean;
  tsa?: CertificateSummary;
  problems: string[];
};

export type RevocationCheck = {
  revoked: boolean;
  source?: 'revokedSerials' | 'crl' | 'embeddedCrl';
  revokedAt?: string;
  /** Revocation data (CRL) was embedded when signing. */
  embeddedRevocationInfo: boolean;
  embeddedCrlValid: boolean;
};

export type SignatureCheck = {
  index: number;
  subFilter?: string;
  byteRange: [number, number, number, number];
  /** Signed ranges start at 0, skip exactly the /Contents string, and reach the end of the file. */
  byteRangeCoversWholeFileExceptSignature: boolean;
  /** Bytes were appended after the signed range (an incremental update) and no later signature covers them. */
  modifiedAfterSigning: boolean;
  digestAlgorithm?: DigestAlgorithm;
  signatureAlgorithm?: KeyAlgorithm;
  /** The message digest in the CMS equals the digest of the signed byte ranges. */
  digestMatches: boolean;
  /** The signer's signature over the signed attributes verifies and binds the signer certificate. */
  cmsSignatureValid: boolean;
  signer?: CertificateSummary;
  chainToTrustedRoot: boolean;
  chain: CertificateSummary[];
  claimedSigningTime?: string;
  timestamp: TimestampCheck;
  /** Time the certificate checks were made at: the time stamp's genTime, or "now". */
  validationTime: string;
  revocation: RevocationCheck;
  revoked: boolean;
  certificateValidAtSigningTime: boolean;
  expiredAtSigningTime: boolean;
  /** The certificate has expired by now (harmless when a valid time stamp predates expiry). */
  certificateExpiredNow: boolean;
  verdict: Exclude<Verdict, 'unsigned'>;
  reason: Exclude<VerifyReason, 'not_signed'>;
  message: string;
  problems: string[];
};

export type DocumentIdentity = {
  documentId?: string;
  documentNo?: string;
  documentKind?: string;
  /** The values were read from inside the last signature's signed bytes. */
  signed: boolean;
};

export type VerifyPdfResult = {
  verdict: Verdict;
  /** What was found, finer than the verdict (the reason of the signature that decided it). */
  reason: VerifyReason;
  message: string;
  details: string[];
  signatures: SignatureCheck[];
  document: DocumentIdentity;
  fileSha256: string;
};

type ParsedCert = {
  cert: pkijs.Certificate;
  der: Uint8Array;
  /** DER of the issuer and subject names and the serial's INTEGER content, as in the TBS. */
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  serial: Uint8Array;
  subjectKeyId?: Uint8Array;
};

// The same few certificates (signer, CA, TSA) arrive in every document: parse each one once.
const certCache = new Map<string, ParsedCert>();

function parsedCert(der: Uint8Array): ParsedCert {
  const key = createHash('sha256').update(der).digest('hex');
  const hit = certCache.get(key);
  if (hit) return hit;
  const own = new Uint8Array(der);
  const cert = parseCertificate(own);
  const tbs = childrenOf(childrenOf(readTlv(own))[0]!);
  const fields = tbs[0]?.tag === 0xa0 ? tbs.slice(1) : tbs;
  const [serial, , issuer, , subject] = fields;
  const skidExt = cert.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier);
  const parsed: ParsedCert = {
    cert,
    der: own,
    issuerDer: issuer!.der,
    subjectDer: subject!.der,
    serial: serial!.content,
    ...(skidExt ? { subjectKeyId: (skidExt.parsedValue as asn1js.OctetString).valueBlock.valueHexView } : {}),
  };
  if (certCache.size > 1000) certCache.clear();
  certCache.set(key, parsed);
  return parsed;
}

function summary(c: pkijs.Certificate): CertificateSummary {
  const cn = nameAttribute(c.subject, OID.commonName);
  const o = nameAttribute(c.subject, OID.organization);
  return {
    subject: nameToString(c.subject),
    ...(cn ? { commonName: cn } : {}),
    ...(o ? { organization: o } : {}),
    issuer: nameToString(c.issuer),
    serialNumber: serialOf(c),
    notBefore: c.notBefore.value.toISOString(),
    notAfter: c.notAfter.value.toISOString(),
  };
}

function isCa(c: pkijs.Certificate): boolean {
  const ext = c.extensions?.find((e) => e.extnID === OID.basicConstraints);
  const bc = ext?.parsedValue as pkijs.BasicConstraints | undefined;
  return !!bc?.cA;
}

function hasTimeStampingEku(c: pkijs.Certificate): boolean {
  const ext = c.extensions?.find((e) => e.extnID === OID.extKeyUsage);
  const eku = ext?.parsedValue as pkijs.ExtKeyUsage | undefined;
  return !!ext?.critical && !!eku?.keyPurposes.includes(OID.kpTimeStamping);
}

function validAt(c: pkijs.Certificate, t: Date): boolean {
  return c.notBefore.value.getTime() <= t.getTime() && t.getTime() <= c.notAfter.value.getTime();
}

// Certificates and CRLs repeat across documents, and SM2 verification in JavaScript costs ~20 ms:
// remember outcomes (keyed by a hash of key, data and signature, so a cache hit cannot be forged).
const verifiedCache = new Map<string, boolean>();

function cachedVerify(
  spki: pkijs.PublicKeyInfo,
  data: Uint8Array,
  signature: Uint8Array,
  digestAlg: DigestAlgorithm,
): boolean {
  const key = createHash('sha256')
    .update(spki.subjectPublicKey.valueBlock.valueHexView)
    .update(data)
    .update(signature)
    .update(digestAlg)
    .digest('hex');
  const hit = verifiedCache.get(key);
  if (hit !== undefined) return hit;
  const ok = verifySignature(spki, data, signature, digestAlg);
  if (verifiedCache.size > 2000) verifiedCache.clear();
  verifiedCache.set(key, ok);
  return ok;
}

function certSignedBy(child: ParsedCert, issuer: ParsedCert): boolean {
  if (!bytesEqual(child.issuerDer, issuer.subjectDer) && !namesEqual(child.cert.issuer, issuer.cert.subject))
    return false;
  const digestAlg = digestOfSignatureOid(child.cert.signatureAlgorithm.algorithmId);
  if (!digestAlg) return false;
  return cachedVerify(
    issuer.cert.subjectPublicKeyInfo,
    child.cert.tbsView,
    child.cert.signatureValue.valueBlock.valueHexView,
    digestAlg,
  );
}

type ChainResult = {
  trusted: boolean;
  chain: ParsedCert[];
  validAt: (t: Date) => boolean;
  problems: string[];
};

/** Builds a path from `leaf` through `pool` to one of `roots`, checking every signature. */
function buildChain(leaf: ParsedCert, pool: ParsedCert[], roots: ParsedCert[]): ChainResult {
  const chain: ParsedCert[] = [leaf];
  const problems: string[] = [];
  let current = leaf;
  for (let depth = 0; depth < 8; depth++) {
    const root = roots.find((r) => certSignedBy(current, r));
    if (root) {
      if (!bytesEqual(root.der, current.der)) chain.push(root);
      const result: ChainResult = {
        trusted: true,
        chain,
        problems,
        validAt: (t) => chain.every((c) => validAt(c.cert, t)),
      };
      return result;
    }
    const next = pool.find(
      (p) => !chain.some((c) => bytesEqual(c.der, p.der)) && isCa(p.cert) && certSignedBy(current, p),
    );
    if (!next) break;
    chain.push(next);
    current = next;
  }
  problems.push('证书链无法连到本平台信任的根证书');
  return { trusted: false, chain, problems, validAt: (t) => chain.every((c) => validAt(c.cert, t)) };
}

/** Certificates, and CRLs, one signature may carry before it is refused as malformed. */
const MAX_CMS_ITEMS = 32;

type ParsedSignerInfo = {
  certs: ParsedCert[];
  /** CRLs of the SignedData `crls` field (DER). */
  crls: Uint8Array[];
  eContentType: string;
  eContent?: Uint8Array;
  signerCert?: ParsedCert;
  digestAlgorithm?: DigestAlgorithm;
  signatureAlgorithmOid: string;
  signature: Uint8Array;
  /** The signed attributes as they are signed (re-tagged from [0] IMPLICIT to SET OF). */
  signedAttrsDer?: Uint8Array;
  signedAttrs?: Map<string, Tlv[]>;
  unsignedAttrs: Map<string, Tlv[]>;
};

/**
 * Reads a CMS ContentInfo/SignedData with the DER reader: certificates and CRLs stay byte
 * strings (certificates come from the cache), the first SignerInfo is taken apart field by field.
 */
function parseSignedData(der: Uint8Array): ParsedSignerInfo {
  const [contentType, explicit] = childrenOf(readTlv(der));
  if (!contentType || !explicit || readOid(contentType) !== OID.signedData) throw new Error('not SignedData');
  const sd = childrenOf(childrenOf(explicit)[0] ?? explicit);
  let i = 2;
  const encap = sd[i++];
  if (!encap) throw new Error('no encapContentInfo');
  let certsNode: Tlv | undefined;
  let crlsNode: Tlv | undefined;
  while (sd[i] && (sd[i]!.tag === 0xa0 || sd[i]!.tag === 0xa1)) {
    if (sd[i]!.tag === 0xa0) certsNode = sd[i];
    else crlsNode = sd[i];
    i++;
  }
  const si = sd[i] ? childrenOf(sd[i]!)[0] : undefined;
  if (!si) throw new Error('no SignerInfo');
  const [eType, eWrapper] = childrenOf(encap);
  const eOctets = eWrapper ? childrenOf(eWrapper)[0] : undefined;
  // Ours carry three certificates and one CRL; each extra one costs a parse and chain checks.
  if (certsNode && childrenOf(certsNode).length > MAX_CMS_ITEMS) throw new Error('证书过多');
  if (crlsNode && childrenOf(crlsNode).length > MAX_CMS_ITEMS) throw new Error('吊销列表过多');
  const certs = certsNode
    ? childrenOf(certsNode)
        .filter((c) => c.tag === 0x30)
        .map((c) => parsedCert(c.der))
    : [];
  const crls = crlsNode
    ? childrenOf(crlsNode)
        .filter((c) => c.tag === 0x30)
        .map((c) => c.der)
    : [];

  const f = childrenOf(si);
  let k = 1;
  const sid = f[k++]!;
  const digestAlgorithm = digestAlgorithmFromOid(readAlgorithmOid(f[k++]!));
  let signedAttrsNode: Tlv | undefined;
  if (f[k]?.tag === 0xa0) signedAttrsNode = f[k++];
  const signatureAlgorithmOid = readAlgorithmOid(f[k++]!);
  const signature = f[k++]!;
  if (signature.tag !== 0x04) throw new Error('signature value missing');
  const unsignedNode = f[k]?.tag === 0xa1 ? f[k] : undefined;

  let signerCert: ParsedCert | undefined;
  if (sid.tag === 0x30) {
    const [issuer, serial] = childrenOf(sid);
    signerCert = certs.find(
      (c) => bytesEqual(c.issuerDer, issuer!.der) && bytesEqual(c.serial, serial!.content),
    );
  } else if (sid.tag === 0x80) {
    signerCert = certs.find((c) => c.subjectKeyId && bytesEqual(c.subjectKeyId, sid.content));
  }
  let signedAttrsDer: Uint8Array | undefined;
  if (signedAttrsNode) {
    signedAttrsDer = new Uint8Array(signedAttrsNode.der);
    signedAttrsDer[0] = 0x31;
  }
  return {
    certs,
    crls,
    eContentType: eType ? readOid(eType) : '',
    ...(eOctets?.tag === 0x04 ? { eContent: eOctets.content } : {}),
    ...(signerCert ? { signerCert } : {}),
    ...(digestAlgorithm ? { digestAlgorithm } : {}),
    signatureAlgorithmOid,
    signature: signature.content,
    ...(signedAttrsDer && signedAttrsNode
      ? { signedAttrsDer, signedAttrs: readAttributes(signedAttrsNode) }
      : {}),
    unsignedAttrs: unsignedNode ? readAttributes(unsignedNode) : new Map(),
  };
}

function signedAttr(p: ParsedSignerInfo, oid: string): Tlv | undefined {
  return p.signedAttrs?.get(oid)?.[0];
}

/**
 * Verifies the signer's signature over its signed attributes, the message digest and the ESS
 * signing-certificate binding. Returns [digestMatches, signatureValid, problems].
 */
function checkSignerInfo(
  p: ParsedSignerInfo,
  contentDigest: Uint8Array | undefined,
): [boolean, boolean, string[]] {
  const problems: string[] = [];
  if (!p.signedAttrs || !p.signedAttrsDer) return [false, false, ['缺少签名属性']];
  const md = signedAttr(p, OID.messageDigest);
  const digestMatches = md?.tag === 0x04 && !!contentDigest && bytesEqual(md.content, contentDigest);
  if (!digestMatches) problems.push('文件摘要与签名中的摘要不一致');
  if (!p.signerCert || !p.digestAlgorithm)
    return [digestMatches, false, [...problems, '找不到签名证书或摘要算法不受支持']];
  const sigOk = verifySignature(
    p.signerCert.cert.subjectPublicKeyInfo,
    p.signedAttrsDer,
    p.signature,
    digestOfSignatureOid(p.signatureAlgorithmOid) ?? p.digestAlgorithm,
  );
  if (!sigOk) problems.push('签名值验证失败');
  let bound = true;
  const ess = signedAttr(p, OID.signingCertificateV2);
  if (ess) {
    try {
      // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, … }
      const first = childrenOf(childrenOf(ess)[0]!)[0]!;
      const parts = childrenOf(first);
      let hashAlg: DigestAlgorithm = 'SHA-256';
      let i = 0;
      if (parts[0]?.tag === 0x30) {
        hashAlg = digestAlgorithmFromOid(readAlgorithmOid(parts[0])) ?? 'SHA-256';
        i = 1;
      }
      bound = bytesEqual(parts[i]!.content, digest(hashAlg, p.signerCert.der));
    } catch {
      bound = false;
    }
    if (!bound) problems.push('签名证书与签名属性中的证书标识不符');
  }
  return [digestMatches, sigOk && bound, problems];
}

/** TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, … } (RFC 3161). */
function readTstInfo(der: Uint8Array): { genTime: Date; imprintAlgorithm: string; imprint: Uint8Array } {
  const [, , imprint, , genTime] = childrenOf(readTlv(der));
  if (!imprint || !genTime || genTime.tag !== 0x18) throw new Error('TSTInfo malformed');
  const [alg, hashed] = childrenOf(imprint);
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/.exec(
    Buffer.from(genTime.content).toString('latin1'),
  );
  if (!m || !alg || !hashed) throw new Error('TSTInfo malformed');
  return {
    genTime: new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`),
    imprintAlgorithm: readAlgorithmOid(alg),
    imprint: hashed.content,
  };
}

function checkTimestamp(si: ParsedSignerInfo, roots: ParsedCert[]): TimestampCheck {
  const token = si.unsignedAttrs.get(OID.signatureTimeStampToken)?.[0];
  const empty: TimestampCheck = {
    present: false,
    valid: false,
    digestMatches: false,
    tokenSignatureValid: false,
    chainToTrustedRoot: false,
    problems: [],
  };
  if (!token) return empty;
  const result: TimestampCheck = { ...empty, present: true };
  try {
    const p = parseSignedData(token.der);
    if (p.eContentType !== OID.tstInfo || !p.eContent) throw new Error('not a TSTInfo');
    const tstDer = p.eContent;
    const tst = readTstInfo(tstDer);
    result.genTime = tst.genTime.toISOString();
    const imprintAlg = digestAlgorithmFromOid(tst.imprintAlgorithm);
    result.digestMatches = !!imprintAlg && bytesEqual(tst.imprint, digest(imprintAlg, si.signature));
    if (!result.digestMatches) result.problems.push('时间戳摘要与签名值不符');
    const [mdOk, sigOk, problems] = checkSignerInfo(
      p,
      p.digestAlgorithm ? digest(p.digestAlgorithm, tstDer) : undefined,
    );
    const ct = signedAttr(p, OID.contentType);
    result.tokenSignatureValid = mdOk && sigOk && !!ct && readOid(ct) === OID.tstInfo;
    if (!result.tokenSignatureValid) result.problems.push('时间戳签名无效', ...problems);
    if (p.signerCert) {
      result.tsa = summary(p.signerCert.cert);
      const chain = buildChain(p.signerCert, p.certs, roots);
      const genTime = tst.genTime;
      result.chainToTrustedRoot = chain.trusted;
      if (!chain.trusted) result.problems.push('时间戳服务证书非本平台信任');
      if (!hasTimeStampingEku(p.signerCert.cert)) result.problems.push('时间戳证书缺少时间戳用途');
      if (!chain.validAt(genTime)) result.problems.push('时间戳生成时时间戳证书不在有效期内');
      result.valid =
        result.digestMatches &&
        result.tokenSignatureValid &&
        chain.trusted &&
        hasTimeStampingEku(p.signerCert.cert) &&
        chain.validAt(genTime);
    }
  } catch (err) {
    result.problems.push(`时间戳无法解析：${(err as Error).message}`);
  }
  return result;
}

type CrlInfo = { crl: pkijs.CertificateRevocationList; der: Uint8Array };

// CRLs repeat across documents too: parsed once per distinct CRL.
const crlCache = new Map<string, CrlInfo | null>();

function parseCrls(ders: Uint8Array[]): CrlInfo[] {
  const out: CrlInfo[] = [];
  for (const der of ders) {
    const key = createHash('sha256').update(der).digest('hex');
    let info = crlCache.get(key);
    if (info === undefined) {
      try {
        const own = new Uint8Array(der);
        info = { crl: new pkijs.CertificateRevocationList({ schema: parseAsn1(own) }), der: own };
      } catch {
        // An unreadable CRL proves nothing either way.
        info = null;
      }
      if (crlCache.size > 200) crlCache.clear();
      crlCache.set(key, info);
    }
    if (info) out.push(info);
  }
  return out;
}

function crlSignedBy(crl: pkijs.CertificateRevocationList, issuer: pkijs.Certificate): boolean {
  if (!namesEqual(crl.issuer, issuer.subject)) return false;
  const alg = digestOfSignatureOid(crl.signatureAlgorithm.algorithmId);
  return (
    !!alg &&
    cachedVerify(issuer.subjectPublicKeyInfo, crl.tbsView, crl.signatureValue.valueBlock.valueHexView, alg)
  );
}

function findRevocation(crl: pkijs.CertificateRevocationList, cert: pkijs.Certificate): Date | undefined {
  const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(cert.serialNumber));
  return entry?.revocationDate.value;
}

function embeddedCrls(p: ParsedSignerInfo): Uint8Array[] {
  const out: Uint8Array[] = [];
  const push = (der: Uint8Array) => {
    if (!out.some((o) => bytesEqual(o, der))) out.push(der);
  };
  for (const c of p.crls) push(c);
  // Adobe's RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRL, … }
  const adbe = signedAttr(p, OID.adbeRevocationInfoArchival);
  for (const tagged of adbe ? childrenOf(adbe) : []) {
    if (tagged.tag !== 0xa0) continue;
    const seq = childrenOf(tagged)[0];
    for (const crl of seq ? childrenOf(seq) : []) push(crl.der);
  }
  return out;
}

type RawSignature = {
  byteRange: [number, number, number, number];
  contentsHex?: string;
  dictText: string;
  structuralProblems: string[];
  /** Why the structure is wrong, when it is (see `VerifyReason`). */
  structuralReason?: SignatureCheck['reason'];
};

/**
 * Signatures one file may carry. Ours carry one; a few incremental signatures (a counter-signature,
 * a later time stamp) stay possible. More is what no issued document looks like: refused unchecked,
 * because each signature costs a digest of the file.
 */
export const MAX_SIGNATURES = 8;

/** Spaces allowed between the tokens of a /ByteRange array: generous for any writer, yet bounded. */
const BYTE_RANGE =
  /\/ByteRange\s{0,64}\[\s{0,64}(\d{1,12})\s{1,64}(\d{1,12})\s{1,64}(\d{1,12})\s{1,64}(\d{1,12})\s{0,64}\]/y;

/** How many times `needle` occurs in `text`, counting no further than `limit` + 1 (one pass). */
function countOccurrences(text: string, needle: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1 && n <= limit; at = text.indexOf(needle, at + needle.length))
    n++;
  return n;
}

/** The file ends with `%%EOF` (and perhaps a line break), as every complete PDF does. */
function endsWithEof(text: string): boolean {
  return /%%EOF\s*$/.test(text.slice(-64));
}

/**
 * Finds the signatures in one pass over the text: every /ByteRange token once, each read with a
 * bounded (sticky) pattern, its dictionary text taken from a bounded window around it. The caller
 * has checked the count against MAX_SIGNATURES, so the work per file is linear in its size.
 */
function findSignatures(pdf: Uint8Array, text: string): RawSignature[] {
  const found: RawSignature[] = [];
  for (let idx = text.indexOf('/ByteRange'); idx !== -1; idx = text.indexOf('/ByteRange', idx + 10)) {
    BYTE_RANGE.lastIndex = idx;
    const m = BYTE_RANGE.exec(text);
    // A /ByteRange that is not an array of four numbers (a name inside a string, a damaged file):
    // no signature can be checked against it.
    if (!m) continue;
    const br = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
    const problems: string[] = [];
    let reason: SignatureCheck['reason'] | undefined;
    const [a, b, c, d] = br;
    let contentsHex: string | undefined;
    const gapIsContents = (at: number, end: number) =>
      at < text.length && text[at] === '<' && (end - 1 >= text.length || text[end - 1] === '>');
    if (a !== 0 || !(b > 0 && c > b)) {
      problems.push('签名范围（/ByteRange）格式错误');
      reason = 'malformed';
    } else if (c + d > pdf.length) {
      // The signed bytes reach beyond the end of this file: either it is the beginning of a signed
      // file (cut off: the contents string still sits where the signature says), or another
      // program wrote the file anew and the numbers no longer describe it.
      if (gapIsContents(b, c) || !endsWithEof(text)) {
        problems.push(`文件不完整：签名覆盖 ${c + d} 字节，而文件只有 ${pdf.length} 字节（文件被截断）`);
        reason = 'truncated';
      } else {
        problems.push('签名保护的字节已被改写：文件被其他程序重新保存过（签名范围与文件结构不符）');
        reason = 'rewritten';
      }
    } else if (!gapIsContents(b, c)) {
      problems.push('签名保护的字节已被改写：文件被其他程序重新保存过（签名范围的空隙不是签名内容）');
      reason = 'rewritten';
    } else {
      const hex = text.slice(b + 1, c - 1);
      if (!/^[0-9a-fA-F\s]*$/.test(hex)) {
        problems.push('签名内容不是十六进制串');
        reason = 'malformed';
      } else contentsHex = hex.replace(/\s+/g, '');
    }
    // The dictionary text around /ByteRange, without the (long) contents string, for /SubFilter
    // and /M; looked for no further than a few KB on either side.
    const windowStart = Math.max(0, idx - 8192);
    const objAt = text.lastIndexOf('obj', idx);
    const dictStart = objAt >= windowStart ? objAt : windowStart;
    const after = contentsHex !== undefined && c > idx ? c : idx;
    const endAt = text.indexOf('endobj', after);
    const dictEnd = endAt !== -1 && endAt <= after + 8192 ? endAt : Math.min(text.length, after + 8192);
    const dictText =
      contentsHex !== undefined && b > dictStart && c < dictEnd
        ? `${text.slice(dictStart, b)}<…>${text.slice(c, dictEnd)}`
        : text.slice(dictStart, Math.min(dictEnd, idx + 8192));
    found.push({
      byteRange: br,
      ...(contentsHex !== undefined ? { contentsHex } : {}),
      dictText,
      structuralProblems: problems,
      ...(reason ? { structuralReason: reason } : {}),
    });
  }
  return found;
}

function pdfDate(raw: string | undefined): string | undefined {
  const m = raw?.match(/D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/);
  if (!m) return undefined;
  const tz = m[7] && m[7] !== 'Z' ? `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}` : 'Z';
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${tz}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Decodes a PDF string token (literal or hex) as PDF text (UTF-16BE with BOM or PDFDocEncoding). */
function decodePdfString(token: string): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    bytes = [...fromHex(hex.length % 2 ? `${hex}0` : hex)];
  } else {
    bytes = [];
    const body = token.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const ch = body[i] ?? '';
      if (ch !== '\\') {
        bytes.push(ch.charCodeAt(0) & 0xff);
        continue;
      }
      const next = body[++i] ?? '';
      const map: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (next in map) bytes.push(map[next] ?? 0);
      else if (/[0-7]/.test(next)) {
        let oct = next;
        while (oct.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) oct += body[++i];
        bytes.push(parseInt(oct, 8) & 0xff);
      }
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return s;
  }
  return String.fromCharCode(...bytes);
}

// Bounded: an unterminated string must not make every later match attempt run to the end of the file.
const STRING_TOKEN = String.raw`(\((?:\\.|[^\\)]){0,512}\)|<[0-9A-Fa-f\s]{0,2048}>)`;

function readDocumentIdentity(text: string, signedEnd: number | undefined): DocumentIdentity {
  const read = (key: string): { value: string; at: number } | undefined => {
    const re = new RegExp(`/${key}\\s*${STRING_TOKEN}`, 'g');
    let last: { value: string; at: number } | undefined;
    for (const m of text.matchAll(re)) last = { value: decodePdfString(m[1] ?? '()'), at: m.index ?? 0 };
    return last;
  };
  const id = read('PolicyHubDocId');
  const no = read('PolicyHubDocNo');
  const kind = read('PolicyHubDocKind');
  const all = [id, no, kind].filter((x) => x !== undefined);
  return {
    ...(id ? { documentId: id.value } : {}),
    ...(no ? { documentNo: no.value } : {}),
    ...(kind ? { documentKind: kind.value } : {}),
    signed: all.length > 0 && signedEnd !== undefined && all.every((x) => x.at < signedEnd),
  };
}

/** Reads the platform's document id, number and kind from a PDF's Info dictionary. */
export function extractDocumentIdentity(pdf: Uint8Array): DocumentIdentity {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const sigs =
    countOccurrences(text, '/ByteRange', MAX_SIGNATURES) > MAX_SIGNATURES ? [] : findSignatures(pdf, text);
  const last = sigs[sigs.length - 1];
  return readDocumentIdentity(text, last ? last.byteRange[2] + last.byteRange[3] : undefined);
}

const SEVERITY: Exclude<Verdict, 'unsigned'>[] = ['tampered', 'invalid', 'revoked', 'untrusted', 'valid'];

/** Describes the bytes after a signed range: how many, and whether they are only line breaks and spaces. */
function appendedBytes(pdf: Uint8Array, from: number): string {
  const n = pdf.length - from;
  let blank = true;
  for (let i = from; i < pdf.length && blank; i++) blank = [0x0a, 0x0d, 0x20, 0x09, 0x00].includes(pdf[i]!);
  return blank
    ? `签名后文件末尾被追加了 ${n} 个字节（空白字符），已不是签发时的原文件（pdfsig 亦显示 Not total document signed）`
    : `签名后文件被追加修改（增量更新，${n} 个字节，不在签名保护范围内）`;
}

/** Verifies every signature in a PDF and says whether it was issued here and left unaltered. */
export async function verifyPdf(pdf: Uint8Array, options: VerifyPdfOptions): Promise<VerifyPdfResult> {
  const now = options.now ?? new Date();
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const fileSha256 = createHash('sha256').update(pdf).digest('hex');
  const roots: ParsedCert[] = options.trustedRoots.map((r) => parsedCert(derOf(r, 'CERTIFICATE')));
  const revokedSerials = new Set((options.revokedSerials ?? []).map(normalizeSerial));
  const currentCrls = parseCrls(options.crls ?? []);
  const tokens = countOccurrences(text, '/ByteRange', Number.MAX_SAFE_INTEGER);
  if (tokens > MAX_SIGNATURES) {
    return {
      verdict: 'invalid',
      reason: 'malformed',
      message: VERDICT_MESSAGES.invalid,
      details: [
        `文件结构异常：含 ${tokens} 个签名范围（/ByteRange），超过上限 ${MAX_SIGNATURES} 个；本平台签发的单证只有一个签名，未逐一校验`,
      ],
      signatures: [],
      document: { signed: false },
      fileSha256,
    };
  }
  const raws = findSignatures(pdf, text);
  // The signature must cover the file to its last byte, as pdfsig requires for "Total document
  // signed": even a line break appended after %%EOF makes it another file than the one signed.
  const fileEnd = pdf.length;

  const checks: SignatureCheck[] = raws.map((raw, index) => {
    const [, , c, d] = raw.byteRange;
    const problems = [...raw.structuralProblems];
    const signedEnd = c + d;
    const subFilter = raw.dictText.match(/\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/)?.[1];
    const claimed = pdfDate(raw.dictText.match(/\/M\s*\(([^)]*)\)/)?.[1]);
    const check: SignatureCheck = {
      index,
      ...(subFilter ? { subFilter } : {}),
      byteRange: raw.byteRange,
      byteRangeCoversWholeFileExceptSignature: problems.length === 0 && signedEnd >= fileEnd,
      modifiedAfterSigning: problems.length === 0 && signedEnd < fileEnd,
      digestMatches: false,
      cmsSignatureValid: false,
      chainToTrustedRoot: false,
      chain: [],
      ...(claimed ? { claimedSigningTime: claimed } : {}),
      timestamp: {
        present: false,
        valid: false,
        digestMatches: false,
        tokenSignatureValid: false,
        chainToTrustedRoot: false,
        problems: [],
      },
      validationTime: now.toISOString(),
      revocation: { revoked: false, embeddedRevocationInfo: false, embeddedCrlValid: false },
      revoked: false,
      certificateValidAtSigningTime: false,
      expiredAtSigningTime: false,
      certificateExpiredNow: false,
      verdict: 'invalid',
      reason: raw.structuralReason ?? 'malformed',
      message: VERDICT_MESSAGES.invalid,
      problems,
    };
    if (raw.contentsHex === undefined || raw.structuralProblems.length) return check;
    try {
      return inspect(check, raw.contentsHex);
    } catch (err) {
      // Malformed input must end in a verdict, never in an exception.
      problems.push(`签名无法验证：${(err as Error).message}`);
      check.verdict = 'invalid';
      check.reason = 'malformed';
      check.message = VERDICT_MESSAGES.invalid;
      return check;
    }
  });

  function inspect(check: SignatureCheck, contentsHex: string): SignatureCheck {
    const [a, b, c, d] = check.byteRange;
    const problems = check.problems;
    let parsed: ParsedSignerInfo;
    try {
      const cms = fromHex(contentsHex);
      // Drop the zero padding after the DER: parsing it costs time.
      parsed = parseSignedData(cms.subarray(0, derLength(cms)));
    } catch (err) {
      problems.push(`签名数据无法解析：${(err as Error).message}`);
      check.reason = 'malformed';
      return check;
    }
    if (parsed.digestAlgorithm) check.digestAlgorithm = parsed.digestAlgorithm;
    if (parsed.signerCert) {
      const alg = keyAlgorithmOfSpki(parsed.signerCert.cert.subjectPublicKeyInfo);
      if (alg) check.signatureAlgorithm = alg;
      check.signer = summary(parsed.signerCert.cert);
    }
    const contentDigest = parsed.digestAlgorithm
      ? digest(parsed.digestAlgorithm, [pdf.subarray(a, a + b), pdf.subarray(c, c + d)])
      : undefined;
    const [digestMatches, sigValid, sigProblems] = checkSignerInfo(parsed, contentDigest);
    check.digestMatches = digestMatches;
    check.cmsSignatureValid = sigValid;
    problems.push(...sigProblems);
    if (!parsed.signerCert) return finish(check);

    const chain = buildChain(parsed.signerCert, parsed.certs, roots);
    check.chainToTrustedRoot = chain.trusted;
    check.chain = chain.chain.map((x) => summary(x.cert));
    problems.push(...chain.problems);

    check.timestamp = checkTimestamp(parsed, roots);
    if (check.timestamp.present && !check.timestamp.valid) problems.push(...check.timestamp.problems);
    const signingTime =
      check.timestamp.valid && check.timestamp.genTime ? new Date(check.timestamp.genTime) : now;
    check.validationTime = signingTime.toISOString();
    const cert = parsed.signerCert.cert;
    check.certificateValidAtSigningTime = chain.validAt(signingTime);
    check.expiredAtSigningTime = signingTime.getTime() > cert.notAfter.value.getTime();
    check.certificateExpiredNow = now.getTime() > cert.notAfter.value.getTime();
    if (!check.certificateValidAtSigningTime)
      problems.push(check.expiredAtSigningTime ? '签名时证书已过期' : '签名时证书不在有效期内');

    // Revocation: the platform's list, current CRLs, then CRLs embedded at signing.
    const issuer = chain.chain[1]?.cert;
    const embedded = parseCrls(embeddedCrls(parsed));
    check.revocation.embeddedRevocationInfo = embedded.length > 0;
    check.revocation.embeddedCrlValid =
      !!issuer && embedded.length > 0 && embedded.every((x) => crlSignedBy(x.crl, issuer));
    const chainCerts = chain.chain.map((x) => x.cert);
    for (const cc of chainCerts) {
      if (revokedSerials.has(serialOf(cc))) {
        check.revocation = { ...check.revocation, revoked: true, source: 'revokedSerials' };
        break;
      }
    }
    if (!check.revocation.revoked && issuer) {
      for (const [list, source] of [
        [currentCrls, 'crl'],
        [embedded, 'embeddedCrl'],
      ] as const) {
        for (const x of list) {
          if (!crlSignedBy(x.crl, issuer)) continue;
          const at = findRevocation(x.crl, cert);
          if (at && (source === 'crl' || at.getTime() <= signingTime.getTime())) {
            check.revocation = { ...check.revocation, revoked: true, source, revokedAt: at.toISOString() };
            break;
          }
        }
        if (check.revocation.revoked) break;
      }
    }
    check.revoked = check.revocation.revoked;
    if (check.revoked) problems.push('签名证书已被吊销');
    return finish(check);
  }

  // Appended bytes are fine only when a later signature that is itself valid covers them.
  for (let i = checks.length - 1; i >= 0; i--) {
    const ch = checks[i];
    if (!ch || !ch.modifiedAfterSigning) continue;
    const end = ch.byteRange[2] + ch.byteRange[3];
    const coveredLater = checks.some(
      (later) =>
        later.verdict === 'valid' &&
        later.byteRange[2] + later.byteRange[3] >= fileEnd &&
        later.byteRange[2] + later.byteRange[3] > end,
    );
    if (coveredLater) {
      ch.modifiedAfterSigning = false;
      ch.byteRangeCoversWholeFileExceptSignature = true;
      finish(ch);
    } else ch.problems.push(appendedBytes(pdf, end));
  }

  const last = raws[raws.length - 1];
  const document = readDocumentIdentity(text, last ? last.byteRange[2] + last.byteRange[3] : undefined);
  if (!checks.length) {
    // A signature field whose value is gone: the signature was stripped from a signed file.
    const stripped = /\/FT\s{0,16}\/Sig\b/.test(text);
    return {
      verdict: 'unsigned',
      reason: 'not_signed',
      message: VERDICT_MESSAGES.unsigned,
      details: [stripped ? '文件中有签名域，但签名已被移除' : '文件中没有数字签名'],
      signatures: [],
      document,
      fileSha256,
    };
  }
  const verdict = SEVERITY.find((v) => checks.some((c) => c.verdict === v)) ?? 'invalid';
  const reason = checks.find((c) => c.verdict === verdict)?.reason ?? 'malformed';
  const details =
    verdict === 'valid' ? validDetails(checks) : [...new Set(checks.flatMap((c) => c.problems))];
  return {
    verdict,
    reason,
    message: VERDICT_MESSAGES[verdict],
    details,
    signatures: checks,
    document,
    fileSha256,
  };
}

function validDetails(checks: SignatureCheck[]): string[] {
  return checks.map((c) => {
    const who = c.signer?.organization ?? c.signer?.commonName ?? '签名人';
    // Said in Beijing time, as everything a user reads (genTime itself stays an ISO instant).
    const when =
      c.timestamp.valid && c.timestamp.genTime
        ? `，时间戳 ${formatDateTime(c.timestamp.genTime)}（北京时间）`
        : '';
    return `由 ${who} 签署${when}；签名后文件未被修改`;
  });
}

function finish(check: SignatureCheck): SignatureCheck {
  const set = (verdict: SignatureCheck['verdict'], reason: SignatureCheck['reason']) => {
    check.verdict = verdict;
    check.reason = reason;
    check.message = VERDICT_MESSAGES[verdict];
    return check;
  };
  // Neither covering nor appended-to: the byte range itself is wrong (its reason was set then).
  if (!check.byteRangeCoversWholeFileExceptSignature && !check.modifiedAfterSigning)
    return set('invalid', check.reason);
  if (!check.digestMatches) return set('tampered', 'content_changed');
  if (!check.cmsSignatureValid) return set('invalid', 'signature_invalid');
  if (!check.chainToTrustedRoot) return set('untrusted', 'untrusted');
  if (check.revoked) return set('revoked', 'revoked');
  if (check.timestamp.present && !check.timestamp.valid) return set('invalid', 'timestamp_invalid');
  if (!check.certificateValidAtSigningTime) return set('invalid', 'certificate_invalid');
  if (check.modifiedAfterSigning) return set('tampered', 'appended');
  return set('valid', 'intact');
}
