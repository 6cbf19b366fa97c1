import { checkRatingTable, LINE_LABELS, isLine, type RatingKind, type RatingTable } from '@policyhub/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import type { LineDefinition, LineRegistry } from '../../platform/lines.js';

/**
 * A product version's content is one flat JSON object (as the insurer console submits it): the
 * common part below, owned by the products module and the same for every line, plus the line's
 * part, validated by the zod schema the line declares (`productContent` in lines/<line>/line.ts).
 */

const ZFen = z.number().int().min(0).max(1_000_000_000_00);

export const ZRateBand = z.object({
  minAge: z.number().int().min(0).max(120),
  maxAge: z.number().int().min(0).max(120),
  gender: z.enum(['M', 'F']),
  annualPremiumFen: ZFen,
});

const ZDayBand = z.object({
  minDays: z.number().int().min(1).max(3660),
  maxDays: z.number().int().min(1).max(3660),
  premiumPerPersonFen: ZFen,
});

/** A rating table in the packages/domain rating shape, tagged by kind (`satisfies`: one shape). */
export const ZRatingTable = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('age-gender-annual'), bands: z.array(ZRateBand).min(1, '费率表至少需要一行') }),
  z.object({
    kind: z.literal('per-copy'),
    premiumPerCopyFen: ZFen,
    maxCopies: z.number().int().min(1).max(1000),
  }),
  z.object({ kind: z.literal('person-day'), bands: z.array(ZDayBand).min(1, '天数费率表至少需要一行') }),
]) satisfies z.ZodType<RatingTable>;

export const ZQuestion = z.object({
  id: z.string().trim().min(1).max(40),
  text: z.string().trim().min(1).max(500),
  manualIfYes: z.boolean().default(false),
  declineIfYes: z.boolean().default(false),
});

/** The common part: what every line's product has. */
export const ZCommonProductContent = z
  .object({
    summary: z.string({ error: '请填写产品简介' }).trim().min(1, '请填写产品简介').max(500),
    brochure: z.string({ error: '请填写产品介绍' }).trim().min(1, '请填写产品介绍').max(20_000),
    insurerSite: z.url({ message: '保险公司官网地址不正确' }),
    hotline: z.string({ error: '请填写客服电话' }).trim().min(3, '请填写客服电话').max(30),
    sumInsuredFen: ZFen,
    /** Where a person can apply: on this platform, on a phone, or on the insurer's site. */
    channels: z.object(
      {
        platform: z.boolean(),
        mobile: z.boolean(),
        insurerUrl: z.url({ message: '保险公司投保地址不正确' }).nullable().default(null),
      },
      { error: '请填写投保渠道' },
    ),
    rateTable: ZRatingTable,
    /** Underwriting questions (健康告知): a "yes" sends to manual review or declines. */
    questionnaire: z.array(ZQuestion).max(50).default([]),
  })
  .superRefine((c, ctx) => {
    for (const problem of checkRatingTable(c.rateTable))
      ctx.addIssue({ code: 'custom', path: ['rateTable'], message: problem.reason });
    const ids = new Set<string>();
    for (const q of c.questionnaire) {
      if (ids.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questionnaire'], message: `健康告知问题编号重复：${q.id}` });
      ids.add(q.id);
    }
  });
export type CommonProductContent = z.output<typeof ZCommonProductContent>;

/**
 * A version's content as the products module hands it out: the common part typed, the line's
 * part as its line's schema produced it (the line types it: lines/<line>/product-content.ts).
 */
export type ProductContent = CommonProductContent & { readonly [field: string]: unknown };

export type ContentIssue = { field: string; message: string };

const RATING_KIND_LABELS: Record<RatingKind, string> = {
  'age-gender-annual': '按年龄、性别的年缴保费',
  'per-copy': '按份数',
  'person-day': '按人数和天数',
};

/** The line's registered definition, or a clear refusal (a line without one takes no products). */
export function lineDefinitionOf(lines: LineRegistry, line: string): LineDefinition {
  const definition = lines.find(line);
  if (!definition)
    throw new AppError('VALIDATION_FAILED', {
      message: isLine(line)
        ? `险种“${LINE_LABELS[line]}”尚未开通，不能提交该险种的产品`
        : `险种代码 ${line} 不存在`,
    });
  return definition;
}

function issuesOf(error: z.ZodError): ContentIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/**
 * Validates a product version's content for its line: the common part, then the line's part.
 * A rating table written without a kind (the console and versions stored before the kinds
 * existed) is the line's declared kind; a table of another kind is refused.
 */
export function validateProductContent(
  line: LineDefinition,
  value: unknown,
): { ok: true; content: ProductContent } | { ok: false; issues: ContentIssue[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, issues: [{ field: '', message: '产品内容应为 JSON 对象' }] };
  const input = value as Record<string, unknown>;
  const table = input.rateTable;
  const withKind =
    typeof table === 'object' && table !== null && !Array.isArray(table) && !('kind' in table)
      ? { ...input, rateTable: { kind: line.rating, ...table } }
      : input;
  const common = ZCommonProductContent.safeParse(withKind);
  const own = line.productContent.safeParse(withKind);
  const issues = [
    ...(common.success ? [] : issuesOf(common.error)),
    ...(own.success ? [] : issuesOf(own.error)),
  ];
  if (common.success && common.data.rateTable.kind !== line.rating)
    issues.push({
      field: 'rateTable.kind',
      message: `该险种的费率表应为“${RATING_KIND_LABELS[line.rating]}”`,
    });
  if (issues.length > 0 || !common.success || !own.success) return { ok: false, issues };
  const linePart = own.data;
  if (typeof linePart !== 'object' || linePart === null)
    throw new Error(`line ${line.code}: productContent must be an object schema`);
  return { ok: true, content: { ...(linePart as Record<string, unknown>), ...common.data } };
}

/** validateProductContent, throwing VALIDATION_FAILED with the first problem (all in details). */
export function parseProductContent(line: LineDefinition, value: unknown, prefix = ''): ProductContent {
  const result = validateProductContent(line, value);
  if (result.ok) return result.content;
  const details = result.issues.map((i) => ({
    field: [prefix, i.field].filter(Boolean).join('.'),
    message: i.message,
  }));
  throw new AppError('VALIDATION_FAILED', { message: details[0]?.message ?? '产品内容有误', details });
}
