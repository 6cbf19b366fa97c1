import { and, eq, like } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import { disclosures, products, productVersions } from '../tables.js';
import type { Org } from '../modules/organizations/index.js';
import { TAX_HEALTH_DEDUCTION_CAP_FEN as DEDUCTION_CAP_FEN } from '@policyhub/domain';
import { parseProductContent, simplePdf } from '../modules/products/index.js';
import { connectSimulatedInsurer } from '../modules/insurer-gateway/index.js';
import { exchangeLine } from '../lines/exchange/index.js';
import type { ExchangeProductContentInput as ProductContent } from '../lines/exchange/product-content.js';

type DemoProduct = {
  code: string;
  insurer: 'huaan' | 'taihe';
  name: string;
  content: ProductContent;
  clauses: string[];
};

/** Rate table by age band and gender (annual premium in fen), from a base premium. */
function rates(base: number): ProductContent['rateTable'] {
  const bands: [number, number, number][] = [
    [16, 30, 1],
    [31, 40, 1.3],
    [41, 50, 1.8],
    [51, 60, 2.6],
    [61, 65, 3.4],
  ];
  return {
    bands: bands.flatMap(([minAge, maxAge, f]) => [
      { minAge, maxAge, gender: 'M' as const, annualPremiumFen: Math.round((base * f) / 100) * 100 },
      { minAge, maxAge, gender: 'F' as const, annualPremiumFen: Math.round((base * f * 0.92) / 100) * 100 },
    ]),
  };
}

const QUESTIONNAIRE: NonNullable<ProductContent['questionnaire']> = [
  { id: 'hospital', text: '过去两年内是否曾住院治疗或被建议住院？', manualIfYes: true, declineIfYes: false },
  { id: 'cancer', text: '是否曾患有或正在患有恶性肿瘤（癌症）？', manualIfYes: false, declineIfYes: true },
  {
    id: 'chronic',
    text: '是否患有高血压、糖尿病等需长期服药的慢性病？',
    manualIfYes: true,
    declineIfYes: false,
  },
];

const CLAUSES = (name: string) => [
  `第一条 合同构成：本保险合同由保险条款、投保单、保险单、批单及其他约定书面协议构成。本产品为${name}。`,
  '第二条 投保范围：凡年满 16 周岁、不超过 65 周岁，依法缴纳个人所得税的职工，可作为被保险人。',
  '第三条 保险责任：被保险人在保险期间内因意外伤害或疾病住院治疗，保险人对其发生的合理且必要的医疗费用，扣除基本医疗保险已支付部分后，按约定比例给付医疗保险金。',
  `第四条 税收优惠：本产品保费可按规定在个人所得税前扣除，扣除限额为每年 ${DEDUCTION_CAP_FEN / 100} 元（每月 200 元）。`,
  '第五条 保证续保：被保险人在续保时不因健康状况变化而被拒绝续保或调整个人费率。',
  '第六条 责任免除：投保前已患疾病在个人账户中另有约定的除外；故意自伤、犯罪行为等导致的费用，保险人不承担给付责任。',
  '第七条 争议处理：因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁或依法向人民法院起诉。',
];

