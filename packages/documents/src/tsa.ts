import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type DigestAlgorithm, digestAlgorithmFromOid, digestAlgorithmIdentifier } from './algorithms.js';
import type { KeyMaterialPem } from './certificates.js';
import { type SigningIdentity, type TimestampAuthority, asIdentity, createSignedData } from './cms.js';
import { OID, bytesEqual, encodeDer, parseAsn1, randomSerial, toArrayBuffer } from './der.js';
import { generalizedTime, octetString, oid, sequence, smallInteger, unsignedInteger } from './der-writer.js';

const imprintAlgorithms = new Map<DigestAlgorithm, Uint8Array>();
function imprintAlgorithm(alg: DigestAlgorithm): Uint8Array {
  let der = imprintAlgorithms.get(alg);
  if (!der) imprintAlgorithms.set(alg, (der = encodeDer(digestAlgorithmIdentifier(alg).toSchema())));
  return der;
}

/** The hash a time stamp covers. */
export type MessageImprint = { hashAlgorithm: DigestAlgorithm; digest: Uint8Array };

export type TimestampTokenOptions = {
  /** Echoed from the request. */
  nonce?: asn1js.Integer;
  genTime?: Date;
  /** TSA policy OID; a UUID-derived OID by default (the 2.25 arc needs no registration). */
  policy?: string;
};

/** TSA policy of the built-in development TSA. */
export const DEFAULT_TSA_POLICY = '2.25.186006452212512779128325356838498226311';

/** Builds an RFC 3161 TimeStampToken (DER ContentInfo with TSTInfo) signed by the TSA's key. */
export async function createTimestampToken(
  tsaKeys: SigningIdentity | KeyMaterialPem,
  messageImprint: MessageImprint,
  options: TimestampTokenOptions = {},
): Promise<Uint8Array> {
  const identity = asIdentity(tsaKeys);
  // Whole seconds: RFC 3161 forbids trailing zeros in fractions, and accuracy is declared as 1 s.
  const genTime = new Date(Math.floor((options.genTime ?? new Date()).getTime() / 1000) * 1000);
  // TSTInfo (RFC 3161 §2.4.2), written as DER directly: version, policy, imprint, serial, genTime,
  // accuracy (1 s) and the request's nonce.
  const tstInfo = sequence(
    smallInteger(1),
    oid(options.policy ?? DEFAULT_TSA_POLICY),
    sequence(imprintAlgorithm(messageImprint.hashAlgorithm), octetString(messageImprint.digest)),
    unsignedInteger(randomSerial()),
    generalizedTime(genTime),
    sequence(smallInteger(1)),
    ...(options.nonce ? [encodeDer(options.nonce)] : []),
  );
  return createSignedData({
    identity,
    content: tstInfo,
    embedContent: true,
    eContentType: OID.tstInfo,
  });
}

const localAuthorities = new WeakMap<TimestampAuthority, SigningIdentity>();

/** The identity behind a built-in TSA (its tokens have a predictable size); undefined for others. */
export function localTimestampIdentity(tsa: TimestampAuthority): SigningIdentity | undefined {
  return localAuthorities.get(tsa);
}

/** A TSA inside this process, signing with the given TSA certificate and key. */
export function createLocalTimestampAuthority(
  tsaKeys: SigningIdentity | KeyMaterialPem,
  options: { policy?: string; clock?: () => Date } = {},
): TimestampAuthority {
  const identity = asIdentity(tsaKeys);
  const authority: TimestampAuthority = {
    timestamp: (digest, hashAlgorithm) =>
      createTimestampToken(
        identity,
        { hashAlgorithm, digest },
        {
          ...(options.policy ? { policy: options.policy } : {}),
          ...(options.clock ? { genTime: options.clock() } : {}),
        },
      ),
  };
  localAuthorities.set(authority, identity);
  return authority;
}

function timeStampResp(
  status: pkijs.PKIStatus,
  token?: Uint8Array,
  text?: string,
  failBit?: number,
): Uint8Array {
  const statusInfo = new pkijs.PKIStatusInfo({
    status,
    ...(text ? { statusStrings: [new asn1js.Utf8String({ value: text })] } : {}),
    ...(failBit !== undefined
      ? {
          failInfo: new asn1js.BitString({
            valueHex: new Uint8Array([0x80 >> (failBit % 8)]).buffer,
            unusedBits: 0,
          }),
        }
      : {}),
  });
  const resp = new pkijs.TimeStampResp({
    status: statusInfo,
    ...(token ? { timeStampToken: new pkijs.ContentInfo({ schema: parseAsn1(token) }) } : {}),
  });
  return encodeDer(resp.toSchema());
}

