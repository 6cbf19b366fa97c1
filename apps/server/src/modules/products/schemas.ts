import { LINES } from '@policyhub/domain';
import { z } from 'zod';
import { ZQuestion, ZRateBand } from './content.js';

/** Statuses are English codes in the API; the web shows the Chinese labels. */
export const PRODUCT_STATUSES = ['draft', 'pending_listing', 'listed', 'rejected', 'delisted'] as const;
export const VERSION_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;

export const PRODUCT_STATUS_LABELS: Record<(typeof PRODUCT_STATUSES)[number], string> = {
  draft: '草稿',
  pending_listing: '挂牌审核中',
  listed: '已挂牌',
  rejected: '挂牌未通过',
  delisted: '已摘牌',
};

export const ZProductSubmission = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{3,40}$/, '产品代码须为 3–40 位大写字母、数字或连字符'),
  name: z.string().trim().min(2, '请填写产品名称').max(100),
  /** The insurer console submits without it: its products are the exchange's (tax-health). */
  line: z.enum(LINES, { error: '险种代码不正确' }).default('TAX_HEALTH'),
  /** Common part + the line's part, validated by content.ts for the product's line. */
  content: z.unknown(),
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
  line: z.enum(LINES),
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
