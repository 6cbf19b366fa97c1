import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED, Signer } from '@signpdf/utils';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { KeyMaterialPem } from './certificates.js';
import { type SigningIdentity, type TimestampAuthority, asIdentity, createSignedData } from './cms.js';
import { OID, nameAttribute } from './der.js';
import { sealPlacementOf } from './seal.js';
import { localTimestampIdentity } from './tsa.js';

export type SignPdfOptions = {
  /** The insurer's signing key and certificate chain. */
  signer: SigningIdentity | KeyMaterialPem;
  /** RFC 3161 source for the signature time stamp; omit for a signature without one. */
  timestampAuthority?: TimestampAuthority;
  /** Current CRLs of the CAs in the chain (DER), embedded for long-term validation. */
  crls?: Uint8Array[];
  reason?: string;
  location?: string;
  contactInfo?: string;
  /** Shown as the signer's name; defaults to the certificate's common name. */
  name?: string;
  /** Claimed signing time (/M); the time stamp is the trusted one. */
  signingTime?: Date;
  /** Bytes reserved for the CMS; estimated from the chain, CRLs and time stamp when omitted. */
  signatureLength?: number;
};

/**
 * A PDF literal string holding any text: PDFDocEncoding-safe ASCII as is, anything else as
 * UTF-16BE with BOM. The placeholder library writes `PDFString.of(x)` byte by byte, so bytes that
 * are special inside a literal string (parentheses, backslash, CR, LF) must arrive escaped.
 */
export function pdfTextLiteral(text: string): string {
  const escape = (byte: number): string => {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
    if (byte === 0x0a) return '\\n';
    if (byte === 0x0d) return '\\r';
    return String.fromCharCode(byte);
  };
  if (/^[\x20-\x7e]*$/.test(text)) return [...text].map((c) => escape(c.charCodeAt(0))).join('');
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += escape(unit >> 8) + escape(unit & 0xff);
  }
  return out;
}

// The CMS of one signer, CRL set and built-in TSA has (almost) the same size every time: the
// placeholder is sized from the last signature plus a margin instead of a generous estimate, which
// keeps ~15 KB of zeros out of every file. External TSAs' tokens vary, so they keep the estimate.
const learnedSizes = new WeakMap<SigningIdentity, Map<string, number>>();
const SIZE_MARGIN = 512;

function sizeKey(options: SignPdfOptions): string | undefined {
  const crls = (options.crls ?? []).reduce((n, c) => n + c.length, 0);
  if (!options.timestampAuthority) return `${crls}|none`;
  const tsa = localTimestampIdentity(options.timestampAuthority);
  if (!tsa) return undefined;
  return `${crls}|${tsa.certificateDer.length}:${tsa.chainDer.reduce((n, c) => n + c.length, 0)}`;
}

class CadesSigner extends Signer {
  constructor(private readonly options: SignPdfOptions & { identity: SigningIdentity }) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const der = await createSignedData({
      identity: this.options.identity,
      content: new Uint8Array(pdfBuffer.buffer, pdfBuffer.byteOffset, pdfBuffer.byteLength),
      eContentType: OID.data,
      ...(this.options.crls ? { crls: this.options.crls, adobeRevocationAttribute: true } : {}),
      ...(this.options.timestampAuthority ? { timestampAuthority: this.options.timestampAuthority } : {}),
    });
    const key = sizeKey(this.options);
    if (key !== undefined) {
      let sizes = learnedSizes.get(this.options.identity);
      if (!sizes) learnedSizes.set(this.options.identity, (sizes = new Map()));
      sizes.set(key, Math.max(der.length, sizes.get(key) ?? 0));
    }
    return Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  }
}

function placeholderBytes(identity: SigningIdentity, options: SignPdfOptions): number {
  if (options.signatureLength) return options.signatureLength;
  const key = sizeKey(options);
  const learned = key === undefined ? undefined : learnedSizes.get(identity)?.get(key);
  if (learned) return Math.ceil((learned + SIZE_MARGIN) / 256) * 256;
  return estimateSignatureLength(identity, options);
}

function estimateSignatureLength(identity: SigningIdentity, options: SignPdfOptions): number {
  const certs = identity.certificateDer.length + identity.chainDer.reduce((n, c) => n + c.length, 0);
  // CRLs appear twice: in the CMS crls field and in Adobe's signed revocation attribute.
  const crls = (options.crls ?? []).reduce((n, c) => n + c.length, 0) * 2;
  // A token carries the TSA certificate and its chain: allow 8 KiB.
  const tsa = options.timestampAuthority ? 8192 : 0;
  const total = 2048 + certs + crls + tsa;
  return Math.ceil(total / 1024) * 1024;
}

/** Adds the signature field and a placeholder to `doc`, saves it and signs it (internal fast path). */
export async function signPdfDocument(doc: PDFDocument, options: SignPdfOptions): Promise<Uint8Array> {
  const identity = asIdentity(options.signer);
  const signingTime = options.signingTime ?? new Date();
  const cn = nameAttribute(identity.certificate.subject, OID.commonName) ?? 'PolicyHub';
  // The seal in the insurer's signature slot is the signature's visible appearance: the widget
  // sits on the seal's page, over its rectangle, and shows it (otherwise an invisible signature).
  const seal = sealPlacementOf(doc);
  const page = seal ? doc.getPage(seal.pageIndex) : doc.getPage(0);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: page,
    ...(seal ? { widgetRect: seal.rect.map((v) => Math.round(v * 100) / 100) } : {}),
    reason: pdfTextLiteral(options.reason ?? '电子保单签章'),
    contactInfo: pdfTextLiteral(options.contactInfo ?? ''),
    name: pdfTextLiteral(options.name ?? cn),
    location: pdfTextLiteral(options.location ?? '中国'),
    signingTime,
    // The placeholder counts hex digits: two per byte.
    signatureLength: 2 * placeholderBytes(identity, options),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'PolicyHub',
  });
  if (seal) {
    const annots = page.node.lookup(PDFName.of('Annots'), PDFArray);
    const widget = annots.lookup(annots.size() - 1, PDFDict);
    widget.set(PDFName.of('AP'), doc.context.obj({ N: seal.appearance }));
  }
  // Classic cross-reference tables keep later incremental updates (and our verifier) simple.
  const unsigned = await doc.save({ useObjectStreams: false });
  const signed = await new SignPdf().sign(
    Buffer.from(unsigned),
    new CadesSigner({ ...options, identity }),
    signingTime,
  );
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}

/**
 * Signs a PDF (PAdES baseline: CMS detached, SubFilter ETSI.CAdES.detached). The PDF is rewritten,
 * so it must not carry signatures yet.
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  if (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).includes('/ByteRange'))
    throw new Error('该 PDF 已包含签名，不能重写后再签');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return signPdfDocument(doc, options);
}
