import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  type KeyAlgorithm,
  createPrivateKeySigner,
  generateKeyPair,
  keyAlgorithmOfPkcs8,
  publicKeyOf,
  signatureAlgorithmIdentifier,
} from './algorithms.js';
import {
  OID,
  type NameParts,
  buildName,
  bytesEqual,
  encodeDer,
  fromHex,
  fromPem,
  fromPemAll,
  nameToString,
  normalizeSerial,
  parseAsn1,
  parseCertificate,
  randomSerial,
  serialOf,
  toArrayBuffer,
  toPem,
} from './der.js';

/**
 * A private key with its certificate and issuer chain, all PEM, so the server can keep it in a
 * file under ./data and load it again.
 */
export type KeyMaterialPem = {
  algorithm: KeyAlgorithm;
  /** PKCS#8 `PRIVATE KEY`. */
  privateKeyPem: string;
  certificatePem: string;
  /** Issuer certificates, nearest first; empty for a root. */
  chainPem: string[];
};

export type CertificateValidity = {
  notBefore?: Date;
  notAfter?: Date;
  /** Used when `notAfter` is not given. */
  validityDays?: number;
};

export type CreateCaOptions = CertificateValidity & {
  algorithm?: KeyAlgorithm;
  subject?: NameParts;
};

export type IssueCertificateOptions = CertificateValidity & {
  /** Defaults to the CA's algorithm. An SM2 CA issues SM2 certificates only. */
  algorithm?: KeyAlgorithm;
  subject: NameParts;
  /** Hex; random when omitted. */
  serialNumber?: string;
};

const DAY = 86_400_000;

/** Subject of an insurer's e-policy signing certificate, e.g. CN=某某财产保险股份有限公司 电子保单签章. */
export function insurerSigningSubject(insurerName: string, organizationalUnit = '电子保单签章'): NameParts {
  return {
    commonName: `${insurerName} 电子保单签章`,
    organization: insurerName,
    organizationalUnit,
    country: 'CN',
  };
}

function timeOf(date: Date): pkijs.Time {
  // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

function keyIdentifier(spkiDer: Uint8Array): Uint8Array {
  const spki = new pkijs.PublicKeyInfo({ schema: parseAsn1(spkiDer) });
  return new Uint8Array(createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest());
}

function extension(oid: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID: oid, critical, extnValue: encodeDer(value).buffer as ArrayBuffer });
}

function keyUsageBits(bits: number[]): asn1js.BitString {
  let value = 0;
  for (const b of bits) value |= 0x8000 >> b;
  const bytes = value & 0xff ? [value >> 8, value & 0xff] : [value >> 8];
  const last = bytes[bytes.length - 1] ?? 0;
  let unused = 0;
  while (unused < 8 && !(last & (1 << unused))) unused++;
  return new asn1js.BitString({ valueHex: new Uint8Array(bytes).buffer, unusedBits: unused });
}

type Profile = 'ca' | 'signing' | 'tsa';

