import { eq } from 'drizzle-orm';
import { birthAndGenderOf, maskIdNumber, maskMobile, residentIdCheckChar } from '@policyhub/domain';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import { disclosures, products, productVersions, unionMembers } from '../tables.js';
import type { Org } from '../modules/organizations/index.js';
import { parseProductContent, simplePdf } from '../modules/products/index.js';
import { unionLine } from '../lines/union/index.js';
import { ensureUnit, nextMemberNos } from '../lines/union/units.js';
import type { UnionPlanContent } from '../lines/union/product-content.js';

type PlanInput = Omit<Partial<UnionPlanContent>, 'rateTable' | 'channels'> & {
  rateTable: { kind: 'per-copy'; premiumPerCopyFen: number; maxCopies: number };
};

type DemoPlan = { code: string; name: string; content: PlanInput; clauses: string[] };

const COMMON = {
  insurerSite: 'https://www.zgzhbx.example.cn',
  hotline: '010-65120000',
  channels: { platform: true, mobile: false, insurerUrl: null },
  questionnaire: [],
};

/** The demo plans of DOMAIN §8 (Beijing): premiums and benefits as found; maxima are demo values. */
export const DEMO_UNION_PLANS: DemoPlan[] = [
  {
    code: 'ZH-ZZ-ZYJT',
    name: '在职职工住院津贴互助保障',
    content: {
      ...COMMON,
      summary: '在职职工因病或意外住院，自住院第 4 天起按日给付住院津贴。',
      brochure:
        '每份 60 元/年；住院第 4 天起每天 40 元，累计最高 7,200 元。女职工小于 55 周岁、男职工小于 60 周岁，通过所在单位工会参加。',
      sumInsuredFen: 720_000,
      rateTable: { kind: 'per-copy', premiumPerCopyFen: 6_000, maxCopies: 3 },
      coverMonths: 12,
      waitingDays: 90,
      renewalGraceDays: 30,
      benefits: ['住院第 4 天起每天给付 40 元/份', '每份累计最高给付 7,200 元'],
    },
    clauses: [
      '第一条 参加对象：本单位在职职工，女性大于 16 周岁小于 55 周岁，男性大于 16 周岁小于 60 周岁。',
      '第二条 保障责任：住院第 4 天起每天给付住院津贴 40 元/份。',
      '第三条 等待期：首次参加自生效之日起 90 日为等待期；期满 30 日内续转的不再设等待期。',
    ],
  },
  {
    code: 'ZH-NZG-TJ',
    name: '女职工特殊疾病互助保障',
    content: {
      ...COMMON,
      summary: '女职工确诊 12 种特殊疾病，按份给付互助金。',
      brochure: '每份 25 元/年，每份最高给付 15,000 元，保障 12 种女性特殊疾病。',
      sumInsuredFen: 1_500_000,
      rateTable: { kind: 'per-copy', premiumPerCopyFen: 2_500, maxCopies: 4 },
      eligibleSexes: ['F'],
      coverMonths: 12,
      waitingDays: 90,
      benefits: ['确诊合同约定的 12 种女性特殊疾病，每份给付 15,000 元'],
    },
    clauses: [
      '第一条 参加对象：本单位在职女职工，大于 16 周岁小于 55 周岁。',
      '第二条 保障责任：确诊合同约定的 12 种特殊疾病之一的，每份给付 15,000 元。',
    ],
  },
  {
    code: 'ZH-ZDJB',
    name: '职工重大疾病互助保障',
    content: {
      ...COMMON,
      summary: '职工确诊合同约定的重大疾病，按份给付互助金。',
      brochure: '每份 36 元/年（演示费率），每份最高给付 20,000 元。',
      sumInsuredFen: 2_000_000,
      rateTable: { kind: 'per-copy', premiumPerCopyFen: 3_600, maxCopies: 2 },
      coverMonths: 12,
      waitingDays: 180,
      benefits: ['确诊合同约定的重大疾病，每份给付 20,000 元'],
    },
    clauses: [
      '第一条 参加对象：本单位在职职工。',
      '第二条 保障责任：确诊合同约定的重大疾病，每份给付 20,000 元。',
    ],
  },
];

/** 单位编号 of the demo base units. */
export const DEMO_UNIT_NOS: Record<string, string> = { zgcUnion: '0108001', shangdiUnion: '0108002' };

function demoId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

