import crypto from 'node:crypto';
import {
  verifyPdf,
  type DocumentKind,
  type SignatureCheck,
  type VerifyPdfResult,
} from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import { trustMaterial } from '../keys.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { isUuid, type DocumentRecord } from '../repository.js';
import { documentInContext, policyStatusView, type ChainEntry, type PolicyStatusView } from '../views.js';

export type VerificationVerdict =
  'valid' | 'tampered' | 'not_issued_here' | 'untrusted' | 'revoked' | 'invalid' | 'unsigned';

export const VERDICT_TITLES: Record<VerificationVerdict, string> = {
  valid: '有效',
  tampered: '已被篡改',
  not_issued_here: '非本平台签发',
  untrusted: '非本平台签发',
  revoked: '证书已吊销',
  invalid: '签名无效',
  unsigned: '未签名',
};

export type Verification = {
  verdict: VerificationVerdict;
  title: string;
  summary: string;
  issuedHere: boolean;
  document?: {
    id: string;
    documentNo: string;
    kind: DocumentKind;
    kindLabel: string;
    version: number;
    issuedAt: string;
    specimen: boolean;
  };
  policy?: Omit<PolicyStatusView, 'line'> & { endorsements: Omit<ChainEntry, 'kind'>[] };
  technical: {
    signatures: {
      signer: string;
      issuer: string;
      serial: string;
      algorithm: string;
      signedAt: string | null;
      timestampAt: string | null;
      byteRangeCoversWholeFile: boolean;
      digestMatches: boolean;
      signatureValid: boolean;
      chainTrusted: boolean;
      revoked: boolean;
      modifiedAfterSigning: boolean;
    }[];
    fileSha256: string;
    /** Plain-Chinese findings of the signature check (problems, or who signed when). */
    details: string[];
  };
};

/** sha256 of the bytes up to the end of the last signature's range: the archived file, if unaltered. */
function signedContentHash(pdf: Uint8Array, result: VerifyPdfResult): string | null {
  const last = result.signatures[result.signatures.length - 1];
  if (!last) return null;
  const end = last.byteRange[2] + last.byteRange[3];
  if (!(end > 0 && end <= pdf.length)) return null;
  return crypto.createHash('sha256').update(pdf.subarray(0, end)).digest('hex');
}

function technicalSignature(c: SignatureCheck): Verification['technical']['signatures'][number] {
  return {
    signer: c.signer?.commonName ?? c.signer?.subject ?? '未知',
    issuer: c.signer?.issuer ?? '未知',
    serial: c.signer?.serialNumber ?? '',
    algorithm: c.signatureAlgorithm
      ? `${c.signatureAlgorithm}${c.digestAlgorithm ? ` / ${c.digestAlgorithm}` : ''}`
      : '未知',
    signedAt: c.claimedSigningTime ?? null,
    timestampAt: c.timestamp.valid ? (c.timestamp.genTime ?? null) : null,
    byteRangeCoversWholeFile: c.byteRangeCoversWholeFileExceptSignature,
    digestMatches: c.digestMatches,
    signatureValid: c.cmsSignatureValid,
    chainTrusted: c.chainToTrustedRoot,
    revoked: c.revoked,
    modifiedAfterSigning: c.modifiedAfterSigning,
  };
}

function summaryOf(
  verdict: VerificationVerdict,
  result: VerifyPdfResult,
  doc: DocumentRecord | null,
  policy?: Verification['policy'],
): string {
  const signer =
    result.signatures[0]?.signer?.organization ?? result.signatures[0]?.signer?.commonName ?? '签名人';
  switch (verdict) {
    case 'valid': {
      const what = doc ? `${DOCUMENT_KIND_LABELS[doc.kind]}（档案号 ${doc.documentNo}）` : '单证';
      const status = policy ? `，保单当前状态：${policy.statusLabel}` : '';
      const specimen = doc?.specimen ? '；注意：这是样本，不具法律效力' : '';
      return `该文件是本平台签发的${what}，由${signer}签章，签章后未被修改${status}${specimen}。`;
    }
    case 'tampered':
      return '文件在签章后被修改过（内容或追加的修改不在签名保护范围内），不能作为有效单证使用，请向保险公司索取原件。';
    case 'not_issued_here':
      return '文件签名完好，但本平台的电子档案中没有这份文件，不能确认是本平台签发的。';
    case 'untrusted':
      return '文件签名完好，但签章证书不是本平台签发或信任的证书，不能确认是本平台出具的单证。';
    case 'revoked':
      return '签章所用的证书已被吊销，该文件不能作为有效单证使用，请联系保险公司核实。';
    case 'invalid':
      return '文件中的签名无法通过校验（签名值、时间戳或证书有效期有误），不能确认其真实性。';
    case 'unsigned':
      return '文件中没有数字签名，无法验证其真实性；本平台签发的电子保单均带有保险公司的电子签章。';
  }
}

/**
 * Verifies an uploaded PDF (ED-3): every signature (byte range, digest, CMS signature, chain to
 * one of our CAs — every one we ever created —, time stamp, revocation, appended updates), then
 * the archive by the signed document id AND the signed content's hash, and the policy's current
 * status with its endorsement chain. Personal data masked.
 */
export async function verifyDocument(ctx: AppContext, pdf: Uint8Array): Promise<Verification> {
  const now = ctx.now();
  const check = async (fresh: boolean) => {
    const trust = await trustMaterial(ctx, { fresh });
    return verifyPdf(pdf, { trustedRoots: trust.roots, revokedSerials: trust.revokedSerials, now });
  };
  let result = await check(false);
  // The trust list is cached for a moment: an unknown signer is checked again against a fresh one
  // (a CA created a moment ago in another process).
  if (result.verdict === 'untrusted') result = await check(true);
  const docId = result.document.signed ? result.document.documentId : undefined;
  const hash = signedContentHash(pdf, result);
  const found = isUuid(docId) && hash ? await documentInContext(ctx.db, docId, now) : null;
  const doc = found && found.document.sha256 === hash ? found.document : null;

  let verdict: VerificationVerdict = result.verdict;
  if (verdict === 'valid' && !doc) verdict = 'not_issued_here';

  let policy: Verification['policy'];
  if (doc && found?.policy) {
    const { line: _line, ...view } = policyStatusView(found.policy, now);
    policy = { ...view, endorsements: found.chain.endorsements.map(({ kind: _k, ...e }) => e) };
  }
  return {
    verdict,
    title: VERDICT_TITLES[verdict],
    summary: summaryOf(verdict, result, doc, policy),
    issuedHere: !!doc,
    ...(doc
      ? {
          document: {
            id: doc.id,
            documentNo: doc.documentNo,
            kind: doc.kind,
            kindLabel: DOCUMENT_KIND_LABELS[doc.kind],
            version: doc.version,
            issuedAt: doc.issuedAt.toISOString(),
            specimen: doc.specimen,
          },
        }
      : {}),
    ...(policy ? { policy } : {}),
    technical: {
      signatures: result.signatures.map(technicalSignature),
      fileSha256: result.fileSha256,
      details: result.details,
    },
  };
}
