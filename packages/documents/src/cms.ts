import * as pkijs from 'pkijs';
import {
  type DigestAlgorithm,
  type KeyAlgorithm,
  type PrivateKeySigner,
  createPrivateKeySigner,
  digest,
  digestAlgorithmIdentifier,
  digestAlgorithmOf,
  digestOid,
  signatureAlgorithmIdentifier,
} from './algorithms.js';
import { type KeyMaterialPem, checkKeyMaterial } from './certificates.js';
import { OID, encodeDer, fromPem, parseCertificate } from './der.js';
import { octetString, oid, sequence, set, smallInteger, sortDer, tlv } from './der-writer.js';

/** A loaded private key with its certificate chain, ready to sign CMS structures. */
export type SigningIdentity = {
  algorithm: KeyAlgorithm;
  digestAlgorithm: DigestAlgorithm;
  certificate: pkijs.Certificate;
  certificateDer: Uint8Array;
  /** Issuer certificates (DER), nearest first. */
  chainDer: Uint8Array[];
  signer: PrivateKeySigner;
};

const identities = new WeakMap<KeyMaterialPem, SigningIdentity>();

/** Loads PEM key material into a signing identity (cached per material object). */
export function loadSigningIdentity(material: KeyMaterialPem): SigningIdentity {
  const cached = identities.get(material);
  if (cached) return cached;
  const algorithm = checkKeyMaterial(material);
  const certificateDer = fromPem(material.certificatePem, 'CERTIFICATE');
  const identity: SigningIdentity = {
    algorithm,
    digestAlgorithm: digestAlgorithmOf(algorithm),
    certificate: parseCertificate(certificateDer),
    certificateDer,
    chainDer: material.chainPem.map((p) => fromPem(p, 'CERTIFICATE')),
    signer: createPrivateKeySigner(fromPem(material.privateKeyPem)),
  };
  identities.set(material, identity);
  return identity;
}

/** Identity from PEM material or an already loaded identity. */
export function asIdentity(signer: SigningIdentity | KeyMaterialPem): SigningIdentity {
  return 'signer' in signer ? signer : loadSigningIdentity(signer);
}

/** RFC 3161 time-stamp source: returns a DER TimeStampToken (a CMS ContentInfo) over `digest`. */
export type TimestampAuthority = {
  timestamp(digest: Uint8Array, hashAlgorithm: DigestAlgorithm): Promise<Uint8Array>;
};

export type CreateSignedDataOptions = {
  identity: SigningIdentity;
  /** The signed bytes; for a detached signature give either these or `contentDigest`. */
  content?: Uint8Array;
  contentDigest?: Uint8Array;
  /** Put `content` inside the CMS (time-stamp tokens); otherwise detached. */
  embedContent?: boolean;
  eContentType?: string;
  /** Extra certificates to carry (e.g. the TSA's), besides the signer's chain. */
  extraCertificates?: Uint8Array[];
  /** CRLs (DER) to carry for long-term validation. */
  crls?: Uint8Array[];
  /** Also put the CRLs in Adobe's signed revocation attribute, which Acrobat reads for LTV. */
  adobeRevocationAttribute?: boolean;
  timestampAuthority?: TimestampAuthority;
};

/** DER of the signed attributes as they are signed: re-tagged from [0] IMPLICIT to SET OF (0x31). */
export function signedAttributesForSigning(attrs: pkijs.SignedAndUnsignedAttributes): Uint8Array {
  const der = encodeDer(attrs.toSchema());
  der[0] = 0x31;
  return der;
}

type IdentityDer = {
  issuerAndSerial: Uint8Array;
  signingCertificateAttribute: Uint8Array;
  digestAlgorithm: Uint8Array;
  signatureAlgorithm: Uint8Array;
  certificates: Uint8Array[];
};

// The parts of a SignedData that depend only on the signer: encoded once per identity.
const identityDer = new WeakMap<SigningIdentity, IdentityDer>();