function extensionsFor(
  profile: Profile,
  subjectKeyId: Uint8Array,
  authorityKeyId: Uint8Array,
): pkijs.Extension[] {
  const exts: pkijs.Extension[] = [];
  exts.push(
    extension(
      OID.basicConstraints,
      true,
      new asn1js.Sequence({
        value:
          profile === 'ca' ? [new asn1js.Boolean({ value: true }), new asn1js.Integer({ value: 0 })] : [],
      }),
    ),
  );
  // digitalSignature(0), nonRepudiation(1), keyCertSign(5), cRLSign(6)
  exts.push(extension(OID.keyUsage, true, keyUsageBits(profile === 'ca' ? [5, 6] : [0, 1])));
  if (profile === 'tsa') {
    exts.push(
      extension(
        OID.extKeyUsage,
        true,
        new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: OID.kpTimeStamping })] }),
      ),
    );
  }
  if (profile === 'signing') {
    // Poppler (NSS) checks signer certificates for e-mail signing usage; RFC 9336 documentSigning says what it is.
    exts.push(
      extension(
        OID.extKeyUsage,
        false,
        new asn1js.Sequence({
          value: [
            new asn1js.ObjectIdentifier({ value: OID.kpEmailProtection }),
            new asn1js.ObjectIdentifier({ value: '1.3.6.1.5.5.7.3.36' }),
          ],
        }),
      ),
    );
  }
  exts.push(
    extension(
      OID.subjectKeyIdentifier,
      false,
      new asn1js.OctetString({ valueHex: toArrayBuffer(subjectKeyId) }),
    ),
  );
  exts.push(
    extension(
      OID.authorityKeyIdentifier,
      false,
      new asn1js.Sequence({
        value: [
          new asn1js.Primitive({
            idBlock: { tagClass: 3, tagNumber: 0 },
            valueHex: toArrayBuffer(authorityKeyId),
          }),
        ],
      }),
    ),
  );
  return exts;
}

type IssuerContext = {
  name: pkijs.RelativeDistinguishedNames;
  keyId: Uint8Array;
  privateKeyPkcs8: Uint8Array;
};

function buildCertificate(params: {
  issuer: IssuerContext;
  subject: pkijs.RelativeDistinguishedNames;
  subjectSpki: Uint8Array;
  serial: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  profile: Profile;
}): Uint8Array {
  const signer = createPrivateKeySigner(params.issuer.privateKeyPkcs8);
  const sigAlg = signatureAlgorithmIdentifier(signer.algorithm);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(params.serial) });
  cert.signature = sigAlg;
  cert.signatureAlgorithm = sigAlg;
  cert.issuer = params.issuer.name;
  cert.subject = params.subject;
  cert.notBefore = timeOf(params.notBefore);
  cert.notAfter = timeOf(params.notAfter);
  cert.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({ schema: parseAsn1(params.subjectSpki) });
  cert.extensions = extensionsFor(params.profile, keyIdentifier(params.subjectSpki), params.issuer.keyId);
  const tbs = encodeDer(cert.encodeTBS());
  cert.tbsView = tbs;
  cert.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signer.sign(tbs)) });
  return encodeDer(cert.toSchema(true));
}

function validityOf(v: CertificateValidity, defaultDays: number): { notBefore: Date; notAfter: Date } {
  // Back-date a little so a freshly issued certificate is valid on machines with clock skew.
  const notBefore = v.notBefore ?? new Date(Date.now() - 10 * 60_000);
  const notAfter = v.notAfter ?? new Date(notBefore.getTime() + (v.validityDays ?? defaultDays) * DAY);
  return { notBefore, notAfter };
}

function pemMaterial(
  alg: KeyAlgorithm,
  pkcs8: Uint8Array,
  cert: Uint8Array,
  chain: Uint8Array[],
): KeyMaterialPem {
  return {
    algorithm: alg,
    privateKeyPem: toPem(pkcs8, 'PRIVATE KEY'),
    certificatePem: toPem(cert, 'CERTIFICATE'),
    chainPem: chain.map((c) => toPem(c, 'CERTIFICATE')),
  };
}

/** Creates a self-signed development root CA (RSA-2048, ECDSA P-256 or SM2), valid 10 years by default. */
export async function createDevelopmentCa(options: CreateCaOptions = {}): Promise<KeyMaterialPem> {
  const algorithm = options.algorithm ?? 'RSA-2048';
  const keys = generateKeyPair(algorithm);
  const name = buildName(
    options.subject ?? {
      commonName: `PolicyHub 开发测试根证书 (${algorithm})`,
      organization: 'PolicyHub 保单通（开发环境）',
      country: 'CN',
    },
  );
  const keyId = keyIdentifier(keys.publicKeySpki);
  const { notBefore, notAfter } = validityOf(options, 3650);
  const cert = buildCertificate({
    issuer: { name, keyId, privateKeyPkcs8: keys.privateKeyPkcs8 },
    subject: name,
    subjectSpki: keys.publicKeySpki,
    serial: randomSerial(),
    notBefore,
    notAfter,
    profile: 'ca',
  });
  return pemMaterial(algorithm, keys.privateKeyPkcs8, cert, []);
}

