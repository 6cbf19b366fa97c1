import { applicationMachine, checkRatingTable, TAX_HEALTH_DEDUCTION_CAP_FEN } from '@policyhub/domain';
import { z } from 'zod';

/** Statuses are English codes in the API; the web shows the Chinese labels. */
export const PRODUCT_STATUSES = ['draft', 'pending_listing', 'listed', 'rejected', 'delisted'] as const;
export const VERSION_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
/** Application statuses come from the one application machine (server and web). */
export const APPLICATION_STATUSES = applicationMachine.states;

export const PRODUCT_STATUS_LABELS: Record<(typeof PRODUCT_STATUSES)[number], string> = {
  draft: '草稿',
  pending_listing: '挂牌审核中',
  listed: '已挂牌',
  rejected: '挂牌未通过',
  delisted: '已摘牌',
};

/** The annual deduction cap of tax-advantaged health insurance (DOMAIN §4): 2,400 yuan. */
export const DEDUCTION_CAP_FEN = TAX_HEALTH_DEDUCTION_CAP_FEN;

const ZFen = z.number().int().min(0).max(1_000_000_000_00);

export const ZRateBand = z.object({
  minAge: z.number().int().min(0).max(120),
  maxAge: z.number().int().min(0).max(120),
  gender: z.enum(['M', 'F']),
  annualPremiumFen: ZFen,
});

export const ZQuestion = z.object({
  id: z.string().trim().min(1).max(40),
  text: z.string().trim().min(1).max(500),
  manualIfYes: z.boolean().default(false),
  declineIfYes: z.boolean().default(false),
});

/** What an insurer submits for listing or as a change (product_versions.content). */
export const ZProductContent = z
  .object({
    summary: z.string().trim().min(1, '请填写产品简介').max(500),
    brochure: z.string().trim().min(1, '请填写产品介绍').max(20_000),
    insurerSite: z.url({ message: '保险公司官网地址不正确' }),
    hotline: z.string().trim().min(3, '请填写客服电话').max(30),
    sumInsuredFen: ZFen,
    deductionCapFen: ZFen.default(DEDUCTION_CAP_FEN),
    channels: z.object({
      platform: z.boolean(),
      mobile: z.boolean(),
      insurerUrl: z.url({ message: '保险公司投保地址不正确' }).nullable().default(null),
    }),
    rateTable: z.object({ bands: z.array(ZRateBand).min(1, '费率表至少需要一行') }),
    questionnaire: z.array(ZQuestion).max(50).default([]),
    /** Format of the 税优识别码 (a regular expression the issued code must match). */
    taxCodeFormat: z.string().trim().min(1).max(200).default('^[A-Z0-9]{20}$'),
  })
  .superRefine((c, ctx) => {
    for (const problem of checkRatingTable({ kind: 'age-gender-annual', bands: c.rateTable.bands }))
      ctx.addIssue({ code: 'custom', path: ['rateTable'], message: problem.reason });
    try {
      new RegExp(c.taxCodeFormat);
    } catch {
      ctx.addIssue({
        code: 'custom',
        path: ['taxCodeFormat'],
        message: '税优识别码格式不是有效的正则表达式',
      });
    }
    const ids = new Set<string>();
    for (const q of c.questionnaire) {
      if (ids.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questionnaire'], message: `健康告知问题编号重复：${q.id}` });
      ids.add(q.id);
    }
  });
export type ProductContent = z.output<typeof ZProductContent>;

export const ZProductSubmission = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{3,40}$/, '产品代码须为 3–40 位大写字母、数字或连字符'),
  name: z.string().trim().min(2, '请填写产品名称').max(100),
  content: ZProductContent,
});

export const ZVersionView = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  version: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  content: z.record(z.string(), z.unknown()),
  hasClauses: z.boolean(),
  reviewReason: z.string().nullable(),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
});
export type VersionView = z.infer<typeof ZVersionView>;

export const ZProductView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  line: z.string(),
  insurerOrgId: z.uuid(),
  insurerName: z.string(),
  status: z.enum(PRODUCT_STATUSES),
  published: z.boolean(),
  currentVersionId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type ProductView = z.infer<typeof ZProductView>;

export const ZListingView = z.object({
  versionId: z.uuid(),
  productId: z.uuid(),
  productCode: z.string(),
  productName: z.string(),
  insurerName: z.string(),
  version: z.number().int(),
  /** listing = 挂牌交易审核 (first version), change = 挂牌变更审核 */
  kind: z.enum(['listing', 'change']),
  status: z.enum(VERSION_STATUSES),
  content: z.record(z.string(), z.unknown()),
  clausesUrl: z.string().nullable(),
  submittedAt: z.string(),
});
export type ListingView = z.infer<typeof ZListingView>;

export const ZDisclosureView = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  title: z.string(),
  publishedAt: z.string(),
  url: z.string(),
});
export type DisclosureView = z.infer<typeof ZDisclosureView>;

export const ZPublicProduct = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  insurerName: z.string(),
  summary: z.string(),
  sumInsuredFen: z.number().int(),
  deductionCapFen: z.number().int(),
  /** Lowest annual premium in the rate table ("from … yuan a year"). */
  fromPremiumFen: z.number().int(),
});
export type PublicProduct = z.infer<typeof ZPublicProduct>;

export const ZPublicProductDetail = ZPublicProduct.extend({
  versionId: z.uuid(),
  brochure: z.string(),
  clausesUrl: z.string().nullable(),
  rateTable: z.object({ bands: z.array(ZRateBand) }),
  questionnaire: z.array(ZQuestion),
  disclosures: z.array(ZDisclosureView),
  howToApply: z.object({
    insurerSite: z.string(),
    hotline: z.string(),
    throughEmployer: z.string(),
    channels: z.object({ platform: z.boolean(), mobile: z.boolean(), insurerUrl: z.string().nullable() }),
  }),
});
export type PublicProductDetail = z.infer<typeof ZPublicProductDetail>;

export const ZReason = z.object({ reason: z.string().trim().min(1, '请填写原因').max(500) });
export const ZVersionId = z.object({ versionId: z.uuid({ message: '编号格式不正确' }) });
