import {
  type KeyObject,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sm2 } from 'sm-crypto';
import { OID, encodeDer, parseAsn1, toArrayBuffer, toHex, fromHex } from './der.js';

/** Key types the platform can sign with. */
export type KeyAlgorithm = 'RSA-2048' | 'ECDSA-P256' | 'SM2';

/** Digest used with each key type: SHA-256 for RSA/ECDSA, SM3 for SM2. */
export type DigestAlgorithm = 'SHA-256' | 'SM3';

/** The SM2 signer identity every Chinese implementation defaults to (GM/T 0009). */
export const SM2_USER_ID = '1234567812345678';

export function digestAlgorithmOf(alg: KeyAlgorithm): DigestAlgorithm {
  return alg === 'SM2' ? 'SM3' : 'SHA-256';
}

export function digestOid(alg: DigestAlgorithm): string {
  return alg === 'SM3' ? OID.sm3 : OID.sha256;
}

export function digestAlgorithmFromOid(oid: string): DigestAlgorithm | undefined {
  if (oid === OID.sha256) return 'SHA-256';
  if (oid === OID.sm3) return 'SM3';
  return undefined;
}

export function digest(alg: DigestAlgorithm, data: Uint8Array | Uint8Array[]): Uint8Array {
  const h = createHash(alg === 'SM3' ? 'sm3' : 'sha256');
  for (const part of Array.isArray(data) ? data : [data]) h.update(part);
  return new Uint8Array(h.digest());
}

export function signatureAlgorithmOid(alg: KeyAlgorithm): string {
  switch (alg) {
    case 'RSA-2048':
      return OID.sha256WithRsa;
    case 'ECDSA-P256':
      return OID.ecdsaWithSha256;
    case 'SM2':
      return OID.sm2WithSm3;
  }
}

/** AlgorithmIdentifier for a signature by a key of this type (RSA carries NULL parameters). */
export function signatureAlgorithmIdentifier(alg: KeyAlgorithm): pkijs.AlgorithmIdentifier {
  return new pkijs.AlgorithmIdentifier({
    algorithmId: signatureAlgorithmOid(alg),
    ...(alg === 'RSA-2048' ? { algorithmParams: new asn1js.Null() } : {}),
  });
}

export function digestAlgorithmIdentifier(alg: DigestAlgorithm): pkijs.AlgorithmIdentifier {
  return new pkijs.AlgorithmIdentifier({ algorithmId: digestOid(alg), algorithmParams: new asn1js.Null() });
}

/** A private key (PKCS#8 DER) with its public key (SPKI DER). */
export type KeyPairDer = { algorithm: KeyAlgorithm; privateKeyPkcs8: Uint8Array; publicKeySpki: Uint8Array };

function sm2Spki(publicKeyHex: string): Uint8Array {
  const spki = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: OID.ecPublicKey }),
          new asn1js.ObjectIdentifier({ value: OID.sm2Curve }),
        ],
      }),
      new asn1js.BitString({ valueHex: toArrayBuffer(fromHex(publicKeyHex)) }),
    ],
  });
  return encodeDer(spki);
}

// SM2 private keys are stored as OpenSSL does: PKCS#8 wrapping an RFC 5915 ECPrivateKey on the SM2 curve.
function sm2Pkcs8(privateKeyHex: string, publicKeyHex: string): Uint8Array {
  const ecPrivateKey = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 1 }),
      new asn1js.OctetString({ valueHex: toArrayBuffer(fromHex(privateKeyHex.padStart(64, '0'))) }),
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 1 },
        value: [new asn1js.BitString({ valueHex: toArrayBuffer(fromHex(publicKeyHex)) })],
      }),
    ],
  });
  const pkcs8 = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 0 }),
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: OID.ecPublicKey }),
          new asn1js.ObjectIdentifier({ value: OID.sm2Curve }),
        ],
      }),
      new asn1js.OctetString({ valueHex: encodeDer(ecPrivateKey).buffer as ArrayBuffer }),
    ],
  });
  return encodeDer(pkcs8);
}

/** Reads the SM2 private scalar and public point (hex, sm-crypto's formats) from PKCS#8. */
export function sm2KeysFromPkcs8(pkcs8: Uint8Array): { privateKeyHex: string; publicKeyHex: string } {
  const { privateKey } = readPkcs8(pkcs8);
  const inner = parseAsn1(privateKey) as asn1js.Sequence;
  const d = inner.valueBlock.value[1] as asn1js.OctetString;
  const privateKeyHex = toHex(d.valueBlock.valueHexView).padStart(64, '0');
  // Present in sm-crypto 0.5 but missing from @types/sm-crypto.
  const derive = (sm2 as unknown as { getPublicKeyFromPrivateKey(k: string): string })
    .getPublicKeyFromPrivateKey;
  return { privateKeyHex, publicKeyHex: derive(privateKeyHex) };
}

/** Which key type a SubjectPublicKeyInfo holds. */
export function keyAlgorithmOfSpki(spki: pkijs.PublicKeyInfo): KeyAlgorithm | undefined {
  const algId = spki.algorithm.algorithmId;
  if (algId === OID.rsaEncryption) return 'RSA-2048';
  if (algId === OID.ecPublicKey) {
    const params = spki.algorithm.algorithmParams as asn1js.ObjectIdentifier | undefined;
    const curve = params?.valueBlock?.toString();
    if (curve === OID.p256) return 'ECDSA-P256';
    if (curve === OID.sm2Curve) return 'SM2';
  }
  return undefined;
}