/**
 * Answers an RFC 3161 request (DER `application/timestamp-query`) with a DER
 * `application/timestamp-reply`, so the server can expose the built-in TSA over HTTP.
 */
export async function handleTimestampRequest(
  tsaKeys: SigningIdentity | KeyMaterialPem,
  requestDer: Uint8Array,
  options: { policy?: string } = {},
): Promise<Uint8Array> {
  let req: pkijs.TimeStampReq;
  try {
    req = new pkijs.TimeStampReq({ schema: parseAsn1(requestDer) });
  } catch {
    return timeStampResp(pkijs.PKIStatus.rejection, undefined, 'malformed request', 5); // badDataFormat
  }
  const hashAlgorithm = digestAlgorithmFromOid(req.messageImprint.hashAlgorithm.algorithmId);
  const digest = req.messageImprint.hashedMessage.valueBlock.valueHexView;
  if (!hashAlgorithm) return timeStampResp(pkijs.PKIStatus.rejection, undefined, 'unsupported hash', 0); // badAlg
  if (digest.length !== 32) return timeStampResp(pkijs.PKIStatus.rejection, undefined, 'bad imprint', 5);
  const policy = options.policy ?? DEFAULT_TSA_POLICY;
  if (req.reqPolicy && req.reqPolicy !== policy)
    return timeStampResp(pkijs.PKIStatus.rejection, undefined, 'unaccepted policy', 15); // unacceptedPolicy
  const token = await createTimestampToken(
    tsaKeys,
    { hashAlgorithm, digest },
    { policy, ...(req.nonce ? { nonce: req.nonce } : {}) },
  );
  return timeStampResp(pkijs.PKIStatus.granted, token);
}

export type HttpTimestampAuthorityOptions = {
  /** Extra headers, e.g. Authorization for a commercial TSA. */
  headers?: Record<string, string>;
  timeoutMs?: number;
  policy?: string;
  fetch?: typeof fetch;
};

/** RFC 3161 client: POSTs `application/timestamp-query` to `url` and returns the token. */
export function createHttpTimestampAuthority(
  url: string,
  options: HttpTimestampAuthorityOptions = {},
): TimestampAuthority {
  const doFetch = options.fetch ?? fetch;
  return {
    async timestamp(digest, hashAlgorithm) {
      const nonce = new asn1js.Integer({ valueHex: toArrayBuffer(randomPositive(8)) });
      const req = new pkijs.TimeStampReq({
        version: 1,
        messageImprint: new pkijs.MessageImprint({
          hashAlgorithm: digestAlgorithmIdentifier(hashAlgorithm),
          hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digest) }),
        }),
        ...(options.policy ? { reqPolicy: options.policy } : {}),
        nonce,
        certReq: true,
      });
      const res = await doFetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/timestamp-query',
          Accept: 'application/timestamp-reply',
          ...options.headers,
        },
        body: encodeDer(req.toSchema()),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`时间戳服务返回 HTTP ${res.status}`);
      const resp = new pkijs.TimeStampResp({ schema: parseAsn1(new Uint8Array(await res.arrayBuffer())) });
      const status = resp.status.status;
      if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
        const text = resp.status.statusStrings?.map((s) => s.valueBlock.value).join('; ') ?? '';
        throw new Error(`时间戳服务拒绝请求（状态 ${status}）${text ? `：${text}` : ''}`);
      }
      if (!resp.timeStampToken) throw new Error('时间戳服务未返回时间戳');
      const token = encodeDer(resp.timeStampToken.toSchema());
      const tst = readTstInfo(token);
      if (!bytesEqual(tst.messageImprint.hashedMessage.valueBlock.valueHexView, digest))
        throw new Error('时间戳摘要与请求不符');
      if (!tst.nonce || !tst.nonce.isEqual(nonce)) throw new Error('时间戳随机数与请求不符');
      return token;
    },
  };
}

function randomPositive(n: number): Uint8Array {
  const b = new Uint8Array(randomBytes(n));
  b[0] = ((b[0] ?? 0) & 0x7f) | 0x01;
  return b;
}

/** The TSTInfo inside a DER TimeStampToken. */
export function readTstInfo(token: Uint8Array): pkijs.TSTInfo {
  const ci = new pkijs.ContentInfo({ schema: parseAsn1(token) });
  if (ci.contentType !== OID.signedData) throw new Error('not a SignedData');
  const sd = new pkijs.SignedData({ schema: ci.content });
  if (sd.encapContentInfo.eContentType !== OID.tstInfo || !sd.encapContentInfo.eContent)
    throw new Error('not a TimeStampToken');
  return new pkijs.TSTInfo({ schema: parseAsn1(sd.encapContentInfo.eContent.getValue()) });
}
