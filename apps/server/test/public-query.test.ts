import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { auditLog, documentQueryAttempts } from '../src/tables.js';
import { createTestApp, type TestApp } from './helpers.js';
import {
  createCast,
  documentState,
  insuredPerson,
  makePolicy,
  randomResidentId,
  type Cast,
} from './documents-support.js';

/**
 * Public query and download (ED-4, SEC-1): policy number + ID + captcha, the same answer for a
 * wrong ID and an unknown policy, lockout after repeated failures, everything audited and nothing
 * leaked; the token downloads exactly the documents the query showed.
 */
describe('public policy query and download', () => {
  let t: TestApp;
  let cast: Cast;
  let clock = Date.now();
  const holderId = randomResidentId(1980, true);
  const insuredId = randomResidentId(1992, false);
  let made: Awaited<ReturnType<typeof makePolicy>>;
  let ipSeq = 0;
  const ip = () => `10.9.${Math.floor(++ipSeq / 200)}.${ipSeq % 200}`;

  async function captcha(from = ip()) {
    const res = await t.request({ method: 'GET', url: '/api/public/query/captcha', remoteAddress: from });
    expect(res.statusCode).toBe(200);
    return res.json() as { captchaId: string; answer: string; svg: string };
  }

  async function query(
    body: Partial<{ policyNo: string; idType: string; idNumber: string; captchaAnswer: string }>,
    from = ip(),
  ) {
    const c = await captcha(from);
    return t.request({
      method: 'POST',
      url: '/api/public/query',
      remoteAddress: from,
      payload: {
        policyNo: made.policy.policyNo,
        idType: 'resident_id',
        idNumber: holderId,
        captchaId: c.captchaId,
        captchaAnswer: c.answer,
        ...body,
      },
    });
  }

  const lastAudit = async () =>
    (await t.ctx.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]!;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(clock) });
    cast = await createCast(t);
    made = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      holder: { name: '赵建国', idType: 'resident_id', idNumber: holderId },
      insured: [insuredPerson('钱多多', insuredId), insuredPerson('孙悟空')],
    });
  });
  afterAll(async () => t?.close());

  it('answers the holder with a masked result and a token that downloads exactly the listed document', async () => {
    const res = await query({});
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.policy).toMatchObject({
      policyNo: made.policy.policyNo,
      insurerName: cast.insurer.name,
      status: 'issued',
      statusLabel: '有效',
      holderNameMasked: '赵**',
      premium: made.policy.premiumFen,
      sumInsured: made.policy.sumInsuredFen,
    });
    expect(body.policy.insured).toEqual([
      { nameMasked: '钱**', idNumberMasked: `${insuredId.slice(0, 6)}********${insuredId.slice(-4)}` },
      expect.objectContaining({ nameMasked: '孙**' }),
    ]);
    expect(body.documents).toEqual([
      expect.objectContaining({ id: made.document.id, kind: 'policy', documentNo: made.document.documentNo }),
    ]);
    expect(res.body).not.toContain(holderId);
    expect(res.body).not.toContain('赵建国');
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'document.query', entityId: made.policy.id });
    expect(JSON.stringify(audit.detail)).not.toContain(holderId);

    const dl = await t.request({
      method: 'GET',
      url: `/api/public/query/documents/${made.document.id}?token=${encodeURIComponent(body.queryToken)}`,
    });
    expect(dl.statusCode).toBe(200);
    expect(crypto.createHash('sha256').update(dl.rawPayload).digest('hex')).toBe(made.document.sha256);
    expect(await lastAudit()).toMatchObject({ action: 'document.download', entityId: made.document.id });
  });

  it('shows an insured person only himself', async () => {
    const res = await query({ idNumber: insuredId.toLowerCase() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().policy.insured).toEqual([expect.objectContaining({ nameMasked: '钱**' })]);
  });

  it('the token opens nothing else, and nothing after 15 minutes', async () => {
    const other = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const { queryToken } = (await query({})).json();
    const before = await documentState(t);
    const elsewhere = await t.request({
      method: 'GET',
      url: `/api/public/query/documents/${other.document.id}?token=${encodeURIComponent(queryToken)}`,
    });
    expect(elsewhere.statusCode).toBe(404);
    const [body, mac] = queryToken.split('.');
    const grant = JSON.parse(Buffer.from(body, 'base64url').toString());
    const widened = Buffer.from(JSON.stringify({ ...grant, d: [other.document.id] })).toString('base64url');
    const forged = await t.request({
      method: 'GET',
      url: `/api/public/query/documents/${other.document.id}?token=${widened}.${mac}`,
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('QUERY_TOKEN_INVALID');
    clock = Date.now() + 16 * 60_000;
    try {
      const late = await t.request({
        method: 'GET',
        url: `/api/public/query/documents/${made.document.id}?token=${encodeURIComponent(queryToken)}`,
      });
      expect(late.statusCode).toBe(403);
    } finally {
      clock = Date.now();
    }
    expect(await documentState(t)).toEqual(before);
  });

  it('a wrong ID number and an unknown policy get the same 404, audited, nothing leaked', async () => {
    const wrongId = await query({ idNumber: randomResidentId() });
    const unknown = await query({ policyNo: 'PHTR20990101999999' });
    for (const res of [wrongId, unknown]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        code: 'QUERY_NO_MATCH',
        message: '未找到匹配的保单，请核对保单号与证件信息',
      });
    }
    expect(wrongId.body).toBe(unknown.body);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'document.query_failed', detail: { reason: 'no_match' } });
  });

  it('a wrong captcha is refused and audited before anything is looked up', async () => {
    const res = await query({ captchaAnswer: 'zzzz' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CAPTCHA_INVALID');
    expect(res.body).not.toContain(made.policy.productName);
    expect(await lastAudit()).toMatchObject({
      action: 'document.query_failed',
      detail: { reason: 'captcha' },
    });
  });

  it('too many failed attempts lock the policy number, even for the right ID, audited', async () => {
    const target = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      holder: { name: '周一', idType: 'resident_id', idNumber: holderId },
    });
    for (let i = 0; i < 5; i++)
      expect(
        (await query({ policyNo: target.policy.policyNo, idNumber: randomResidentId() })).statusCode,
      ).toBe(404);
    const locked = await query({ policyNo: target.policy.policyNo });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toEqual({
      code: 'QUERY_TOO_MANY_ATTEMPTS',
      message: '查询失败次数过多，请 15 分钟后再试',
    });
    expect(locked.body).not.toContain('周');
    expect(await lastAudit()).toMatchObject({
      action: 'document.query_failed',
      detail: { reason: 'too_many_attempts' },
    });
    // Other policies are unaffected; after the window the right ID works again.
    expect((await query({})).statusCode).toBe(200);
    clock = Date.now() + 16 * 60_000;
    try {
      expect((await query({ policyNo: target.policy.policyNo })).statusCode).toBe(200);
    } finally {
      clock = Date.now();
    }
  });

  it('the per-address rate limit answers 429 in Chinese', async () => {
    const from = '10.99.99.99';
    const codes: number[] = [];
    for (let i = 0; i < t.config.queryRateLimit + 1; i++) codes.push((await query({}, from)).statusCode);
    expect(codes.slice(0, -1).every((c) => c === 200)).toBe(true);
    const last = await query({}, from);
    expect(last.statusCode).toBe(429);
    expect(last.json().message).toMatch(/查询过于频繁/);
    const attempts = await t.ctx.db
      .select()
      .from(documentQueryAttempts)
      .where(eq(documentQueryAttempts.ip, from));
    expect(attempts.length).toBe(t.config.queryRateLimit);
  });

  it('bad input is refused with Chinese messages and changes nothing', async () => {
    const before = await documentState(t);
    const res = await t.request({ method: 'POST', url: '/api/public/query', payload: { policyNo: '' } });
    expect(res.statusCode).toBe(400);
    const dl = await t.request({ method: 'GET', url: `/api/public/query/documents/${made.document.id}` });
    expect(dl.statusCode).toBe(400);
    expect(await documentState(t)).toEqual(before);
  });
});