/** Which key type a PKCS#8 private key holds. */
// Read by hand: pkijs' PrivateKeyInfo rejects EC keys on curves it does not know, such as SM2.
function readPkcs8(pkcs8: Uint8Array): { algorithmId: string; curve?: string; privateKey: Uint8Array } {
  const seq = parseAsn1(pkcs8) as asn1js.Sequence;
  const [, algSeq, keyOctets] = seq.valueBlock.value as [asn1js.Integer, asn1js.Sequence, asn1js.OctetString];
  const [algOid, params] = algSeq.valueBlock.value as [asn1js.ObjectIdentifier, asn1js.AsnType | undefined];
  return {
    algorithmId: algOid.valueBlock.toString(),
    ...(params instanceof asn1js.ObjectIdentifier ? { curve: params.valueBlock.toString() } : {}),
    privateKey: keyOctets.valueBlock.valueHexView,
  };
}

export function keyAlgorithmOfPkcs8(pkcs8: Uint8Array): KeyAlgorithm {
  const { algorithmId, curve } = readPkcs8(pkcs8);
  if (algorithmId === OID.rsaEncryption) return 'RSA-2048';
  if (algorithmId === OID.ecPublicKey) {
    if (curve === OID.p256) return 'ECDSA-P256';
    if (curve === OID.sm2Curve) return 'SM2';
  }
  throw new Error(`不支持的私钥算法：${algorithmId} ${curve ?? ''}`);
}

/** Generates a key pair of the given type. */
export function generateKeyPair(alg: KeyAlgorithm): KeyPairDer {
  if (alg === 'SM2') {
    const kp = sm2.generateKeyPairHex();
    return {
      algorithm: alg,
      privateKeyPkcs8: sm2Pkcs8(kp.privateKey, kp.publicKey),
      publicKeySpki: sm2Spki(kp.publicKey),
    };
  }
  const { privateKey, publicKey } =
    alg === 'RSA-2048'
      ? generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 0x10001 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    algorithm: alg,
    privateKeyPkcs8: new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' })),
    publicKeySpki: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  };
}

/** Public key (SPKI DER) belonging to a PKCS#8 private key. */
export function publicKeyOf(pkcs8: Uint8Array): Uint8Array {
  const alg = keyAlgorithmOfPkcs8(pkcs8);
  if (alg === 'SM2') return sm2Spki(sm2KeysFromPkcs8(pkcs8).publicKeyHex);
  const pub = createPublicKey(createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }));
  return new Uint8Array(pub.export({ format: 'der', type: 'spki' }));
}

/** A private key ready to sign: RSA PKCS#1 v1.5/SHA-256, ECDSA/SHA-256 (DER), or SM2/SM3 (DER). */
export type PrivateKeySigner = {
  algorithm: KeyAlgorithm;
  /** Signs `data` (the digest is computed inside, as the algorithm requires). */
  sign(data: Uint8Array): Uint8Array;
};

export function createPrivateKeySigner(pkcs8: Uint8Array): PrivateKeySigner {
  const algorithm = keyAlgorithmOfPkcs8(pkcs8);
  if (algorithm === 'SM2') {
    const { privateKeyHex, publicKeyHex } = sm2KeysFromPkcs8(pkcs8);
    return {
      algorithm,
      sign: (data) =>
        fromHex(
          sm2.doSignature(Array.from(data), privateKeyHex, {
            der: true,
            hash: true,
            publicKey: publicKeyHex,
            userId: SM2_USER_ID,
          }),
        ),
    };
  }
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  return { algorithm, sign: (data) => new Uint8Array(sign('sha256', data, key)) };
}

// Parsed certificates are cached by the verifier, so their key objects can be too.
const publicKeys = new WeakMap<pkijs.PublicKeyInfo, KeyObject>();

/**
 * Verifies `signature` over `data` with the public key in `spki`. `signatureOid` chooses the digest
 * where the key type leaves it open (RSA in CMS may be labelled plain rsaEncryption).
 */
export function verifySignature(
  spki: pkijs.PublicKeyInfo,
  data: Uint8Array,
  signature: Uint8Array,
  digestAlg: DigestAlgorithm = 'SHA-256',
): boolean {
  const alg = keyAlgorithmOfSpki(spki);
  try {
    if (alg === 'SM2') {
      const pub = toHex(spki.subjectPublicKey.valueBlock.valueHexView);
      return sm2.doVerifySignature(Array.from(data), toHex(signature), pub, {
        der: true,
        hash: true,
        userId: SM2_USER_ID,
      });
    }
    if (alg === undefined) return false;
    if (digestAlg !== 'SHA-256') return false;
    let key = publicKeys.get(spki);
    if (!key) {
      key = createPublicKey({ key: Buffer.from(encodeDer(spki.toSchema())), format: 'der', type: 'spki' });
      publicKeys.set(spki, key);
    }
    return verify('sha256', data, key, signature);
  } catch {
    return false;
  }
}

/** The digest a signature algorithm OID implies, if it implies one. */
export function digestOfSignatureOid(oid: string): DigestAlgorithm | undefined {
  if (oid === OID.sha256WithRsa || oid === OID.ecdsaWithSha256) return 'SHA-256';
  if (oid === OID.sm2WithSm3) return 'SM3';
  return undefined;
}
