import type { DocumentKind, SignatureCheck, VerifyPdfResult, VerifyReason } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import { trustMaterial } from '../keys.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { isUuid, type DocumentRecord } from '../repository.js';
import { verifyOnWorker } from '../verifying/verify-pool.js';
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
  reason: VerifyReason;
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

/** What an invalid signature means, by what was found (not one sentence for every cause). */
const INVALID_SUMMARIES: Partial<Record<VerifyReason, string>> & { malformed: string } = {
  rewritten:
    '文件被其他软件重新保存过（如 qpdf、mutool 或阅读器的“另存为”），签名保护的字节已被改写，签名与文件不再对应，不能确认其真实性；请使用保险公司提供的原件。',
  truncated:
    '文件不完整（被截断，可能是下载或传输中断），签名保护的内容有缺失；请重新下载完整的文件后再验真。',
  malformed: '文件结构异常（签名数据无法读取，或签名数量超出本平台单证可能的范围），不能确认其真实性。',
  signature_invalid: '文件中的签名值无法通过校验（签名与签章证书不符），不能确认其真实性。',
  timestamp_invalid: '签名所附的时间戳无效，无法确认签署时间，不能确认其真实性。',
  certificate_invalid: '签章证书在签署时不在有效期内，签名无效。',
};

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
      return result.reason === 'appended'
        ? '文件在签章后被追加了内容（签名只覆盖到签发时的文件末尾，pdfsig 亦显示 Not total document signed），已不是签发时的原文件，不能作为有效单证使用，请向保险公司索取原件。'
        : '文件内容在签章后被修改过（签名保护范围内的字节与签章时不一致），不能作为有效单证使用，请向保险公司索取原件。';
    case 'not_issued_here':
      return '文件签名完好，但本平台的电子档案中没有这份文件，不能确认是本平台签发的。';
    case 'untrusted':
      return '文件签名完好，但签章证书不是本平台签发或信任的证书，不能确认是本平台出具的单证。';
    case 'revoked':
      return '签章所用的证书已被吊销，该文件不能作为有效单证使用，请联系保险公司核实。';
    case 'invalid':
      return INVALID_SUMMARIES[result.reason] ?? INVALID_SUMMARIES.malformed;
    case 'unsigned':
      return `${result.details[0] ?? '文件中没有数字签名'}，无法验证其真实性；本平台签发的电子保单均带有保险公司的电子签章。`;
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
  // The signature checks run on a worker thread with a time budget (verify-pool.ts): an uploaded
  // file never holds the event loop that serves everyone else.
  const check = async (fresh: boolean) => {
    const trust = await trustMaterial(ctx, { fresh });
    return verifyOnWorker(ctx.config, {
      pdf,
      trustedRoots: trust.roots,
      revokedSerials: trust.revokedSerials,
      nowMs: now.getTime(),
    });
  };
  let checked = await check(false);
  // The trust list is cached for a moment: an unknown signer is checked again against a fresh one
  // (a CA created a moment ago in another process).
  if (checked.result.verdict === 'untrusted') checked = await check(true);
  const { result, signedContentSha256: hash } = checked;
  const docId = result.document.signed ? result.document.documentId : undefined;
  const found = isUuid(docId) && hash ? await documentInContext(ctx.db, docId, now) : null;
  const doc = found && found.document.sha256 === hash ? found.document : null;

  let verdict: VerificationVerdict = result.verdict;
  if (verdict === 'valid' && !doc) verdict = 'not_issued_here';

  let policy: Verification['policy'];
  if (doc && found?.policy) {
    const { line: _line, ...view } = policyStatusView(found.policy, now, found.links);
    policy = { ...view, endorsements: found.chain.endorsements.map(({ kind: _k, ...e }) => e) };
  }
  return {
    verdict,
    reason: result.reason,
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