const DEMO_PRODUCTS: DemoProduct[] = [
  {
    code: 'HA-TAX-HEALTH-A',
    insurer: 'huaan',
    name: '华安个人税收优惠型健康保险（万能型）A款',
    clauses: CLAUSES('华安个人税收优惠型健康保险（万能型）A款'),
    content: {
      summary: '住院医疗费用保障 + 个人账户积累，保证续保，保费税前扣除',
      brochure:
        '## 产品亮点\n- 年度保险金额 20 万元，住院医疗费用按 90% 给付\n- 既往症可保，保证续保\n- 保费可在个人所得税前扣除，每年最多 2,400 元\n\n## 适合人群\n16–65 周岁、依法缴纳个人所得税的在职职工。',
      insurerSite: 'https://www.huaan-insurance.example.cn',
      hotline: '95556',
      sumInsuredFen: 20_000_000,
      deductionCapFen: DEDUCTION_CAP_FEN,
      channels: {
        platform: true,
        mobile: true,
        insurerUrl: 'https://www.huaan-insurance.example.cn/tax-health/apply',
      },
      rateTable: rates(120_000),
      questionnaire: QUESTIONNAIRE,
      taxCodeFormat: '^TY[0-9]{18}$',
    },
  },
  {
    code: 'HA-TAX-HEALTH-B',
    insurer: 'huaan',
    name: '华安个人税收优惠型健康保险（万能型）B款',
    clauses: CLAUSES('华安个人税收优惠型健康保险（万能型）B款'),
    content: {
      summary: '高保额住院与特定门诊保障，保证续保，保费税前扣除',
      brochure:
        '## 产品亮点\n- 年度保险金额 30 万元，含特定门诊（恶性肿瘤门诊治疗等）\n- 保证续保，不因理赔调整个人费率\n- 保费税前扣除限额 2,400 元/年',
      insurerSite: 'https://www.huaan-insurance.example.cn',
      hotline: '95556',
      sumInsuredFen: 30_000_000,
      deductionCapFen: DEDUCTION_CAP_FEN,
      channels: { platform: true, mobile: true, insurerUrl: null },
      rateTable: rates(160_000),
      questionnaire: QUESTIONNAIRE,
      taxCodeFormat: '^TY[0-9]{18}$',
    },
  },
  {
    code: 'TH-TAX-HEALTH',
    insurer: 'taihe',
    name: '泰和个人税收优惠型健康保险',
    clauses: CLAUSES('泰和个人税收优惠型健康保险'),
    content: {
      summary: '终身可续保的税优健康险，住院医疗费用与个人账户双重保障',
      brochure:
        '## 产品亮点\n- 年度保险金额 25 万元\n- 个人账户保证最低结算利率 2.5%\n- 保费税前扣除限额 2,400 元/年\n\n投保请通过单位统一办理，或拨打客服热线咨询。',
      insurerSite: 'https://www.taihe-life.example.cn',
      hotline: '95567',
      sumInsuredFen: 25_000_000,
      deductionCapFen: DEDUCTION_CAP_FEN,
      channels: { platform: true, mobile: false, insurerUrl: 'https://www.taihe-life.example.cn/apply' },
      rateTable: rates(140_000),
      questionnaire: QUESTIONNAIRE.slice(0, 2),
      taxCodeFormat: '^[A-Z0-9]{20}$',
    },
  },
];

/** The text of the demo products' 《自动扣款授权协议》 (what an employee consents to when applying). */
function debitAgreementText(productName: string, insurerName: string): string[] {
  return [
    `产品名称：${productName}`,
    `保险人：${insurerName}`,
    '一、授权内容：投保人（持卡人）授权保险人在保险合同有效期内，按保险合同约定的保险费金额与缴费频率，从投保人在投保时指定的本人银行借记卡账户中自动扣缴保险费（含续期保险费）。',
    `二、扣款金额：每期扣款金额以保险合同约定为准；年度保险费不超过个人所得税税前扣除限额（每年 ${DEDUCTION_CAP_FEN / 100} 元）的部分可按规定在税前扣除。`,
    '三、账户余额：投保人应保证扣款日账户内余额充足；因余额不足、账户冻结或注销等导致扣款失败的，保险人将以短信通知投保人，逾期未缴费的按保险合同约定处理。',
    '四、变更与终止：投保人可通过保险人客服热线或官方网站变更扣款账户或终止本授权；终止授权不影响已扣缴保险费对应的保险责任。',
    '五、信息保护：保险人及平台仅为扣缴保险费之目的使用银行卡信息，银行卡号加密保存、默认脱敏显示。',
    '六、本协议自投保人勾选同意并提交投保申请之日起生效，至保险合同终止时终止。',
  ];
}