function derOfIdentity(identity: SigningIdentity): IdentityDer {
  let cached = identityDer.get(identity);
  if (cached) return cached;
  const hashAlg = identity.digestAlgorithm;
  const issuer = encodeDer(identity.certificate.issuer.toSchema());
  const serial = encodeDer(identity.certificate.serialNumber);
  // ESS signing-certificate-v2 (RFC 5035): binds the signer certificate into the signed attributes.
  const essCertIdV2 = sequence(
    // hashAlgorithm DEFAULT sha256: DER omits it then.
    ...(hashAlg === 'SHA-256' ? [] : [sequence(oid(digestOid(hashAlg)))]),
    octetString(digest(hashAlg, identity.certificateDer)),
    sequence(sequence(tlv(0xa4, issuer)), serial),
  );
  cached = {
    issuerAndSerial: sequence(issuer, serial),
    signingCertificateAttribute: sequence(
      oid(OID.signingCertificateV2),
      set(sequence(sequence(essCertIdV2))),
    ),
    digestAlgorithm: encodeDer(digestAlgorithmIdentifier(hashAlg).toSchema()),
    signatureAlgorithm: encodeDer(signatureAlgorithmIdentifier(identity.algorithm).toSchema()),
    certificates: [identity.certificateDer, ...identity.chainDer],
  };
  identityDer.set(identity, cached);
  return cached;
}

/**
 * Creates a CMS SignedData (ContentInfo DER) signed by `identity`, with CAdES-style signed
 * attributes: content-type, message-digest, ESS signing-certificate-v2 and, when asked, Adobe's
 * revocation-info archival attribute carrying the CRLs. Written directly as DER from cached parts.
 */
export async function createSignedData(options: CreateSignedDataOptions): Promise<Uint8Array> {
  const { identity } = options;
  const parts = derOfIdentity(identity);
  const hashAlg = identity.digestAlgorithm;
  const eContentType = options.eContentType ?? OID.data;
  const contentDigest =
    options.contentDigest ?? (options.content ? digest(hashAlg, options.content) : undefined);
  if (!contentDigest) throw new Error('content or contentDigest is required');

  const crls = options.crls ?? [];
  const attrs = [
    sequence(oid(OID.contentType), set(oid(eContentType))),
    sequence(oid(OID.messageDigest), set(octetString(contentDigest))),
    parts.signingCertificateAttribute,
  ];
  if (options.adobeRevocationAttribute && crls.length) {
    // RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRLs, … }
    attrs.push(sequence(oid(OID.adbeRevocationInfoArchival), set(sequence(tlv(0xa0, sequence(...crls))))));
  }
  // DER: a SET OF is ordered by the encodings of its elements; the signature covers the SET form.
  const sorted = sortDer(attrs);
  const signature = identity.signer.sign(set(...sorted));

  let unsigned: Uint8Array[] = [];
  if (options.timestampAuthority) {
    const token = await options.timestampAuthority.timestamp(digest(hashAlg, signature), hashAlg);
    unsigned = [tlv(0xa1, sequence(oid(OID.signatureTimeStampToken), set(token)))];
  }
  const signerInfo = sequence(
    smallInteger(1),
    parts.issuerAndSerial,
    parts.digestAlgorithm,
    tlv(0xa0, ...sorted),
    parts.signatureAlgorithm,
    octetString(signature),
    ...unsigned,
  );
  const encapContentInfo = sequence(
    oid(eContentType),
    ...(options.embedContent && options.content ? [tlv(0xa0, octetString(options.content))] : []),
  );
  const signedData = sequence(
    // RFC 5652 §5.1: version 3 when the content is not id-data (time-stamp tokens), else 1.
    smallInteger(eContentType === OID.data ? 1 : 3),
    set(parts.digestAlgorithm),
    encapContentInfo,
    tlv(0xa0, ...parts.certificates, ...(options.extraCertificates ?? [])),
    ...(crls.length ? [tlv(0xa1, ...crls)] : []),
    set(signerInfo),
  );
  return sequence(oid(OID.signedData), tlv(0xa0, signedData));
}
