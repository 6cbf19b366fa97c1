/** Rendering (ED-1). */
export { renderDocument, buildPdfDocument, templateFor, formatValue } from './render.js';
/** Options for rendering: QR verification URL, specimen watermark, template override. */
export type { RenderOptions } from './render.js';
/** Renders and signs a document in one pass. */
export { renderSignedDocument } from './signed-document.js';
/** The insurer's electronic seal (drawn from its name) and the image check for logos and seals. */
export { checkDocumentImage, SEAL_LEGEND, sealGeometry } from './seal.js';
/** Built-in templates (documents as data). */
export { builtInTemplate } from './templates.js';
/** Template shapes for callers that bring their own layout. */
export type {
  BlockSpec,
  ColumnSpec,
  DocumentTemplate,
  FieldSpec,
  SignatureSlot,
  ValueFormat,
} from './template.js';
/** Data each document kind expects. */
export type {
  ApplicationDocumentData,
  Coverage,
  DocumentDataMap,
  DocumentKind,
  EndorsementChange,
  EndorsementDocumentData,
  FieldGroup,
  InsuredPerson,
  InsurerInfo,
  LabeledValue,
  MotorFormVersion,
  Party,
  Period,
  PolicyDocumentData,
  ProductLine,
  ReceiptDocumentData,
  ReconciliationDocumentData,
  ReconciliationItem,
  Scalar,
  TerminationDocumentData,
  Vehicle,
} from './document-data.js';
/** Fictional sample data for specimens and tests. */
export { specimenData, specimenInsured } from './specimens.js';
/** Chinese date, period and money formatting (Beijing time). */
export {
  amountInWords,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPeriod,
  formatShortDate,
} from './format.js';
/** Accepted date inputs: ISO strings (YYYY-MM-DD means a calendar date) or Date objects. */
export type { DateLike } from './format.js';
/** Loads the embedded Noto Sans SC faces once per process (call early to warm up). */
export { loadFont } from './fonts.js';

/** Key types and digests (RSA-2048, ECDSA P-256 with SHA-256; SM2 with SM3). */
export type { DigestAlgorithm, KeyAlgorithm } from './algorithms.js';
/** SM2 signer id used throughout (GM/T 0009 default). */
export { SM2_USER_ID } from './algorithms.js';
/** Keys and certificates (development CA, insurer signing certificates, TSA, CRL, PKCS#12). */
export {
  checkKeyMaterial,
  createCrl,
  createDevelopmentCa,
  describeCertificate,
  insurerSigningSubject,
  issueSigningCertificate,
  issueTsaCertificate,
} from './certificates.js';
/** Serialisable key material (PEM) and certificate options. */
export type {
  CertificateInfo,
  CertificateValidity,
  CreateCaOptions,
  CreateCrlOptions,
  IssueCertificateOptions,
  KeyMaterialPem,
  RevokedEntry,
} from './certificates.js';
/** Reads a PKCS#12 (.p12/.pfx) into PEM key material. */
export { importPkcs12 } from './pkcs12.js';
/** Distinguished-name parts of a certificate subject. */
export type { NameParts } from './der.js';

/** CMS signing identity and the time-stamp authority interface. */
export type { SigningIdentity, TimestampAuthority } from './cms.js';
/** Loads PEM key material into a signing identity (keep it for repeated signing). */
export { loadSigningIdentity } from './cms.js';
/** RFC 3161: built-in TSA, HTTP TSA client and request handler. */
export {
  createHttpTimestampAuthority,
  createLocalTimestampAuthority,
  createTimestampToken,
  DEFAULT_TSA_POLICY,
  handleTimestampRequest,
} from './tsa.js';
/** Options of the RFC 3161 helpers. */
export type { HttpTimestampAuthorityOptions, MessageImprint, TimestampTokenOptions } from './tsa.js';

/** PAdES signing (ED-2). */
export { signPdf } from './sign-pdf.js';
/** Options for PAdES signing. */
export type { SignPdfOptions } from './sign-pdf.js';

/** Verification (ED-3) and the document id stored in each PDF. */
export { extractDocumentIdentity, MAX_SIGNATURES, VERDICT_MESSAGES, verifyPdf } from './verify-pdf.js';
/** Verification results. */
export type {
  CertificateSummary,
  DocumentIdentity,
  RevocationCheck,
  SignatureCheck,
  TimestampCheck,
  Verdict,
  VerifyPdfOptions,
  VerifyPdfResult,
  VerifyReason,
} from './verify-pdf.js';
