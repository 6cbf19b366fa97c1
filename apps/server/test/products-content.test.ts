import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { productVersions } from '../src/tables.js';
import { defineLine } from '../src/platform/lines.js';
import {
  findProductNames,
  getProductVersion,
  validateProductContent,
} from '../src/modules/products/index.js';
import { exchangeLine } from '../src/lines/exchange/index.js';
import { snapshot } from './accounts-support.js';
import { createTestApp, type TestApp } from './helpers.js';
import {
  CLAUSES_PDF,
  createExchangeCast,
  EXCHANGE_TABLES,
  form,
  productContent,
  submit,
  type ExchangeCast,
} from './exchange-products-support.js';

// Product content = the products module's common part + the line's part (validated by the line's
// schema from ctx.lines); a product of a line without a definition is refused.
describe('products: common part + line part, for the lines that are registered', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  let seq = 0;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await createExchangeCast(t);
  });
  afterAll(async () => t.close());

  const unchanged = async (fn: () => Promise<void>) => {
    const before = await snapshot(t, [...EXCHANGE_TABLES]);
    await fn();
    expect(await snapshot(t, [...EXCHANGE_TABLES])).toEqual(before);
  };

  const submitRaw = (data: Record<string, unknown>) => {
    const body = form(
      {
        data: JSON.stringify({
          code: `PC-${Date.now().toString(36).toUpperCase()}-${++seq}`,
          name: '测试产品',
          ...data,
        }),
      },
      { name: '条款.pdf', data: CLAUSES_PDF },
    );
    return t.request({ method: 'POST', url: '/api/insurer/products', ...body, as: cast.asA });
  };

  it('a product for a line without a registered definition is refused, nothing stored', async () => {
    await unchanged(async () => {
      const travel = await submitRaw({ line: 'TRAVEL', content: productContent() });
      expect(travel.statusCode).toBe(400);
      expect(travel.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: '险种“旅游意外险”尚未开通，不能提交该险种的产品',
      });
      const unknown = await submitRaw({ line: 'BOATS', content: productContent() });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().message).toBe('险种代码不正确');
    });
  });

  it('the tax-health line part is validated by the line’s schema (a missing field is named)', async () => {
    const { taxCodeFormat: _left, ...withoutTaxCode } = productContent();
    await unchanged(async () => {
      const missing = await submitRaw({ line: 'TAX_HEALTH', content: withoutTaxCode });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().message).toBe('请填写税优识别码格式（taxCodeFormat）');
      expect(missing.json().details).toContainEqual({
        field: 'content.taxCodeFormat',
        message: '请填写税优识别码格式（taxCodeFormat）',
      });
      const overCap = await submitRaw({ content: productContent({ deductionCapFen: 240_001 }) });
      expect(overCap.statusCode).toBe(400);
      expect(overCap.json().message).toBe('税前扣除限额（deductionCapFen）不能超过每年 2400 元');
      const badRegExp = await submitRaw({ content: productContent({ taxCodeFormat: '([A-Z' }) });
      expect(badRegExp.statusCode).toBe(400);
      expect(badRegExp.json().message).toBe('税优识别码格式（taxCodeFormat）不是有效的正则表达式');
    });
  });

  it('a change is validated for the product’s line like a first submission, nothing stored', async () => {
    const p = await submit(t, cast.asA);
    const { taxCodeFormat: _left, ...withoutTaxCode } = productContent();
    await unchanged(async () => {
      const change = form({ data: JSON.stringify(withoutTaxCode) }, { name: '条款.pdf', data: CLAUSES_PDF });
      const res = await t.request({
        method: 'POST',
        url: `/api/insurer/products/${p.productId}/versions`,
        ...change,
        as: cast.asA,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe('请填写税优识别码格式（taxCodeFormat）');
    });
  });

  it('the common part is validated for every line: terms, rate table and its kind, questionnaire', async () => {
    const { summary: _left, ...withoutSummary } = productContent();
    await unchanged(async () => {
      const noSummary = await submitRaw({ content: withoutSummary });
      expect(noSummary.statusCode).toBe(400);
      expect(noSummary.json().message).toBe('请填写产品简介');
      expect(noSummary.json().details[0].field).toBe('content.summary');
      const overlap = await submitRaw({
        content: productContent({
          rateTable: {
            bands: [
              { minAge: 16, maxAge: 40, gender: 'M', annualPremiumFen: 100_000 },
              { minAge: 40, maxAge: 60, gender: 'M', annualPremiumFen: 150_000 },
            ],
          },
        }),
      });
      expect(overlap.statusCode).toBe(400);
      expect(overlap.json().message).toBe('费率表年龄段重叠（男）');
      const perCopy = await submitRaw({
        content: {
          ...productContent(),
          rateTable: { kind: 'per-copy', premiumPerCopyFen: 5_000, maxCopies: 3 },
        },
      });
      expect(perCopy.statusCode).toBe(400);
      expect(perCopy.json().message).toBe('该险种的费率表应为“按年龄、性别的年缴保费”');
      const duplicateQuestion = await submitRaw({
        content: productContent({
          questionnaire: [
            { id: 'q1', text: '问题一？' },
            { id: 'q1', text: '问题二？' },
          ],
        }),
      });
      expect(duplicateQuestion.statusCode).toBe(400);
      expect(duplicateQuestion.json().message).toBe('健康告知问题编号重复：q1');
    });
  });

  it('a stored version keeps its line part, and its rate table carries the line’s rating kind', async () => {
    const p = await submit(t, cast.asA);
    const [row] = await t.ctx.db
      .select({ content: productVersions.content })
      .from(productVersions)
      .where(eq(productVersions.id, p.versionId));
    expect(row!.content).toMatchObject({
      taxCodeFormat: '^TY[0-9]{18}$',
      deductionCapFen: 240_000,
      rateTable: { kind: 'age-gender-annual' },
    });
    const version = await getProductVersion(t.ctx, p.versionId);
    expect(version).toMatchObject({ line: 'TAX_HEALTH', versionStatus: 'pending' });
    expect(version!.version.content.rateTable.kind).toBe('age-gender-annual');
    const names = await findProductNames(t.ctx.db, [p.productId, p.productId, crypto.randomUUID()]);
    expect([...names.values()]).toEqual([expect.stringMatching(/^测试税优健康险/)]);
  });

  it('a pending version whose stored content its line now refuses is not approved, nothing changed', async () => {
    const p = await submit(t, cast.asA);
    const [row] = await t.ctx.db
      .select({ content: productVersions.content })
      .from(productVersions)
      .where(eq(productVersions.id, p.versionId));
    const { taxCodeFormat: _left, ...broken } = row!.content;
    await t.ctx.db
      .update(productVersions)
      .set({ content: broken })
      .where(eq(productVersions.id, p.versionId));
    await unchanged(async () => {
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/product-listings/${p.versionId}/approve`,
        as: cast.asAdmin,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toBe('产品版本内容不符合险种要求：请填写税优识别码格式（taxCodeFormat）');
    });
  });
});

describe('products: the content rules do not depend on the tax-health line', () => {
  // A line as the travel issue will declare it: its own part, priced per person by day band.
  const travelLike = defineLine({
    ...exchangeLine,
    code: 'TRAVEL',
    rating: 'person-day',
    productContent: z.object({
      group: z.enum(['domestic', 'overseas'], { error: '请选择境内或境外（group）' }),
    }),
  });
  const common = {
    summary: '境内旅游意外险',
    brochure: '保障旅行期间的意外伤害。',
    insurerSite: 'https://insurer.example.com',
    hotline: '95500',
    sumInsuredFen: 50_000_000,
    channels: { platform: true, mobile: false, insurerUrl: null },
  };
  const days = {
    kind: 'person-day',
    bands: [
      { minDays: 1, maxDays: 3, premiumPerPersonFen: 500 },
      { minDays: 4, maxDays: 7, premiumPerPersonFen: 900 },
    ],
  };

  it('common part + the line’s own part, with the line’s rating kind', () => {
    const ok = validateProductContent(travelLike, { ...common, rateTable: days, group: 'domestic' });
    expect(ok).toEqual({
      ok: true,
      content: { ...common, rateTable: days, questionnaire: [], group: 'domestic' },
    });
    // Without a kind the table is read as the line's kind.
    const { kind: _kind, ...untagged } = days;
    const inferred = validateProductContent(travelLike, {
      ...common,
      rateTable: untagged,
      group: 'overseas',
    });
    expect(inferred.ok && inferred.content.rateTable).toEqual(days);
  });

  it('the line part and the common part each report their problems', () => {
    const result = validateProductContent(travelLike, {
      ...common,
      hotline: '',
      rateTable: { ...days, bands: [{ minDays: 5, maxDays: 1, premiumPerPersonFen: 500 }] },
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toContainEqual({ field: 'hotline', message: '请填写客服电话' });
    expect(issues).toContainEqual({ field: 'rateTable', message: '天数费率表第 1 行：天数范围不正确' });
    expect(issues).toContainEqual({ field: 'group', message: '请选择境内或境外（group）' });
    // The tax-health line's fields are no part of another line's product.
    const taxHealth = validateProductContent(exchangeLine, { ...common, rateTable: days });
    expect(taxHealth.ok ? [] : taxHealth.issues).toContainEqual({
      field: 'rateTable.kind',
      message: '该险种的费率表应为“按年龄、性别的年缴保费”',
    });
  });
});
