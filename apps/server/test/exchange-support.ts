import crypto from 'node:crypto';
import { creditCodeCheckChar } from '@policyhub/domain';
import { eq, sql } from 'drizzle-orm';
import { organizations, products, productVersions, rosterPeople, rosters } from '../src/tables.js';
import { createOrg, createUser, seedBasics, sessionFor, type TestApp } from './helpers.js';
import { multipart, residentId, workbook } from './imports-support.js';

/** Test helpers of the exchange (enterprise side) suites. */

export const ROSTER_HEADER = [
  '姓名*',
  '证件类型*',
  '证件号码*',
  '性别',
  '出生日期',
  '手机号*',
  '医保类型',
  '医保所在城市',
  '有无补充医疗',
  '既往症声明',
  '连续纳税满一年',
  '缴费频率',
];

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32),
]);

/** A credit code with a correct check character. */
export const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);
const LICENCE = creditCode('91110108MA01ABCD2');

export const COMPANY = {
  name: '北京测试科技有限公司',
  licenceNo: LICENCE,
  taxNo: LICENCE,
  orgCode: '',
  size: '50-299人',
  industry: '信息技术',
  contactName: '王经理',
  contactPhone: '13800138000',
  address: '北京市海淀区中关村大街 1 号',
  email: 'hr@example.com',
} as const;

/** Inserts a listed, published tax-health product of an insurer (rows of modules/exchange-products). */
export async function insertProduct(
  t: Pick<TestApp, 'ctx'>,
  insurerOrgId: string,
  name = '税优健康险测试产品',
) {
  const productId = crypto.randomUUID();
  const versionId = crypto.randomUUID();
  await t.ctx.db.insert(products).values({
    id: productId,
    code: `P${crypto.randomBytes(4).toString('hex')}`,
    insurerOrgId,
    name,
    line: 'TAX_HEALTH',
    status: 'listed',
    published: true,
    currentVersionId: versionId,
  });
  await t.ctx.db.insert(productVersions).values({
    id: versionId,
    productId,
    version: 1,
    status: 'approved',
    content: {
      summary: '测试',
      brochure: '测试产品介绍',
      insurerSite: 'https://insurer.example.com',
      hotline: '95500',
      sumInsuredFen: 20_000_000,
      deductionCapFen: 240_000,
      channels: { platform: true, mobile: true, insurerUrl: null },
      rateTable: { bands: [{ minAge: 16, maxAge: 65, gender: 'M', annualPremiumFen: 240_000 }] },
      questionnaire: [],
      taxCodeFormat: '^[A-Z0-9]{20}$',
    },
    approvedAt: new Date(),
  });
  return { productId, versionId };
}

/** Platform + admin, an insurer with a case mailbox, two enterprises with operators, a product. */
export async function seedExchange(t: TestApp) {
  const basics = await seedBasics(t);
  const insurer = await createOrg(t, { type: 'insurer', parentId: basics.platform.id, name: '测试人寿' });
  await t.ctx.db
    .update(organizations)
    .set({ contactEmail: 'cases@insurer.example.com' })
    .where(eq(organizations.id, insurer.id));
  const enterprise = await createOrg(t, { type: 'enterprise', parentId: basics.platform.id });
  await t.ctx.db
    .update(organizations)
    .set({ contactEmail: 'operator@enterprise.example.com' })
    .where(eq(organizations.id, enterprise.id));
  const other = await createOrg(t, { type: 'enterprise', parentId: basics.platform.id });
  const operator = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
  const otherOperator = await createUser(t, { role: 'enterprise_operator', orgId: other.id });
  const insurerStaff = await createUser(t, { role: 'insurer_staff', orgId: insurer.id });
  const individual = await createUser(t, { role: 'individual' });
  const product = await insertProduct(t, insurer.id);
  return {
    ...basics,
    insurer,
    enterprise,
    other,
    operator,
    otherOperator,
    insurerStaff,
    individual,
    product,
    asAdmin: await sessionFor(t, basics.admin),
    asOperator: await sessionFor(t, operator),
    asOther: await sessionFor(t, otherOperator),
    asInsurer: await sessionFor(t, insurerStaff),
    asIndividual: await sessionFor(t, individual),
  };
}

export type ExchangeSeed = Awaited<ReturnType<typeof seedExchange>>;