function issuerContext(ca: KeyMaterialPem): {
  ctx: IssuerContext;
  caCertDer: Uint8Array;
  chain: Uint8Array[];
} {
  const caCertDer = fromPem(ca.certificatePem, 'CERTIFICATE');
  const caCert = parseCertificate(caCertDer);
  const privateKeyPkcs8 = fromPem(ca.privateKeyPem);
  const spki = encodeDer(caCert.subjectPublicKeyInfo.toSchema());
  if (!bytesEqual(spki, publicKeyOf(privateKeyPkcs8))) throw new Error('CA 私钥与证书不匹配');
  return {
    ctx: { name: caCert.subject, keyId: keyIdentifier(spki), privateKeyPkcs8 },
    caCertDer,
    chain: [caCertDer, ...ca.chainPem.map((p) => fromPem(p, 'CERTIFICATE'))],
  };
}

async function issue(ca: KeyMaterialPem, options: IssueCertificateOptions, profile: Profile, days: number) {
  const algorithm = options.algorithm ?? ca.algorithm;
  if ((ca.algorithm === 'SM2') !== (algorithm === 'SM2'))
    throw new Error('SM2 证书须由 SM2 根证书签发，RSA/ECDSA 证书须由 RSA/ECDSA 根证书签发');
  const { ctx, chain } = issuerContext(ca);
  const keys = generateKeyPair(algorithm);
  const { notBefore, notAfter } = validityOf(options, days);
  const cert = buildCertificate({
    issuer: ctx,
    subject: buildName(options.subject),
    subjectSpki: keys.publicKeySpki,
    serial: options.serialNumber
      ? fromHex(normalizeSerial(options.serialNumber).padStart(2, '0'))
      : randomSerial(),
    notBefore,
    notAfter,
    profile,
  });
  return pemMaterial(algorithm, keys.privateKeyPkcs8, cert, chain);
}

/** Issues an insurer's document-signing certificate (2 years by default) from a CA. */
export function issueSigningCertificate(
  ca: KeyMaterialPem,
  options: IssueCertificateOptions,
): Promise<KeyMaterialPem> {
  return issue(ca, options, 'signing', 730);
}

/** Issues a time-stamping certificate (critical extendedKeyUsage timeStamping; 5 years by default). */
export function issueTsaCertificate(
  ca: KeyMaterialPem,
  options: Partial<IssueCertificateOptions> = {},
): Promise<KeyMaterialPem> {
  return issue(
    ca,
    {
      ...options,
      subject: options.subject ?? {
        commonName: 'PolicyHub 时间戳服务',
        organization: 'PolicyHub 保单通',
        country: 'CN',
      },
    },
    'tsa',
    1825,
  );
}

export type RevokedEntry = { serialNumber: string; revokedAt?: Date; reason?: number };

export type CreateCrlOptions = {
  revoked?: RevokedEntry[];
  thisUpdate?: Date;
  nextUpdate?: Date;
  crlNumber?: number;
};

