import { TAX_HEALTH_DEDUCTION_CAP_FEN, type RatingTable } from '@policyhub/domain';
import { z } from 'zod';
import type { Executor } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/context.js';
import * as products from '../../modules/products/index.js';

/**
 * The tax-health line's part of a product version's content (the common part — terms, channels,
 * rate table, questionnaire — is modules/products'). lines/exchange/line.ts declares it as the
 * line's `productContent`, so modules/products validates it on submission, change and review.
 */
export const ZTaxHealthProductContent = z.object({
  /** The annual pre-tax deduction cap (DOMAIN §4); regulation sets it, a product cannot exceed it. */
  deductionCapFen: z
    .number({ error: '税前扣除限额（deductionCapFen）应为整数金额（分）' })
    .int('税前扣除限额（deductionCapFen）应为整数金额（分）')
    .min(0, '税前扣除限额（deductionCapFen）不能为负数')
    .max(
      TAX_HEALTH_DEDUCTION_CAP_FEN,
      `税前扣除限额（deductionCapFen）不能超过每年 ${TAX_HEALTH_DEDUCTION_CAP_FEN / 100} 元`,
    )
    .default(TAX_HEALTH_DEDUCTION_CAP_FEN),
  /** Format of the 税优识别码 (a regular expression the code the insurer issues must match). */
  taxCodeFormat: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? '请填写税优识别码格式（taxCodeFormat）'
          : '税优识别码格式（taxCodeFormat）应为文本',
    })
    .trim()
    .min(1, '请填写税优识别码格式（taxCodeFormat）')
    .max(200, '税优识别码格式（taxCodeFormat）不能超过 200 个字符')
    .refine(isRegExp, '税优识别码格式（taxCodeFormat）不是有效的正则表达式'),
});
export type TaxHealthProductPart = z.output<typeof ZTaxHealthProductContent>;

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A tax-health product version's content: the common part, an age × gender table, the line part. */
export type ExchangeProductContent = products.CommonProductContent &
  TaxHealthProductPart & { rateTable: Extract<RatingTable, { kind: 'age-gender-annual' }> };

/** What the insurer console submits (defaults left out; the rate table may omit its kind). */
export type ExchangeProductContentInput = Omit<z.input<typeof products.ZCommonProductContent>, 'rateTable'> &
  z.input<typeof ZTaxHealthProductContent> & {
    rateTable: { kind?: 'age-gender-annual'; bands: z.input<typeof products.ZRateBand>[] };
  };

const LINE = 'TAX_HEALTH';

type WithContent = { line: string; version: { content: products.ProductContent } };
type AsExchange<T extends WithContent> = Omit<T, 'version'> & {
  version: Omit<T['version'], 'content'> & { content: ExchangeProductContent };
};

/**
 * The exchange sees only tax-health products: modules/products validated their content with
 * ZTaxHealthProductContent and the line's age × gender rating kind, which makes this typing true.
 */
function asExchange<T extends WithContent>(product: T | null): AsExchange<T> | null {
  if (!product || product.line !== LINE) return null;
  return product as unknown as AsExchange<T>;
}

/** A listed tax-health product with its current version (modules/products findListedProduct). */
export async function findListedProduct(
  ctx: Pick<AppContext, 'db' | 'lines'>,
  productId: string,
  executor?: Executor,
) {
  return asExchange(await products.findListedProduct(ctx, productId, executor));
}

/** A tax-health product version, any status (modules/products getProductVersion). */
export async function getProductVersion(
  ctx: Pick<AppContext, 'db' | 'lines'>,
  versionId: string,
  executor?: Executor,
) {
  return asExchange(await products.getProductVersion(ctx, versionId, executor));
}