/** A roster workbook of `n` employees (valid resident IDs, distinct mobiles). */
export async function rosterWorkbook(n: number, options: { start?: number; ids?: string[] } = {}) {
  const start = options.start ?? 0;
  const rows: unknown[][] = [ROSTER_HEADER];
  for (let i = 0; i < n; i++) {
    const k = start + i;
    const id =
      options.ids?.[i] ?? residentId(`19${70 + (k % 30)}0${1 + (k % 9)}1${k % 10}`, 1 + ((k * 2) % 998));
    rows.push([
      `员工${k}`,
      '身份证',
      id,
      '',
      '',
      `137${String(10_000_000 + k).slice(-8)}`,
      '城镇职工医保',
      '北京市',
      '无',
      '无',
      '是',
      '年缴',
    ]);
  }
  return workbook(rows, { textColumns: [3, 6] });
}

/** Uploads a file as multipart to a URL. */
export function postFile(
  t: TestApp,
  as: Record<string, string>,
  url: string,
  filename: string,
  data: Buffer,
) {
  const body = multipart(filename, data);
  return t.request({ method: 'POST', url, payload: body.payload, headers: body.headers, as });
}

/** A draft order with company info, three scans and a roster of `n`, ready to submit. */
export async function readyOrder(t: TestApp, s: ExchangeSeed, n = 3, roster?: Buffer) {
  const created = await t.request({
    method: 'POST',
    url: '/api/enterprise/orders',
    payload: { productId: s.product.productId },
    as: s.asOperator,
  });
  if (created.statusCode !== 200) throw new Error(created.body);
  const orderId = created.json().id as string;
  const put = await t.request({
    method: 'PUT',
    url: `/api/enterprise/orders/${orderId}`,
    payload: COMPANY,
    as: s.asOperator,
  });
  if (put.statusCode !== 200) throw new Error(put.body);
  for (const kind of ['licence', 'orgCode', 'taxCert'])
    await postFile(t, s.asOperator, `/api/enterprise/orders/${orderId}/scans/${kind}`, `${kind}.pdf`, PDF);
  await uploadRoster(t, s, orderId, roster ?? (await rosterWorkbook(n)));
  return orderId;
}

/** Validates and executes a roster upload, waiting for the import job. */
export async function uploadRoster(t: TestApp, s: ExchangeSeed, orderId: string, data: Buffer) {
  const res = await postFile(
    t,
    s.asOperator,
    `/api/imports?template=exchange_roster&orderId=${orderId}`,
    'roster.xlsx',
    data,
  );
  if (res.statusCode !== 200) throw new Error(res.body);
  const imp = res.json();
  if (imp.status !== 'validated') return imp;
  const exec = await t.request({ method: 'POST', url: `/api/imports/${imp.id}/execute`, as: s.asOperator });
  if (exec.statusCode !== 200) throw new Error(exec.body);
  const done = await t.ctx.jobs.waitFor(exec.json().taskId, 60_000);
  if (done.status !== 'succeeded') throw new Error(`import failed: ${done.error}`);
  return imp;
}

/** The people of an order's roster (modules/rosters, subject 'exchange_order'), as a WHERE condition. */
export const ofOrder = (orderId: string) =>
  sql`${rosterPeople.rosterId} = (select id from ${rosters} where subject_type = 'exchange_order' and subject_id = ${orderId})`;

/** Writes an order's roster directly (for tests that build orders without the Excel upload). */
export async function insertOrderRoster(
  t: Pick<TestApp, 'ctx'>,
  order: { id: string; enterpriseOrgId: string; status?: string },
  people: Omit<typeof rosterPeople.$inferInsert, 'rosterId' | 'importId'>[],
) {
  const importId = crypto.randomUUID();
  const [roster] = await t.ctx.db
    .insert(rosters)
    .values({
      subjectType: 'exchange_order',
      subjectId: order.id,
      orgId: order.enterpriseOrgId,
      template: 'exchange_roster',
      status: order.status === 'draft' ? 'draft' : 'confirmed',
      importId,
      peopleCount: people.length,
    })
    .returning({ id: rosters.id });
  await t.ctx.db.insert(rosterPeople).values(people.map((p) => ({ ...p, rosterId: roster!.id, importId })));
  return roster!.id;
}

/** Counts of rows per table. */
export async function tableCounts(t: Pick<TestApp, 'ctx'>, tables: string[]) {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const r = await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    out[table] = (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }
  return out;
}

export const EXCHANGE_STATE = [
  'exchange_registrations',
  'exchange_orders',
  'exchange_order_events',
  'rosters',
  'roster_people',
  'exchange_invitations',
  'users',
  'organizations',
  'outbox',
  'files',
];
