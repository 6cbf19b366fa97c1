import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { validateResidentId } from '@policyhub/domain';
import { products, productVersions, unionMembers, unionUnits } from '../src/tables.js';
import { seedDemo } from '../src/seed/demo.js';
import { DEMO_MEMBERS } from '../src/seed/demo-union.js';
import { validateProductContent } from '../src/modules/products/content.js';
import { unionLine } from '../src/lines/union/index.js';
import { nextMemberNos } from '../src/lines/union/units.js';
import { createTestApp, type TestApp } from './helpers.js';

const PLAN = {
  summary: '测试计划',
  brochure: '测试计划介绍',
  insurerSite: 'https://example.cn',
  hotline: '010-12345678',
  sumInsuredFen: 720_000,
  channels: { platform: true, mobile: false, insurerUrl: null },
  rateTable: { kind: 'per-copy', premiumPerCopyFen: 6_000, maxCopies: 3 },
};

/** The union line's foundation: plan content, demo plans, units and members, member numbers. */
describe('union line foundation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a plan takes MA-3 defaults and refuses inconsistent ages, windows and rate kinds in Chinese', () => {
    const ok = validateProductContent(unionLine, PLAN);
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(ok.content).toMatchObject({
        coverMonths: 12,
        ageWindow: {
          F: { minAgeExclusive: 16, maxAgeExclusive: 55 },
          M: { minAgeExclusive: 16, maxAgeExclusive: 60 },
        },
        overAgeWithApprovalUpTo: 65,
        eligibleSexes: ['M', 'F'],
        enrollment: null,
      });
    const low = validateProductContent(unionLine, { ...PLAN, overAgeWithApprovalUpTo: 58 });
    expect(low).toMatchObject({
      ok: false,
      issues: [{ field: 'overAgeWithApprovalUpTo', message: '超龄参保上限不能低于年龄上限' }],
    });
    // Only the admitted sexes count: a women-only plan may allow over-age up to 58 (men's 60 does not apply).
    expect(
      validateProductContent(unionLine, { ...PLAN, eligibleSexes: ['F'], overAgeWithApprovalUpTo: 58 }).ok,
    ).toBe(true);
    expect(
      validateProductContent(unionLine, { ...PLAN, eligibleSexes: ['F'], overAgeWithApprovalUpTo: 54 }).ok,
    ).toBe(false);
    const window = validateProductContent(unionLine, {
      ...PLAN,
      enrollment: { opensOn: '2027-02-01', closesOn: '2027-01-01', uniformStartDate: '2027-03-01' },
    });
    expect(window.ok).toBe(false);
    if (!window.ok)
      expect(window.issues.map((i) => i.message)).toContain('投保开放期的开始日期应不晚于结束日期');
    const annual = validateProductContent(unionLine, {
      ...PLAN,
      rateTable: {
        kind: 'age-gender-annual',
        bands: [{ minAge: 0, maxAge: 99, gender: 'M', annualPremiumFen: 100 }],
      },
    });
    expect(annual.ok).toBe(false);
    if (!annual.ok) expect(annual.issues.map((i) => i.message)).toContain('该险种的费率表应为“按份数”');
  });

  it('seeds three listed per-copy plans, two numbered units and the members once, IDs encrypted', async () => {
    await seedDemo(t.ctx);
    const plans = await t.ctx.db
      .select({ code: products.code, status: products.status, content: productVersions.content })
      .from(products)
      .innerJoin(productVersions, eq(productVersions.id, products.currentVersionId))
      .where(eq(products.line, 'MUTUAL_AID'));
    expect(plans.map((p) => p.code).sort()).toEqual(['ZH-NZG-TJ', 'ZH-ZDJB', 'ZH-ZZ-ZYJT']);
    for (const plan of plans) {
      expect(plan.status).toBe('listed');
      expect((plan.content as { rateTable: { kind: string } }).rateTable.kind).toBe('per-copy');
    }
    expect(
      (plans.find((p) => p.code === 'ZH-NZG-TJ')!.content as { eligibleSexes: string[] }).eligibleSexes,
    ).toEqual(['F']);
    const units = await t.ctx.db.select().from(unionUnits);
    expect(units.map((u) => u.unitNo).sort()).toEqual(['0108001', '0108002']);
    const members = await t.ctx.db.select().from(unionMembers);
    expect(members).toHaveLength(DEMO_MEMBERS.length);
    for (const demo of DEMO_MEMBERS) {
      expect(validateResidentId(demo.id).ok, demo.id).toBe(true);
      const row = members.find((m) => m.name === demo.name)!;
      expect(row.idNumberEnc).not.toContain(demo.id.slice(6, 14));
      expect(t.ctx.crypto.decrypt(row.idNumberEnc)).toBe(demo.id);
      expect(row.idNumberMasked).toBe(`${demo.id.slice(0, 6)}********${demo.id.slice(14)}`);
      expect(row.status).toBe(demo.status);
    }
    expect(new Set(members.map((m) => m.memberNo)).size).toBe(members.length);
  });

  it('hands out member numbers once each, also to concurrent enrollments', async () => {
    const [unit] = await t.ctx.db.select().from(unionUnits).where(eq(unionUnits.unitNo, '0108002'));
    const batches = await Promise.all(
      [3, 1, 5].map((count) => t.ctx.db.transaction((tx) => nextMemberNos(tx, unit!.orgId, count))),
    );
    const all = batches.flat();
    expect(all).toHaveLength(9);
    expect(new Set(all).size).toBe(9);
    for (const no of all) expect(no).toMatch(/^0108002\d{6}$/);
    const [after] = await t.ctx.db
      .select({ seq: unionUnits.memberSeq })
      .from(unionUnits)
      .where(eq(unionUnits.orgId, unit!.orgId));
    expect(after!.seq).toBe(Number(all.sort().at(-1)!.slice(7)));
    await expect(
      t.ctx.db.transaction((tx) => nextMemberNos(tx, '00000000-0000-4000-8000-000000000000', 1)),
    ).rejects.toThrow('当前单位不是已登记的基层工会');
  });
});
