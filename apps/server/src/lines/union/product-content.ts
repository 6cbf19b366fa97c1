import { UNION_DEFAULT_AGE_RULE, type AgeRule, type RatingTable } from '@policyhub/domain';
import { z } from 'zod';
import type { Executor } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/context.js';
import * as products from '../../modules/products/index.js';

const ZWindow = z
  .object({
    minAgeExclusive: z.number().int().min(0).max(120),
    maxAgeExclusive: z.number().int().min(1).max(120),
  })
  .refine((w) => w.minAgeExclusive < w.maxAgeExclusive, '年龄下限应小于上限');

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/**
 * A mutual-aid plan's part of a product version's content (互助保障计划, DOMAIN §8): everything a
 * plan differs by is data here — no code per plan. The premium per copy and the maximum copies
 * are the common rate table's `per-copy` kind (modules/products); this adds the cover period,
 * waiting period, age window by sex (with the over-age allowance), the enrollment window with its
 * uniform start date and the renewal grace. Defaults are SPEC MA-3's.
 */
export const ZUnionPlanContent = z
  .object({
    /** Cover period in months from the effective date (12 = one year). */
    coverMonths: z.number().int('保障期限（月）应为整数').min(1, '保障期限至少 1 个月').max(120).default(12),
    /** Days after the effective date before claims are payable (0 = none). */
    waitingDays: z.number().int().min(0).max(365).default(0),
    /** MA-3 by sex: older than min and younger than max (both exclusive). */
    ageWindow: z
      .object({ F: ZWindow, M: ZWindow })
      .default({ F: UNION_DEFAULT_AGE_RULE.window.F, M: UNION_DEFAULT_AGE_RULE.window.M }),
    /** Who may join the plan (女职工特疾: women only); the age window applies within it. */
    eligibleSexes: z
      .array(z.enum(['M', 'F']))
      .min(1, '至少选择一种性别')
      .default(['M', 'F']),
    /** Above the window, admission only with the agency's approved document, never above this age; null = never. */
    overAgeWithApprovalUpTo: z.number().int().min(1).max(120).nullable().default(65),
    /** A fixed enrollment window with a uniform start date (off by default). */
    enrollment: z
      .object({ opensOn: ZIsoDate, closesOn: ZIsoDate, uniformStartDate: ZIsoDate })
      .refine((e) => e.opensOn <= e.closesOn, '投保开放期的开始日期应不晚于结束日期')
      .nullable()
      .default(null),
    /** Renewing within this many days of expiry keeps continuity (no new waiting period). */
    renewalGraceDays: z.number().int().min(0).max(365).default(30),
    /** The certificate's benefit wording (保障责任), printed on the 电子保障凭证. */
    benefits: z.array(z.string().trim().min(1).max(500)).max(30).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.overAgeWithApprovalUpTo !== null) {
      // Only the sexes the plan admits count (a women-only plan's men's window does not apply).
      const top = Math.max(...c.eligibleSexes.map((sex) => c.ageWindow[sex].maxAgeExclusive));
      if (c.overAgeWithApprovalUpTo < top)
        ctx.addIssue({
          code: 'custom',
          path: ['overAgeWithApprovalUpTo'],
          message: '超龄参保上限不能低于年龄上限',
        });
    }
  });
export type UnionPlanPart = z.output<typeof ZUnionPlanContent>;

/** A mutual-aid plan's content: the common part, a per-copy rate table, the plan part. */
export type UnionPlanContent = products.CommonProductContent &
  UnionPlanPart & { rateTable: Extract<RatingTable, { kind: 'per-copy' }> };

/** The plan's age rule in the packages/domain eligibility shape. */
export function ageRuleOf(plan: UnionPlanPart): AgeRule {
  return {
    window: plan.ageWindow,
    ...(plan.overAgeWithApprovalUpTo === null
      ? {}
      : { overAgeWithApprovalUpTo: plan.overAgeWithApprovalUpTo }),
  };
}

export const UNION_LINE = 'MUTUAL_AID';

type WithContent = { line: string; version: { content: products.ProductContent } };
type AsUnion<T extends WithContent> = Omit<T, 'version'> & {
  version: Omit<T['version'], 'content'> & { content: UnionPlanContent };
};

/** modules/products validated a MUTUAL_AID product with ZUnionPlanContent and `per-copy`: this typing is true. */
function asUnion<T extends WithContent>(product: T | null): AsUnion<T> | null {
  if (!product || product.line !== UNION_LINE) return null;
  return product as unknown as AsUnion<T>;
}

/** A listed mutual-aid plan with its current version, or null (another line's product too). */
export async function findListedPlan(
  ctx: Pick<AppContext, 'db' | 'lines'>,
  productId: string,
  executor?: Executor,
) {
  return asUnion(await products.findListedProduct(ctx, productId, executor));
}

/** A mutual-aid plan version, any status. */
export async function getPlanVersion(
  ctx: Pick<AppContext, 'db' | 'lines'>,
  versionId: string,
  executor?: Executor,
) {
  return asUnion(await products.getProductVersion(ctx, versionId, executor));
}
