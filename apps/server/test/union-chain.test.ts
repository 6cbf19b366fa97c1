import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import { documentBytes, pdfsigVerdict, postVerify } from './documents-support.js';
import { unionFixture } from './union-chain-support.js';
import { ensureUnit } from '../src/lines/union/units.js';
import { moveApplication, getApplication, searchOrgApplications } from '../src/modules/applications/index.js';
import { documents, policies, policyInsured, users } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';

let t: TestApp;
let f: Awaited<ReturnType<typeof unionFixture>>;
let base: Headers;
let agency: Headers;
let hq: Headers;
let otherAgency: Headers;

beforeAll(async () => {
  t = await createTestApp();
  f = await unionFixture(t);
  base = await sessionFor(t, await f.user('union_base'));
  agency = await sessionFor(t, await f.user('union_agency'));
  hq = await sessionFor(t, await f.user('union_hq'));
  // Another agency office under the same HQ, with a unit of its own.
  const hqUser = await f.user('union_hq');
  const other = await createOrg(t, { type: 'union_agency', parentId: hqUser.orgId, name: '朝阳区代办处' });
  const otherUnit = await createOrg(t, { type: 'union_base', parentId: other.id, name: '望京基层工会' });
  await ensureUnit(t.ctx.db, otherUnit.id, '0105001');
  otherAgency = await sessionFor(t, await createUser(t, { role: 'union_agency_operator', orgId: other.id }));
  await t.ctx.jobs.start();
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const get = (as: Headers, url: string) => t.request({ method: 'GET', url, as });
const post = (as: Headers, url: string, payload: object) => t.request({ method: 'POST', url, as, payload });

describe('agency office → HQ chain (MA-8)', () => {
  it('lists the units’ 上报 rows with 产品名称 and 当前单位编号 filters, totals, and passes/returns with a reason', async () => {
    const zyjt = await f.plan('ZH-ZZ-ZYJT');
    const a1 = await f.apply('王芳', 'ZH-ZZ-ZYJT', { copies: 2 });
    const a2 = await f.apply('李强', 'ZH-ZZ-ZYJT', { copies: 1 });
    const a3 = await f.apply('刘波', 'ZH-ZZ-ZYJT', { copies: 3 });
    const draft = await f.apply('张敏', 'ZH-ZDJB', { status: 'draft' });

    const all = await get(agency, '/api/union/submissions');
    expect(all.statusCode).toBe(200);
    expect(all.json().status).toBe('submitted');
    const nos = all.json().items.map((i: { applicationNo: string }) => i.applicationNo);
    expect(nos).toEqual(expect.arrayContaining([a1.applicationNo, a2.applicationNo, a3.applicationNo]));
    expect(nos).not.toContain(draft.applicationNo);
    const row = all.json().items.find((i: { applicationNo: string }) => i.applicationNo === a1.applicationNo);
    expect(row).toMatchObject({ unitNo: '0108001', productName: zyjt.name, copies: 2, premiumFen: 12_000 });
    expect(row.idNumberMasked).toContain('*');

    const unit = await get(agency, `/api/union/submissions?unitNo=0108001&productId=${zyjt.id}`);
    expect(unit.json()).toMatchObject({ total: 2, totalExact: true });
    // The count is bounded (an agency office over a million rows): above the bound, "more than".
    const search = { line: 'MUTUAL_AID' as const, status: 'submitted' as const, productId: zyjt.id };
    const scope = { kind: 'all' } as const;
    expect(
      await searchOrgApplications(t.ctx.db, scope, search, { page: 1, pageSize: 1, countUpTo: 2 }),
    ).toMatchObject({ total: 2, totalExact: false, items: [expect.anything()] });
    expect(
      await searchOrgApplications(t.ctx.db, scope, search, { page: 1, pageSize: 1, countUpTo: 3 }),
    ).toMatchObject({ total: 3, totalExact: true });
    const totals = await get(agency, `/api/union/submissions/totals?unitNo=0108001&productId=${zyjt.id}`);
    expect(totals.json()).toMatchObject({ count: 2, headCount: 2, premiumFen: 18_000 });

    // Return 上地 with a reason; the base unit … (its own unit only) sees it on the row.
    const noReason = await post(agency, '/api/union/submissions/return-search', {
      unitNo: '0108002',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('请填写打回原因');
    const ret = await post(agency, '/api/union/submissions/return-search', {
      unitNo: '0108002',
      reason: '身份证复印件不清晰，请核对后重新上报',
    });
    expect(ret.json()).toEqual({ moved: 1 });
    const returned = await get(agency, '/api/union/submissions?status=returned&unitNo=0108002');
    expect(returned.json().items[0]).toMatchObject({
      applicationNo: a3.applicationNo,
      status: 'returned',
      returnReason: '身份证复印件不清晰，请核对后重新上报',
    });
    const stored = await getApplication(t.ctx.db, { kind: 'all' }, a3.applicationNo);
    expect(stored.details.returnReason).toBe('身份证复印件不清晰，请核对后重新上报');

    // Pass 中关村 upward: 上报 → 代办处已上报 (HQ's default list).
    const pass = await post(agency, '/api/union/submissions/pass-search', {
      unitNo: '0108001',
      productId: zyjt.id,
    });
    expect(pass.json()).toEqual({ moved: 2 });
    const again = await post(agency, '/api/union/submissions/pass-search', {
      unitNo: '0108001',
      productId: zyjt.id,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toContain('没有可处理的投保信息');
    const atHq = await get(hq, '/api/union/submissions');
    expect(atHq.json().status).toBe('underwriting');
    expect(
      atHq
        .json()
        .items.map((i: { applicationNo: string }) => i.applicationNo)
        .sort(),
    ).toEqual([a1.applicationNo, a2.applicationNo].sort());

    // The base unit resubmits the returned one (its own move); the agency passes it too.
    await moveApplication(t.ctx.db, SYSTEM_ACTOR, { kind: 'all' }, a3.applicationNo, 'submitted');
    expect((await post(agency, '/api/union/submissions/pass-search', {})).json()).toEqual({ moved: 1 });

    // HQ returns nothing here but could: a wrong state is refused in Chinese.
    const wrong = await post(hq, '/api/union/submissions/return-search', { status: 'issued', reason: 'x' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().message).toContain('只能打回');
  });

  it('HQ 财务确认 issues each member’s policy (打印生效) and a signed, verifiable 电子保障凭证 as a task', async () => {
    const before = (await t.ctx.db.select().from(policies).where(eq(policies.line, 'MUTUAL_AID'))).length;
    const confirm = await post(hq, '/api/union/submissions/confirm-search', {});
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().moved).toBe(3);
    const taskId = confirm.json().taskId as string;
    expect(await t.ctx.jobs.waitFor(taskId, 90_000)).toEqual({ status: 'succeeded', error: null });
    const task = await get(hq, `/api/tasks/${taskId}`);
    expect(task.statusCode).toBe(200);

    const issued = await get(hq, '/api/union/submissions?status=issued');
    expect(issued.json().total).toBe(3);
    const wang = issued.json().items.find((i: { name: string }) => i.name === '王芳');
    expect(wang.policyNo).toMatch(/^PH/);
    const [policy] = await t.ctx.db.select().from(policies).where(eq(policies.policyNo, wang.policyNo));
    expect(policy).toMatchObject({
      line: 'MUTUAL_AID',
      holderName: f.zgc.name,
      orgId: f.zgc.orgId,
      premiumFen: 12_000,
    });
    expect(policy!.details).toMatchObject({ unitNo: '0108001', copies: 2 });
    expect(policy!.startsAt.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(policy!.endsAt.toISOString()).toBe('2027-12-31T15:59:59.000Z');
    const insured = await t.ctx.db.select().from(policyInsured).where(eq(policyInsured.policyId, policy!.id));
    expect(insured.map((p) => p.name)).toEqual(['王芳']);

    const [doc] = await t.ctx.db.select().from(documents).where(eq(documents.policyId, policy!.id));
    expect(doc!.kind).toBe('policy');
    const pdf = await documentBytes(t, doc!.id);
    expect(pdfsigVerdict(pdf).valid).toBe(true);
    const verified = await postVerify(t, pdf);
    expect(verified.statusCode).toBe(200);
    expect(verified.json().verdict).toBe('valid');
    // Confirming again finds nothing: no second policy.
    const twice = await post(hq, '/api/union/submissions/confirm-search', {});
    expect(twice.statusCode).toBe(400);
    expect(await t.ctx.db.select().from(policies).where(eq(policies.line, 'MUTUAL_AID'))).toHaveLength(
      before + 3,
    );
  });

  it('receipts (开具收据): a signed PDF over the unit’s passed applications, never the same application twice', async () => {
    const r = await post(agency, '/api/union/receipts', { unitNo: '0108001', paymentMethod: '对公转账' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      unitNo: '0108001',
      amountFen: 18_000,
      headCount: 2,
      applicationCount: 2,
    });
    const pdf = await documentBytes(t, r.json().documentId);
    expect(pdfsigVerdict(pdf).valid).toBe(true);
    const download = await get(agency, `/api/documents/${r.json().documentId}/download`);
    expect(download.statusCode).toBe(200);
    const twice = await post(agency, '/api/union/receipts', { unitNo: '0108001' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toContain('每笔投保只开具一次收据');
    const list = await get(agency, '/api/union/receipts');
    expect(list.json().items).toHaveLength(1);
    expect((await get(otherAgency, '/api/union/receipts')).json().items).toHaveLength(0);
  });

  it('scope matrix: base unit cannot pass/confirm/receipt; another agency sees none and gets 404 for our units', async () => {
    await f.apply('张敏', 'ZH-ZDJB');
    for (const [url, body] of [
      ['/api/union/submissions/pass-search', {}],
      ['/api/union/submissions/confirm-search', {}],
      ['/api/union/submissions/return-search', { reason: '无' }],
      ['/api/union/receipts', { unitNo: '0108001' }],
    ] as const)
      expect((await post(base, url, body)).statusCode).toBe(403);
    expect((await get(base, '/api/union/submissions')).statusCode).toBe(403);
    expect((await post(agency, '/api/union/submissions/confirm-search', {})).statusCode).toBe(403);
    expect((await post(hq, '/api/union/submissions/pass-search', {})).statusCode).toBe(403);

    const theirs = await get(otherAgency, '/api/union/submissions');
    expect(theirs.json().items).toEqual([]);
    expect((await get(otherAgency, '/api/union/submissions?unitNo=0108001')).statusCode).toBe(404);
    expect(
      (await post(otherAgency, '/api/union/submissions/pass-search', { unitNo: '0108001' })).statusCode,
    ).toBe(404);
    expect((await post(otherAgency, '/api/union/submissions/pass-search', {})).statusCode).toBe(400);
    expect((await post(otherAgency, '/api/union/receipts', { unitNo: '0108001' })).statusCode).toBe(404);
    // Still 上报 at our agency: nothing moved.
    expect((await get(agency, '/api/union/submissions')).json().total).toBe(1);
  });
});

describe('one personal center (MA-9)', () => {
  it('a member with an individual account sees the 电子保障凭证 in 我的保单, matched by ID number, once', async () => {
    const wang = f.members.find((m) => m.name === '王芳')!;
    const person = await createUser(t, { role: 'individual' });
    await t.ctx.db
      .update(users)
      .set({ idNumberIdx: t.ctx.crypto.blindIndex(wang.id), idNumberMasked: '110108********0021' })
      .where(eq(users.id, person.id));
    const as = await sessionFor(t, person);
    const mine = await get(as, '/api/me/documents');
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as { id: string; productName: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.productName).toBe((await f.plan('ZH-ZZ-ZYJT')).name);
    expect((await get(as, `/api/documents/${items[0]!.id}/download`)).statusCode).toBe(200);
    // Someone else with no matching ID sees nothing of it and cannot download it.
    const stranger = await sessionFor(t, await createUser(t, { role: 'individual' }));
    expect((await get(stranger, '/api/me/documents')).json().items).toEqual([]);
    expect((await get(stranger, `/api/documents/${items[0]!.id}/download`)).statusCode).toBe(404);
  });
});