/** Creates a CRL (DER) signed by the CA listing the revoked serial numbers. */
export async function createCrl(ca: KeyMaterialPem, options: CreateCrlOptions = {}): Promise<Uint8Array> {
  const { ctx } = issuerContext(ca);
  const signer = createPrivateKeySigner(ctx.privateKeyPkcs8);
  const sigAlg = signatureAlgorithmIdentifier(signer.algorithm);
  const thisUpdate = options.thisUpdate ?? new Date();
  const nextUpdate = options.nextUpdate ?? new Date(thisUpdate.getTime() + 7 * DAY);
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.signature = sigAlg;
  crl.signatureAlgorithm = sigAlg;
  crl.issuer = ctx.name;
  crl.thisUpdate = timeOf(thisUpdate);
  crl.nextUpdate = timeOf(nextUpdate);
  const revoked = options.revoked ?? [];
  if (revoked.length) {
    crl.revokedCertificates = revoked.map(
      (r) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(serialBytes(r.serialNumber)) }),
          revocationDate: timeOf(r.revokedAt ?? thisUpdate),
          ...(r.reason !== undefined
            ? {
                crlEntryExtensions: new pkijs.Extensions({
                  extensions: [extension(OID.crlReason, false, new asn1js.Enumerated({ value: r.reason }))],
                }),
              }
            : {}),
        }),
    );
  }
  crl.crlExtensions = new pkijs.Extensions({
    extensions: [
      extension(
        OID.crlNumber,
        false,
        new asn1js.Integer({ value: options.crlNumber ?? Math.floor(thisUpdate.getTime() / 1000) }),
      ),
      extension(
        OID.authorityKeyIdentifier,
        false,
        new asn1js.Sequence({
          value: [
            new asn1js.Primitive({
              idBlock: { tagClass: 3, tagNumber: 0 },
              valueHex: toArrayBuffer(ctx.keyId),
            }),
          ],
        }),
      ),
    ],
  });
  // encodeTBS is protected in pkijs' typings for CRLs (public for certificates); it is what signing needs.
  const tbs = encodeDer((crl as unknown as { encodeTBS(): asn1js.Sequence }).encodeTBS());
  crl.tbsView = tbs;
  crl.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signer.sign(tbs)) });
  return encodeDer(crl.toSchema(true));
}

function serialBytes(serial: string): Uint8Array {
  let hex = normalizeSerial(serial);
  if (hex.length % 2) hex = `0${hex}`;
  // Keep the INTEGER positive.
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return fromHex(hex);
}

/** Summary of a certificate for display and for the server's key registry. */
export type CertificateInfo = {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  algorithm: KeyAlgorithm | 'unknown';
  sha256Fingerprint: string;
};

/** Describes a certificate (DER or PEM). */
export function describeCertificate(certificate: Uint8Array | string): CertificateInfo {
  const der = typeof certificate === 'string' ? fromPem(certificate, 'CERTIFICATE') : certificate;
  const cert = parseCertificate(der);
  const spkiAlg = cert.subjectPublicKeyInfo.algorithm;
  const curve = (spkiAlg.algorithmParams as asn1js.ObjectIdentifier | undefined)?.valueBlock?.toString();
  const algorithm: KeyAlgorithm | 'unknown' =
    spkiAlg.algorithmId === OID.rsaEncryption
      ? 'RSA-2048'
      : curve === OID.p256
        ? 'ECDSA-P256'
        : curve === OID.sm2Curve
          ? 'SM2'
          : 'unknown';
  return {
    subject: nameToString(cert.subject),
    issuer: nameToString(cert.issuer),
    serialNumber: serialOf(cert),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    algorithm,
    sha256Fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

/** Checks that key material is self-consistent (key matches certificate) and returns its algorithm. */
export function checkKeyMaterial(material: KeyMaterialPem): KeyAlgorithm {
  const pkcs8 = fromPem(material.privateKeyPem);
  const cert = parseCertificate(fromPem(material.certificatePem, 'CERTIFICATE'));
  if (!bytesEqual(encodeDer(cert.subjectPublicKeyInfo.toSchema()), publicKeyOf(pkcs8)))
    throw new Error('私钥与证书不匹配');
  return keyAlgorithmOfPkcs8(pkcs8);
}

/** Parses every certificate in a PEM bundle. */
export function certificatesFromPem(pem: string): Uint8Array[] {
  return fromPemAll(pem, 'CERTIFICATE');
}
