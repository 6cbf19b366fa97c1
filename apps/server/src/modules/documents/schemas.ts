import { LINES, VERIFICATION_VERDICTS, VERIFY_REASONS } from '@policyhub/domain';
import { z } from 'zod';
import { ZPage } from '../../platform/http/schemas.js';
import { DOCUMENT_KINDS } from './labels.js';

const ZKind = z.enum(DOCUMENT_KINDS);
const ZPolicyStatus = z.enum(['issued', 'endorsed', 'cancelled', 'terminated', 'expired']);

export const ZDocumentIdParams = z.object({ id: z.uuid({ message: '单证编号格式不正确' }) });
export const ZKeyIdParams = z.object({ id: z.uuid({ message: '证书编号格式不正确' }) });

const ZChainEntry = z.object({
  kind: z.enum([...DOCUMENT_KINDS, 'status']),
  documentNo: z.string(),
  issuedAt: z.string(),
  description: z.string(),
});

const ZPolicyStatusView = z.object({
  policyNo: z.string(),
  line: z.enum(LINES),
  productName: z.string(),
  status: ZPolicyStatus,
  statusLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  holderNameMasked: z.string(),
  /** Reissue (换发): the cancelled policy this one replaces, and the policy that replaced this one. */
  replacesPolicyNo: z.string().nullable(),
  replacedByPolicyNo: z.string().nullable(),
});

export const ZVerification = z.object({
  verdict: z.enum(VERIFICATION_VERDICTS),
  /** What was found, finer than the verdict (@policyhub/domain VERIFY_REASONS). */
  reason: z.enum(VERIFY_REASONS),
  title: z.string(),
  summary: z.string(),
  issuedHere: z.boolean(),
  document: z
    .object({
      id: z.string(),
      documentNo: z.string(),
      kind: ZKind,
      kindLabel: z.string(),
      version: z.number().int(),
      issuedAt: z.string(),
      specimen: z.boolean(),
    })
    .optional(),
  policy: ZPolicyStatusView.omit({ line: true })
    .extend({ endorsements: z.array(ZChainEntry.omit({ kind: true })) })
    .optional(),
  technical: z.object({
    signatures: z.array(
      z.object({
        signer: z.string(),
        issuer: z.string(),
        serial: z.string(),
        algorithm: z.string(),
        signedAt: z.string().nullable(),
        timestampAt: z.string().nullable(),
        byteRangeCoversWholeFile: z.boolean(),
        digestMatches: z.boolean(),
        signatureValid: z.boolean(),
        chainTrusted: z.boolean(),
        revoked: z.boolean(),
        modifiedAfterSigning: z.boolean(),
      }),
    ),
    fileSha256: z.string(),
    details: z.array(z.string()),
  }),
});

export const ZDocumentStatus = z.object({
  documentNo: z.string(),
  kind: ZKind,
  kindLabel: z.string(),
  issuedAt: z.string(),
  specimen: z.boolean(),
  policy: ZPolicyStatusView.nullable(),
  chain: z.array(ZChainEntry),
});

export const ZQueryBody = z.object({
  policyNo: z.string().trim().min(1, '请填写保单号').max(40, '保单号过长'),
  idType: z.string().trim().min(1, '请选择证件类型').max(40),
  idNumber: z.string().trim().min(1, '请填写证件号码').max(40, '证件号码过长'),
  captchaId: z.string().max(64),
  captchaAnswer: z.string().trim().min(1, '请填写图形验证码').max(10),
});

export const ZQueryResult = z.object({
  queryToken: z.string(),
  policy: z.object({
    policyNo: z.string(),
    productName: z.string(),
    insurerName: z.string(),
    status: ZPolicyStatus,
    statusLabel: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    sumInsured: z.number().int(),
    premium: z.number().int(),
    holderNameMasked: z.string(),
    insured: z.array(z.object({ nameMasked: z.string(), idNumberMasked: z.string() })),
  }),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: ZKind,
      kindLabel: z.string(),
      documentNo: z.string(),
      issuedAt: z.string(),
    }),
  ),
});

export const ZQueryDownload = z.object({ token: z.string().min(1, '缺少查询凭证').max(8000) });

export const ZMyDocuments = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: ZKind,
      kindLabel: z.string(),
      documentNo: z.string(),
      policyNo: z.string().nullable(),
      productName: z.string().nullable(),
      status: ZPolicyStatus.nullable(),
      statusLabel: z.string().nullable(),
      issuedAt: z.string(),
    }),
  ),
});

export const ZEmailBody = z.object({ email: z.string().trim().min(1, '请填写邮箱').max(200) });

export const ZKey = z.object({
  id: z.string(),
  insurerOrgId: z.string().nullable(),
  insurerName: z.string().nullable(),
  kind: z.enum(['ca', 'signing', 'tsa']),
  algorithm: z.enum(['RSA-2048', 'ECDSA-P256', 'SM2']),
  subject: z.string(),
  serial: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  status: z.enum(['active', 'retired', 'revoked']),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  source: z.enum(['generated', 'imported']),
  documentsSigned: z.number().int(),
});

export const ZRevokeBody = z.object({ reason: z.string().trim().min(1, '请填写吊销原因').max(200) });
export const ZRotateBody = z.object({
  insurerOrgId: z.uuid({ message: '请选择保险公司' }),
  algorithm: z.enum(['RSA-2048', 'ECDSA-P256', 'SM2']).optional(),
});

export const ZArchiveQuery = ZPage.extend({
  policyNo: z.string().trim().max(40).optional(),
  kind: ZKind.optional(),
});

export const ZArchiveItem = z.object({
  id: z.string(),
  documentNo: z.string(),
  kind: ZKind,
  policyNo: z.string().nullable(),
  sha256: z.string(),
  size: z.number().int(),
  issuedAt: z.string(),
  retentionUntil: z.string(),
  legalHold: z.boolean(),
  legalHoldReason: z.string().nullable(),
  specimen: z.boolean(),
});

export const ZLegalHoldBody = z.object({
  hold: z.boolean(),
  reason: z.string().trim().min(1, '请填写原因').max(200),
});

// ── insurer document settings: hotline and logo ────────────────────────────────────────────────
export const ZInsurerIdParams = z.object({ orgId: z.uuid({ message: '保险公司编号格式不正确' }) });

export const ZInsurerDocumentSettings = z.object({
  insurerOrgId: z.string(),
  insurerName: z.string(),
  /** 客服电话 printed on the insurer's documents; null: the product's hotline is printed. */
  hotline: z.string().nullable(),
  logo: z
    .object({ mime: z.enum(['image/png', 'image/jpeg']), size: z.number().int(), dataUrl: z.string() })
    .nullable(),
  updatedAt: z.string().nullable(),
});

export const ZInsurerDocumentSettingsBody = z.object({
  /** Digits and dashes; null or '' removes it; omitted: unchanged. */
  hotline: z.string({ error: '客服电话应为文本' }).max(40, '客服电话过长').nullable().optional(),
  /** PNG or JPEG, base64 (a data: URL is accepted), at most 200 KB; null removes it; omitted: unchanged. */
  logo: z
    .string({ error: 'Logo 应为 Base64 编码的图片' })
    .max(400_000, 'Logo 图片不能超过 200 KB')
    .nullable()
    .optional(),
});
