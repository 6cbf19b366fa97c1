import { eq, sql } from 'drizzle-orm';
import {
  addDays,
  beijingDate,
  beijingMidnight,
  birthAndGenderOf,
  residentIdCheckChar,
} from '@policyhub/domain';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import { policies, users } from '../tables.js';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';
import type { Org } from '../modules/organizations/index.js';
import {
  cancelPolicy,
  createPolicy,
  ORG_ID_TYPE,
  type CreatePolicyInput,
  type NewInsured,
} from '../modules/policies/index.js';
import { issuePolicyDocument } from '../workflows/issue-policy.js';
import { endorsePolicy } from '../workflows/endorse-policy.js';

/** Beijing midnight `days` from today, as an instant. */
function midnightInDays(now: Date, days: number): Date {
  return beijingMidnight(addDays(beijingDate(now), days));
}

/** A fictional but valid resident ID (GB 11643 check character). */
function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function person(
  name: string,
  first17: string,
  gender: 'M' | 'F',
  extra: Record<string, unknown> = {},
): NewInsured {
  return {
    name,
    idType: 'resident_id',
    idNumber: residentId(first17),
    gender,
    birthDate: birthAndGenderOf(first17).birthDate,
    extra,
  };
}

type DemoPolicy = {
  key: string;
  build(orgs: Map<string, Org>, now: Date, employeeId: string | null): CreatePolicyInput | null;
  after?: 'endorse' | 'cancel';
};

/** One policy per line of business (SPEC §3–§6), each with its signed e-policy. */
const DEMO_POLICIES: DemoPolicy[] = [
  {
    key: 'tax-health',
    build: (orgs, now) => {
      const start = midnightInDays(now, -30);
      return {
        line: 'TAX_HEALTH',
        productCode: 'TH-GROUP-2025',
        productName: '泰和税优健康保险（团体版）',
        insurerOrgId: orgs.get('taihe')!.id,
        orgId: orgs.get('xingchen')!.id,
        holder: { name: '北京星辰科技有限公司', idType: ORG_ID_TYPE, idNumber: '91110108MA01ABCD5T' },
        sumInsuredFen: 3 * 20_000_000,
        premiumFen: 3 * 240_000,
        startsAt: start,
        endsAt: new Date(midnightInDays(start, 365).getTime() - 1000),
        details: {
          coverages: [
            {
              name: '住院医疗费用',
              sumInsuredFen: 20_000_000,
              premiumFen: 180_000,
              description: '每人年度限额',
            },
            { name: '门诊特定疾病费用', sumInsuredFen: 5_000_000, premiumFen: 60_000 },
          ],
          specialAgreements: [
            '本保单为税优健康险，保费可按规定在个人所得税税前扣除（每年不超过 2,400 元）。',
          ],
          insuredSubject: [{ label: '投保单位', value: '北京星辰科技有限公司' }],
        },
        insured: [
          person('张晓燕', '11010819880612004', 'F', {
            plan: '计划一',
            sumInsuredFen: 20_000_000,
            premiumFen: 240_000,
          }),
          person('王磊', '11010819850203003', 'M', {
            plan: '计划一',
            sumInsuredFen: 20_000_000,
            premiumFen: 240_000,
          }),
          person('李娜', '11010519920918002', 'F', {
            plan: '计划一',
            sumInsuredFen: 20_000_000,
            premiumFen: 240_000,
          }),
        ],
      };
    },
  },
  {
    key: 'mutual-aid',
    after: 'endorse',
    build: (orgs, now) => {
      const start = midnightInDays(now, -60);
      return {
        line: 'MUTUAL_AID',
        productCode: 'MA-HOSP-2025',
        productName: '职工住院医疗互助保障',
        insurerOrgId: orgs.get('huaan')!.id,
        orgId: orgs.get('zgcUnion')!.id,
        holder: { name: '中关村软件园基层工会', idType: ORG_ID_TYPE, idNumber: '81110108500033335H' },
        sumInsuredFen: 2 * 1_000_000,
        premiumFen: 2 * 5_000,
        startsAt: start,
        endsAt: new Date(midnightInDays(start, 365).getTime() - 1000),
        insured: [
          person('赵磊', '11010819870305001', 'M', { plan: '住院保障', premiumFen: 5_000 }),
          person('孙丽', '11010819900721002', 'F', { plan: '住院保障', premiumFen: 5_000 }),
        ],
      };
    },
  },
  {
    key: 'travel',
    after: 'cancel',
    build: (orgs, now) => {
      const start = midnightInDays(now, 10);
      return {
        line: 'TRAVEL',
        productCode: 'TR-GROUP-DOM',
        productName: '旅行社组团旅游意外伤害保险（境内）',
        insurerOrgId: orgs.get('huaan')!.id,
        orgId: orgs.get('changyou')!.id,
        holder: { name: '北京畅游国际旅行社有限公司', idType: ORG_ID_TYPE, idNumber: '91110108MA02XCTX6T' },
        sumInsuredFen: 3 * 30_000_000,
        premiumFen: 3 * 3_000,
        startsAt: start,
        endsAt: new Date(midnightInDays(start, 6).getTime() - 1000),
        details: {
          insuredSubject: [
            { label: '旅游团号', value: 'CY-YN-DEMO-01' },
            { label: '行程', value: '北京—昆明—大理—丽江' },
            { label: '行程天数', value: '6 天' },
          ],
        },
        insured: [
          person('周伟', '11010819750101005', 'M'),
          person('吴婷', '11010819950505006', 'F'),
          person('郑浩', '11010819800808007', 'M'),
        ],
      };
    },
  },
  {
    key: 'motor',
    build: (orgs, now, employeeId) => {
      const start = midnightInDays(now, -1);
      return {
        line: 'MOTOR',
        productCode: 'MO-CTP',
        productName: '机动车交通事故责任强制保险',
        insurerOrgId: orgs.get('huaan')!.id,
        orgId: null,
        holderUserId: employeeId,
        holder: { name: '刘洋', idType: 'resident_id', idNumber: '110108199003071238' },
        sumInsuredFen: 20_000_000,
        premiumFen: 95_000,
        startsAt: start,
        endsAt: new Date(midnightInDays(start, 365).getTime() - 1000),
        details: {
          insuredSubject: [
            { label: '号牌号码', value: '京A·D12345' },
            { label: '车辆识别代号', value: 'LSVAU2180N2183294' },
            { label: '厂牌型号', value: '比亚迪 秦PLUS DM-i' },
            { label: '使用性质', value: '家庭自用' },
          ],
          coverages: [
            { name: '死亡伤残赔偿限额', sumInsured: '180,000 元' },
            { name: '医疗费用赔偿限额', sumInsured: '18,000 元' },
            { name: '财产损失赔偿限额', sumInsured: '2,000 元', premiumFen: 95_000 },
          ],
          vehicleTax: [
            { label: '纳税人识别号', value: '110108********1238' },
            { label: '当年应缴', value: '¥360.00' },
          ],
        },
        insured: [person('刘洋', '11010819900307123', 'M')],
      };
    },
  },
];