/** Demo members: 财务确认 ones ready to insure, a 新建 one and one in the other unit. */
export const DEMO_MEMBERS: {
  unit: string;
  name: string;
  id: string;
  mobile: string;
  status: 'new' | 'confirmed';
}[] = [
  {
    unit: 'zgcUnion',
    name: '王芳',
    id: demoId('11010819850312002'),
    mobile: '13900139001',
    status: 'confirmed',
  },
  {
    unit: 'zgcUnion',
    name: '李强',
    id: demoId('11010819790607003'),
    mobile: '13900139002',
    status: 'confirmed',
  },
  {
    unit: 'zgcUnion',
    name: '张敏',
    id: demoId('11010819920915004'),
    mobile: '13900139003',
    status: 'confirmed',
  },
  { unit: 'zgcUnion', name: '陈晨', id: demoId('11010820000101005'), mobile: '13900139004', status: 'new' },
  {
    unit: 'shangdiUnion',
    name: '刘波',
    id: demoId('11010819880808007'),
    mobile: '13900139005',
    status: 'confirmed',
  },
];

/**
 * Demo union mutual aid (seed 001): the mutual-aid association as the insurer of three plans, the
 * two base units' 单位编号 and a few members. Idempotent by plan code and member ID number.
 */
export async function seedDemoUnion(
  ctx: AppContext,
  executor: Executor,
  orgs: Map<string, Org>,
): Promise<void> {
  const insurer = orgs.get('mutualAid');
  if (!insurer) return;
  const now = ctx.now();
  for (const [key, unitNo] of Object.entries(DEMO_UNIT_NOS)) {
    const org = orgs.get(key);
    if (org) await ensureUnit(executor, org.id, unitNo);
  }
  for (const plan of DEMO_UNION_PLANS) {
    const [existing] = await executor
      .select({ id: products.id })
      .from(products)
      .where(eq(products.code, plan.code));
    if (existing) continue;
    const content = parseProductContent(unionLine, plan.content);
    const clauses = await ctx.files.saveGenerated(executor, {
      data: simplePdf(`${plan.name} 条款`, plan.clauses),
      originalName: `${plan.name}-条款.pdf`,
      mime: 'application/pdf',
      purpose: 'product_clauses',
      ownerUserId: null,
      ownerOrgId: insurer.id,
    });
    const [product] = await executor
      .insert(products)
      .values({
        code: plan.code,
        name: plan.name,
        line: unionLine.code,
        insurerOrgId: insurer.id,
        status: 'listed',
        published: false,
      })
      .returning({ id: products.id });
    const [version] = await executor
      .insert(productVersions)
      .values({
        productId: product!.id,
        version: 1,
        status: 'approved',
        content,
        clausesFileId: clauses.id,
        approvedAt: now,
      })
      .returning({ id: productVersions.id });
    await executor
      .update(products)
      .set({ currentVersionId: version!.id })
      .where(eq(products.id, product!.id));
    const disclosure = await ctx.files.saveGenerated(executor, {
      data: simplePdf(`${plan.name} 保障说明`, [plan.content.brochure ?? plan.name]),
      originalName: `${plan.name}-保障说明.pdf`,
      mime: 'application/pdf',
      purpose: 'disclosure',
      ownerUserId: null,
      ownerOrgId: null,
    });
    await executor.insert(disclosures).values({
      productId: product!.id,
      title: `${plan.name} 保障说明`,
      fileId: disclosure.id,
      publishedAt: now,
    });
  }
  for (const member of DEMO_MEMBERS) {
    const unit = orgs.get(member.unit);
    if (!unit) continue;
    const idx = ctx.crypto.blindIndex(member.id);
    const [has] = await executor
      .select({ id: unionMembers.id })
      .from(unionMembers)
      .where(eq(unionMembers.idNumberIdx, idx));
    if (has) continue;
    const [memberNo] = await nextMemberNos(executor, unit.id);
    const { birthDate, gender } = birthAndGenderOf(member.id);
    await executor.insert(unionMembers).values({
      memberNo: memberNo!,
      unitOrgId: unit.id,
      name: member.name,
      idNumberEnc: ctx.crypto.encrypt(member.id),
      idNumberIdx: idx,
      idNumberMasked: maskIdNumber(member.id),
      gender,
      birthDate,
      mobileEnc: ctx.crypto.encrypt(member.mobile),
      mobileMasked: maskMobile(member.mobile),
      status: member.status,
      submittedAt: member.status === 'confirmed' ? now : null,
      confirmedAt: member.status === 'confirmed' ? now : null,
    });
  }
}