export const DEMO_DEBIT_AGREEMENT_TITLE = '《自动扣款授权协议》';

/** Adds a product's 《自动扣款授权协议》 disclosure unless it has one (idempotent by title). */
async function seedDebitAgreement(
  ctx: AppContext,
  executor: Executor,
  productId: string,
  productName: string,
  insurerName: string,
): Promise<void> {
  const [has] = await executor
    .select({ id: disclosures.id })
    .from(disclosures)
    .where(and(eq(disclosures.productId, productId), like(disclosures.title, '%自动扣款授权协议%')))
    .limit(1);
  if (has) return;
  const file = await ctx.files.saveGenerated(executor, {
    data: simplePdf(`${productName} 自动扣款授权协议`, debitAgreementText(productName, insurerName)),
    originalName: `${productName}-自动扣款授权协议.pdf`,
    mime: 'application/pdf',
    purpose: 'disclosure',
    ownerUserId: null,
    ownerOrgId: null,
  });
  await executor.insert(disclosures).values({
    productId,
    title: `${productName}${DEMO_DEBIT_AGREEMENT_TITLE}`,
    fileId: file.id,
    publishedAt: ctx.now(),
  });
}

/**
 * Demo showcase (EX-1/EX-2): three listed and published tax-advantaged health products of 华安
 * and 泰和, each with a clauses PDF, rate table, questionnaire and a dated disclosure; 华安 is
 * connected to the built-in insurer simulator (API key with webhooks) when it is enabled, 泰和
 * is not (its cases go by e-mail). Idempotent by product code; runs in seedDemo's transaction.
 */
export async function seedDemoExchangeProducts(
  ctx: AppContext,
  executor: Executor,
  orgs: Map<string, Org>,
): Promise<{ created: number }> {
  let created = 0;
  const now = ctx.now();
  for (const demo of DEMO_PRODUCTS) {
    const insurer = orgs.get(demo.insurer);
    if (!insurer) continue;
    const [existing] = await executor
      .select({ id: products.id })
      .from(products)
      .where(eq(products.code, demo.code));
    if (existing) {
      // Demo data seeded before the agreement existed gets it on the next start.
      await seedDebitAgreement(ctx, executor, existing.id, demo.name, insurer.name);
      continue;
    }
    const content = parseProductContent(exchangeLine, demo.content);
    const clauses = await ctx.files.saveGenerated(executor, {
      data: simplePdf(`${demo.name} 保险条款`, demo.clauses),
      originalName: `${demo.name}-条款.pdf`,
      mime: 'application/pdf',
      purpose: 'product_clauses',
      ownerUserId: null,
      ownerOrgId: insurer.id,
    });
    const [product] = await executor
      .insert(products)
      .values({
        code: demo.code,
        name: demo.name,
        line: exchangeLine.code,
        insurerOrgId: insurer.id,
        status: 'listed',
        published: true,
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
      data: simplePdf(`${demo.name} 信息披露`, [
        `产品名称：${demo.name}`,
        `保险公司：${insurer.name}`,
        '本产品经监管备案，条款与费率以备案内容为准。上一年度赔付率、个人账户结算利率等信息按季度披露。',
        '客户服务与投诉渠道：请拨打保险公司客服热线，或登录保险公司官方网站。',
      ]),
      originalName: `${demo.name}-信息披露.pdf`,
      mime: 'application/pdf',
      purpose: 'disclosure',
      ownerUserId: null,
      ownerOrgId: null,
    });
    await executor.insert(disclosures).values({
      productId: product!.id,
      title: `${demo.name} 年度信息披露报告`,
      fileId: disclosure.id,
      publishedAt: now,
    });
    await seedDebitAgreement(ctx, executor, product!.id, demo.name, insurer.name);
    created++;
  }
  const huaan = orgs.get('huaan');
  if (huaan && ctx.config.insurerSimulator.enabled) await connectSimulatedInsurer(ctx, executor, huaan.id);
  return { created };
}