async function demoPolicyExists(executor: Executor, key: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: policies.id })
    .from(policies)
    .where(sql`${policies.details}->>'demoKey' = ${key}`)
    .limit(1);
  return !!row;
}

/**
 * Demo policies with signed documents (issue 3, ED-3): one per line of business, one endorsed
 * (with its 批单), one cancelled, the motor one held by the demo individual `employee` so 我的保单
 * shows it. Idempotent: a policy is found again by its demo key. Runs inside seedDemo's
 * transaction, after the organizations and accounts exist.
 */
export async function seedDemoDocuments(
  ctx: AppContext,
  executor: Executor,
  orgs: Map<string, Org>,
): Promise<{ created: number }> {
  let created = 0;
  const [employee] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'employee'));
  const now = ctx.now();
  for (const demo of DEMO_POLICIES) {
    if (await demoPolicyExists(executor, demo.key)) continue;
    const input = demo.build(orgs, now, employee?.id ?? null);
    if (!input) continue;
    const policy = await createPolicy(ctx, executor, SYSTEM_ACTOR, {
      ...input,
      details: { ...input.details, demoKey: demo.key },
    });
    await issuePolicyDocument(ctx, executor, SYSTEM_ACTOR, policy);
    if (demo.after === 'endorse') {
      await endorsePolicy(
        ctx,
        SYSTEM_ACTOR,
        {
          policyId: policy.id,
          kind: 'add_insured',
          description: '应投保人申请，自批改生效日起增加被保险人一名，保险费按日计收。',
          changes: [{ item: '被保险人人数', before: 2, after: 3 }],
          effectiveAt: midnightInDays(now, 1),
          insuredAdded: [person('钱进', '11010819930412009', 'M', { plan: '住院保障', premiumFen: 5_000 })],
          patch: { premiumFen: policy.premiumFen + 5_000, sumInsuredFen: policy.sumInsuredFen + 1_000_000 },
          premiumChangeFen: 5_000,
        },
        executor,
      );
    }
    if (demo.after === 'cancel')
      await cancelPolicy(ctx, executor, SYSTEM_ACTOR, {
        policyId: policy.id,
        reason: '旅游团因故取消，投保人申请撤单',
      });
    created++;
  }
  if (created) ctx.log.info(`演示保单已签发：${created} 份（可在「电子保单验真」上传验证）`);
  return { created };
}
