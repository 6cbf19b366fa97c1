import type { ApplicationStatus } from '@policyhub/domain';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { simplePdf } from '../src/modules/products/simple-pdf.js';
import { applications } from '../src/tables.js';
import { randomResidentId } from './documents-support.js';
import type { ExchangeProductContentInput as ProductContent } from '../src/lines/exchange/product-content.js';
import { createOrg, createUser, seedBasics, sessionFor, type Headers, type TestApp } from './helpers.js';

/** The exchange-products tables, counted to prove a refused call changed nothing. */
export const EXCHANGE_TABLES = [
  'products',
  'product_versions',
  'disclosures',
  'applications',
  'insurer_api_keys',
  'insurer_api_nonces',
  'idempotency_records',
  'webhook_deliveries',
  'policies',
  'documents',
  'files',
  'audit_log',
  'approval_requests',
  'approval_steps',
] as const;

export async function exchangeCounts(t: TestApp): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of EXCHANGE_TABLES) {
    const rows = await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    result[table] = Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
  }
  return result;
}

/** A multipart/form-data body with text fields and at most one file. */
export function form(fields: Record<string, string>, file?: { name: string; data: Buffer; field?: string }) {
  const boundary = `----ph${crypto.randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const CLAUSES_PDF = simplePdf('测试产品条款', ['第一条 测试条款内容。']);

export function productContent(overrides: Partial<ProductContent> = {}): ProductContent {
  return {
    summary: '税优健康险测试产品',
    brochure: '# 产品介绍\n保障住院医疗费用。',
    insurerSite: 'https://insurer.example.com',
    hotline: '95500',
    sumInsuredFen: 20_000_000,
    deductionCapFen: 240_000,
    channels: { platform: true, mobile: true, insurerUrl: 'https://insurer.example.com/apply' },
    rateTable: {
      bands: [
        { minAge: 16, maxAge: 40, gender: 'M', annualPremiumFen: 120_000 },
        { minAge: 41, maxAge: 65, gender: 'M', annualPremiumFen: 200_000 },
        { minAge: 16, maxAge: 40, gender: 'F', annualPremiumFen: 110_000 },
        { minAge: 41, maxAge: 65, gender: 'F', annualPremiumFen: 190_000 },
      ],
    },
    questionnaire: [
      { id: 'q1', text: '过去两年内是否住院治疗？', manualIfYes: true, declineIfYes: false },
      { id: 'q2', text: '是否患有恶性肿瘤？', manualIfYes: false, declineIfYes: true },
    ],
    taxCodeFormat: '^TY[0-9]{18}$',
    ...overrides,
  };
}

export type ExchangeCast = Awaited<ReturnType<typeof createExchangeCast>>;

/** A platform with an exchange admin, two insurers with a staff member each, and their sessions. */
export async function createExchangeCast(t: TestApp) {
  const { platform, admin } = await seedBasics(t);
  const insurerA = await createOrg(t, {
    type: 'insurer',
    parentId: platform.id,
    name: `华安测试-${crypto.randomBytes(2).toString('hex')}`,
  });
  const insurerB = await createOrg(t, { type: 'insurer', parentId: platform.id });
  const staffA = await createUser(t, { role: 'insurer_staff', orgId: insurerA.id });
  const staffB = await createUser(t, { role: 'insurer_staff', orgId: insurerB.id });
  return {
    platform,
    insurerA,
    insurerB,
    admin,
    staffA,
    staffB,
    asAdmin: await sessionFor(t, admin),
    asA: await sessionFor(t, staffA),
    asB: await sessionFor(t, staffB),
  };
}

let seq = 0;
/** Submits a product as an insurer; returns the product and version ids. */
export async function submit(
  t: TestApp,
  as: Headers,
  content: ProductContent = productContent(),
): Promise<{ productId: string; versionId: string; code: string }> {
  const code = `TX-${Date.now().toString(36).toUpperCase()}-${++seq}`;
  const body = form(
    { data: JSON.stringify({ code, name: `测试税优健康险${seq}`, content }) },
    { name: '条款.pdf', data: CLAUSES_PDF },
  );
  const res = await t.request({
    method: 'POST',
    url: '/api/insurer/products',
    ...body,
    headers: body.headers,
    as,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { productId: res.json().product.id, versionId: res.json().version.id, code };
}

/** Submits, approves and publishes a product: it is on the showcase afterwards. */
export async function listedProduct(t: TestApp, cast: ExchangeCast, content?: ProductContent, as = cast.asA) {
  const p = await submit(t, as, content);
  const ok = await t.request({
    method: 'POST',
    url: `/api/admin/product-listings/${p.versionId}/approve`,
    as: cast.asAdmin,
  });
  if (ok.statusCode !== 200) throw new Error(ok.body);
  const pub = await t.request({
    method: 'POST',
    url: `/api/admin/products/${p.productId}/publish`,
    as: cast.asAdmin,
  });
  if (pub.statusCode !== 200) throw new Error(pub.body);
  return p;
}

/** Creates an API key for an insurer through the console route; returns key id and secret. */
export async function apiKey(t: TestApp, as: Headers, webhookUrl: string | null = null) {
  const res = await t.request({ method: 'POST', url: '/api/insurer/api-keys', payload: { webhookUrl }, as });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json() as { id: string; keyId: string; secret: string };
}

/** A signed insurer-API call (as the insurer system would make it). */
export async function signedCall(
  t: TestApp,
  key: { keyId: string; secret: string },
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  options: { idempotencyKey?: string | null; timestamp?: number; nonce?: string; tamper?: boolean } = {},
) {
  const { signRequest } = await import('../src/modules/insurer-gateway/index.js');
  const raw = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = signRequest({
    keyId: key.keyId,
    secret: key.secret,
    method,
    path,
    body: raw,
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
    ...(options.nonce !== undefined ? { nonce: options.nonce } : {}),
  });
  if (options.tamper)
    headers['x-ph-signature'] = headers['x-ph-signature']!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
  if (raw) headers['content-type'] = 'application/json';
  if (method === 'POST' && options.idempotencyKey !== null)
    headers['idempotency-key'] = options.idempotencyKey ?? crypto.randomUUID();
  return t.request({ method, url: path, headers, ...(raw ? { payload: raw } : {}) });
}

let applicationSeq = 0;
/**
 * A tax-health application awaiting underwriting, inserted as the personal flow leaves it: the
 * user is both applicant and insured (a resident ID born 1990, encrypted, indexed and masked).
 */
export async function insertUnderwritingApplication(
  t: TestApp,
  input: {
    user: { id: string; mobile: string | null };
    product: { productId: string; versionId: string };
    insurerOrgId: string;
    name: string;
    status?: ApplicationStatus;
  },
): Promise<{ applicationNo: string; idNumber: string }> {
  const idNumber = randomResidentId(1990, true);
  const applicationNo = `TA${Date.now()}${++applicationSeq}`;
  const person = {
    name: input.name,
    idType: 'resident_id',
    idNumberEnc: t.ctx.crypto.encrypt(idNumber),
    idNumberIdx: t.ctx.crypto.blindIndex(idNumber),
    idNumberMasked: `${idNumber.slice(0, 3)}***`,
    gender: 'M' as const,
    birthDate: `1990-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
  };
  await t.ctx.db.insert(applications).values({
    applicationNo,
    line: 'TAX_HEALTH',
    userId: input.user.id,
    productId: input.product.productId,
    productVersionId: input.product.versionId,
    insurerOrgId: input.insurerOrgId,
    productYear: 2026,
    status: input.status ?? 'underwriting',
    applicantName: person.name,
    applicantIdType: person.idType,
    applicantIdNumberEnc: person.idNumberEnc,
    applicantIdNumberIdx: person.idNumberIdx,
    applicantIdNumberMasked: person.idNumberMasked,
    applicantGender: person.gender,
    applicantBirthDate: person.birthDate,
    applicantMobile: input.user.mobile,
    insured: [{ ...person, relation: 'self' }],
    answers: { q1: false, q2: false },
    quote: {
      input: { kind: 'age-gender-annual', age: 36, gender: 'M' },
      premiumFen: 120_000,
      unitFen: 120_000,
      units: 1,
      basis: '男 16–40 周岁',
      bandIndex: 0,
    },
    premiumFen: 120_000,
  });
  return { applicationNo, idNumber };
}
