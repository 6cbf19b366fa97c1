import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { addDays, beijingDate, endOfBeijingDay, beijingMidnight as midnightOf } from '@policyhub/domain';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { policies, unionTerminations } from '../src/tables.js';
import { issuePolicy } from '../src/workflows/issue-policy.js';
import { ensureUnit } from '../src/lines/union/units.js';
import { unearnedPremiumFen } from '../src/lines/union/operations/terminate-policies.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import { documentBytes, pdfsigVerdict, poppler, postVerify, randomResidentId } from './documents-support.js';

describe('unearned premium (day-based, exact in fen)', () => {
  it('premium × uncovered days ÷ cover days, rounded half up', () => {
    const year = { startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(unearnedPremiumFen(12_000, year, '2026-03-31')).toBe(9_041); // 12000 × 275 / 365 = 9041.09
    expect(unearnedPremiumFen(12_000, year, '2026-12-31')).toBe(0);
    expect(unearnedPremiumFen(12_000, year, '2026-01-01')).toBe(11_967); // 12000 × 364 / 365 = 11967.12
    expect(unearnedPremiumFen(1, { startDate: '2026-01-01', endDate: '2026-01-02' }, '2026-01-01')).toBe(1); // 0.5 → 1
    expect(unearnedPremiumFen(3, { startDate: '2026-01-01', endDate: '2026-01-04' }, '2026-01-03')).toBe(1); // 0.75 → 1
    expect(unearnedPremiumFen(7_300, { startDate: '2028-01-01', endDate: '2028-12-31' }, '2028-02-29')).toBe(
      6_103,
    ); // leap year: 7300 × 306 / 366 = 6103.28
  });
});

describe('union early termination (MA-7) and 即将到期保单', () => {
  let t: TestApp;
  let insurer: { id: string };
  let zgc: { id: string; name: string };
  let other: { id: string };
  const as = {} as Record<'base' | 'otherBase' | 'agency' | 'otherAgency' | 'hq' | 'enterprise', Headers>;
  const today = () => beijingDate(new Date());

  /** A 打印生效 union policy of a member, as finance confirmation issues it (line MUTUAL_AID). */
  async function unionPolicy(
    unit: { id: string },
    input: { start?: string; months?: number; premiumFen?: number; name?: string } = {},
  ) {
    const start = input.start ?? addDays(today(), -30);
    const end = addDays(start, 364);
    const memberNo = `0108001${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const idNumber = randomResidentId(1985, false);
    const { policy, document } = await issuePolicy(t.ctx, SYSTEM_ACTOR, {
      line: 'MUTUAL_AID',
      productCode: 'ZH-ZZ-ZYJT',
      productName: '在职职工住院津贴互助保障',
      insurerOrgId: insurer.id,
      orgId: unit.id,
      holder: { name: input.name ?? '王芳', idType: 'resident_id', idNumber },
      sumInsuredFen: 1_440_000,
      premiumFen: input.premiumFen ?? 12_000,
      startsAt: midnightOf(start),
      endsAt: endOfBeijingDay(end),
      details: { memberNo, copies: 2, unitNo: '0108001' },
      insured: [
        {
          name: input.name ?? '王芳',
          idType: 'resident_id',
          idNumber,
          gender: 'F',
          extra: { memberNo, copies: 2, premiumFen: input.premiumFen ?? 12_000 },
        },
      ],
    });
    return { policy, document, memberNo, idNumber, start, end };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const platform = await createOrg(t, { type: 'platform' });
    insurer = await createOrg(t, {
      type: 'insurer',
      parentId: platform.id,
      name: '中国职工保险互助会测试办事处',
    });
    const hq = await createOrg(t, { type: 'union_hq', parentId: platform.id, name: '测试市总工会' });
    const agency = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '测试区代办处' });
    const otherAgency = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '另一区代办处' });
    zgc = await createOrg(t, { type: 'union_base', parentId: agency.id, name: '中关村测试基层工会' });
    other = await createOrg(t, { type: 'union_base', parentId: otherAgency.id, name: '另一基层工会' });
    const enterprise = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    await ensureUnit(t.ctx.db, zgc.id, '0108001');
    await ensureUnit(t.ctx.db, other.id, '0109001');
    const users = {
      base: await createUser(t, { role: 'union_base_operator', orgId: zgc.id }),
      otherBase: await createUser(t, { role: 'union_base_operator', orgId: other.id }),
      agency: await createUser(t, { role: 'union_agency_operator', orgId: agency.id }),
      otherAgency: await createUser(t, { role: 'union_agency_operator', orgId: otherAgency.id }),
      hq: await createUser(t, { role: 'union_hq_operator', orgId: hq.id }),
      enterprise: await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id }),
    };
    for (const [k, u] of Object.entries(users)) as[k as keyof typeof as] = await sessionFor(t, u);
  }, 60_000);
  afterAll(async () => t?.close());

  const post = (who: keyof typeof as, url: string, payload: unknown) =>
    t.request({ method: 'POST', url, payload: payload as object, as: as[who] });
  const get = (who: keyof typeof as, url: string) => t.request({ method: 'GET', url, as: as[who] });

  it('create → export the signed form → submit → agency approves → HQ approves: the policy ends with a signed e-endorsement', async () => {
    const { policy, memberNo, start, end } = await unionPolicy(zgc);
    const listed = await get('base', `/api/union/terminable-policies?memberNo=${memberNo}`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toHaveLength(1);
    expect(listed.json().items[0]).toMatchObject({
      policyNo: policy.policyNo,
      memberNo,
      statusLabel: '打印生效',
      copies: 2,
      startDate: start,
      endDate: end,
      unitNo: '0108001',
      openRequestNo: null,
    });
    expect(listed.json().items[0].idNumberMasked).toMatch(/\*/);

    const terminationDate = today();
    const created = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate,
      reason: '会员退休，单位申请提前终止',
    });
    expect(created.statusCode, created.body).toBe(200);
    const request = created.json().items[0];
    const refund = unearnedPremiumFen(12_000, { startDate: start, endDate: end }, terminationDate);
    expect(request).toMatchObject({ status: 'new', statusLabel: '新建', terminationDate, refundFen: refund });
    expect(request.requestNo).toMatch(/^ZZ\d{8}\d{6}$/);

    const exported = await post('base', '/api/union/terminations/export', { ids: [request.id] });
    expect(exported.statusCode, exported.body).toBe(200);
    const form = exported.json().items[0];
    expect(form.downloadUrl).toBe(`/api/documents/${form.documentId}/download`);
    const download = await get('base', form.downloadUrl);
    expect(download.statusCode).toBe(200);
    const pdf = download.rawPayload;
    expect(pdfsigVerdict(pdf).valid).toBe(true);
    const text = poppler('pdftotext', pdf);
    expect(text).toContain('保单提前终止申请表');
    expect(text).toContain(request.requestNo);
    expect(text).toContain(policy.policyNo);
    expect(text).toContain('会员退休');
    expect(text).toContain(memberNo);
    // Exporting again gives the same signed form.
    const again = await post('base', '/api/union/terminations/export', { ids: [request.id] });
    expect(again.json().items[0].documentId).toBe(form.documentId);
    // The agency office downloads it too (its unit); another unit cannot.
    expect((await get('agency', form.downloadUrl)).statusCode).toBe(200);
    expect((await get('otherBase', form.downloadUrl)).statusCode).toBe(404);

    const submitted = await post('base', '/api/union/terminations/submit', { ids: [request.id] });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().items[0]).toMatchObject({
      status: 'submitted',
      statusLabel: '上报',
      awaitingLevel: '代办处审核',
    });

    // HQ cannot act before the agency office; the base unit cannot approve.
    const early = await post('hq', '/api/union/terminations/decide', {
      ids: [request.id],
      action: 'approve',
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().message).toContain('代办处审核');
    expect(
      (await post('base', '/api/union/terminations/decide', { ids: [request.id], action: 'approve' }))
        .statusCode,
    ).toBe(403);

    const awaiting = await get('agency', '/api/union/terminations?awaitingMe=true');
    expect(awaiting.json().items.map((i: { id: string }) => i.id)).toContain(request.id);
    expect(awaiting.json().items.find((i: { id: string }) => i.id === request.id).canDecide).toBe(true);

    const agencyOk = await post('agency', '/api/union/terminations/decide', {
      ids: [request.id],
      action: 'approve',
    });
    expect(agencyOk.statusCode, agencyOk.body).toBe(200);
    expect(agencyOk.json().items[0]).toMatchObject({
      status: 'forwarded',
      statusLabel: '代办处已上报',
      awaitingLevel: '总会审批',
    });
    const [still] = await t.ctx.db.select().from(policies).where(eq(policies.id, policy.id));
    expect(still!.status).toBe('issued');

    const hqOk = await post('hq', '/api/union/terminations/decide', {
      ids: [request.id],
      action: 'approve',
      reason: '同意',
    });
    expect(hqOk.statusCode, hqOk.body).toBe(200);
    const done = hqOk.json().items[0];
    expect(done).toMatchObject({ status: 'approved', statusLabel: '已终止', refundFen: refund });
    expect(done.endorsementDocumentId).toBeTruthy();

    const [ended] = await t.ctx.db.select().from(policies).where(eq(policies.id, policy.id));
    expect(ended!.status).toBe('terminated');
    expect(ended!.endsAt.toISOString()).toBe(endOfBeijingDay(terminationDate).toISOString());
    expect(ended!.premiumFen).toBe(12_000 - refund);

    const endorsementPdf = await documentBytes(t, done.endorsementDocumentId);
    expect(pdfsigVerdict(endorsementPdf).valid).toBe(true);
    const wording = poppler('pdftotext', endorsementPdf);
    expect(wording).toContain('提前终止');
    expect(wording).toContain(request.requestNo);
    const verified = await postVerify(t, endorsementPdf, 'endorsement.pdf');
    expect(verified.statusCode).toBe(200);
    expect(JSON.stringify(verified.json())).toContain('已终止');

    // Ended: no longer 打印生效, so no new request and not listed as terminable.
    const after = await get('base', `/api/union/terminable-policies?policyNo=${policy.policyNo}`);
    expect(after.json().items).toHaveLength(0);
    const refused = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate,
      reason: '再次申请',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('保单状态不是打印生效');
  });

  it('a future termination date keeps the policy in force until that day, with the new end on the e-endorsement', async () => {
    const { policy } = await unionPolicy(zgc);
    const date = addDays(today(), 10);
    const id = (
      await post('base', '/api/union/terminations', {
        policyIds: [policy.id],
        terminationDate: date,
        reason: '调离本单位',
      })
    ).json().items[0].id;
    await post('base', '/api/union/terminations/submit', { ids: [id] });
    await post('agency', '/api/union/terminations/decide', { ids: [id], action: 'approve' });
    const res = await post('hq', '/api/union/terminations/decide', { ids: [id], action: 'approve' });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await t.ctx.db.select().from(policies).where(eq(policies.id, policy.id));
    expect(row!.status).toBe('endorsed');
    expect(beijingDate(row!.endsAt)).toBe(date);
  });

  it('returned with a reason: the base unit sees it and resubmits', async () => {
    const { policy } = await unionPolicy(zgc);
    const id = (
      await post('base', '/api/union/terminations', {
        policyIds: [policy.id],
        terminationDate: today(),
        reason: '离职',
      })
    ).json().items[0].id;
    await post('base', '/api/union/terminations/submit', { ids: [id] });
    const noReason = await post('agency', '/api/union/terminations/decide', { ids: [id], action: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toBe('请填写打回原因');
    const returned = await post('agency', '/api/union/terminations/decide', {
      ids: [id],
      action: 'return',
      reason: '申请表未加盖公章',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const list = await get('base', '/api/union/terminations?status=returned');
    const row = list.json().items.find((i: { id: string }) => i.id === id);
    expect(row).toMatchObject({ status: 'returned', statusLabel: '打回', returnReason: '申请表未加盖公章' });
    // Still open: no second request for the same policy.
    const dup = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: today(),
      reason: '重复',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toContain('已有未完成的提前终止申请');
    const resubmitted = await post('base', '/api/union/terminations/submit', { ids: [id] });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json().items[0]).toMatchObject({
      status: 'submitted',
      returnReason: null,
      awaitingLevel: '代办处审核',
    });
    // HQ returns too; back to the base unit.
    await post('agency', '/api/union/terminations/decide', { ids: [id], action: 'approve' });
    const hqBack = await post('hq', '/api/union/terminations/decide', {
      ids: [id],
      action: 'return',
      reason: '终止原因不充分',
    });
    expect(hqBack.json().items[0]).toMatchObject({ status: 'returned', returnReason: '终止原因不充分' });
  });

  it('refuses with Chinese messages and changes nothing: dates out of cover, duplicates, wrong states', async () => {
    const { policy, start, end } = await unionPolicy(zgc);
    const before = await t.ctx.db.select().from(unionTerminations);
    const early = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: addDays(start, -1),
      reason: '离职',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toBe(`保单 ${policy.policyNo} 的终止日期不能早于保险起期 ${start}`);
    const late = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: addDays(end, 1),
      reason: '离职',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toBe(`保单 ${policy.policyNo} 的终止日期不能晚于保险止期 ${end}`);
    const noReason = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: today(),
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('请填写终止原因');
    const badDate = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: '2026-02-30',
      reason: '离职',
    });
    expect(badDate.statusCode).toBe(400);
    // A duplicate in one call creates none.
    const { policy: second } = await unionPolicy(zgc);
    const first = await post('base', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: today(),
      reason: '离职',
    });
    expect(first.statusCode).toBe(200);
    const both = await post('base', '/api/union/terminations', {
      policyIds: [second.id, policy.id],
      terminationDate: today(),
      reason: '离职',
    });
    expect(both.statusCode).toBe(409);
    expect(both.json().message).toContain(`保单 ${policy.policyNo} 已有未完成的提前终止申请`);
    const rows = await t.ctx.db.select().from(unionTerminations);
    expect(rows.length).toBe(before.length + 1);
    // Not 打印生效: a cancelled policy.
    const { policy: cancelled } = await unionPolicy(zgc);
    await t.ctx.db.update(policies).set({ status: 'cancelled' }).where(eq(policies.id, cancelled.id));
    const notInForce = await post('base', '/api/union/terminations', {
      policyIds: [cancelled.id],
      terminationDate: today(),
      reason: '离职',
    });
    expect(notInForce.statusCode).toBe(409);
    expect(notInForce.json().message).toBe(
      `保单 ${cancelled.policyNo} 的保单状态不是打印生效，不能申请提前终止`,
    );
    // Approving a request still 新建 is refused; submitting twice too.
    const id = first.json().items[0].id;
    const notSubmitted = await post('agency', '/api/union/terminations/decide', {
      ids: [id],
      action: 'approve',
    });
    expect(notSubmitted.statusCode).toBe(409);
    expect(notSubmitted.json().message).toContain('不在审批中');
    await post('base', '/api/union/terminations/submit', { ids: [id] });
    const twice = await post('base', '/api/union/terminations/submit', { ids: [id] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('只有新建或打回的申请可以提交');
  });

  it('scope: another unit’s policy or request answers 404; another agency office cannot decide; other roles are refused', async () => {
    const { policy } = await unionPolicy(zgc);
    const id = (
      await post('base', '/api/union/terminations', {
        policyIds: [policy.id],
        terminationDate: today(),
        reason: '离职',
      })
    ).json().items[0].id;
    const foreign = await post('otherBase', '/api/union/terminations', {
      policyIds: [policy.id],
      terminationDate: today(),
      reason: '离职',
    });
    expect(foreign.statusCode).toBe(404);
    expect((await post('otherBase', '/api/union/terminations/export', { ids: [id] })).statusCode).toBe(404);
    expect((await post('otherBase', '/api/union/terminations/submit', { ids: [id] })).statusCode).toBe(404);
    expect(
      (await get('otherBase', `/api/union/terminable-policies?policyNo=${policy.policyNo}`)).json().items,
    ).toHaveLength(0);
    expect(
      (await get('otherBase', '/api/union/terminations')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(id);
    await post('base', '/api/union/terminations/submit', { ids: [id] });
    expect(
      (await post('otherAgency', '/api/union/terminations/decide', { ids: [id], action: 'approve' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await get('agency', '/api/union/terminations')).json().items.map((i: { id: string }) => i.id),
    ).toContain(id);
    expect(
      (await get('hq', '/api/union/terminations')).json().items.map((i: { id: string }) => i.id),
    ).toContain(id);
    expect((await get('enterprise', '/api/union/terminations')).statusCode).toBe(403);
    expect(
      (
        await post('agency', '/api/union/terminations', {
          policyIds: [policy.id],
          terminationDate: today(),
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('即将到期保单: a month’s expiring policies and their Excel export (ID masked, formula-like text quoted)', async () => {
    const start = addDays(today(), -200);
    const a = await unionPolicy(zgc, { start, name: '李强' });
    const b = await unionPolicy(zgc, { start, name: '=HYPERLINK("x")' });
    const foreign = await unionPolicy(other, { start });
    const month = a.end.slice(0, 7);
    const res = await get('base', `/api/union/expiring-policies?month=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    const nos = res.json().items.map((i: { policyNo: string }) => i.policyNo);
    expect(nos).toEqual(expect.arrayContaining([a.policy.policyNo, b.policy.policyNo]));
    expect(nos).not.toContain(foreign.policy.policyNo);
    const bad = await get('base', '/api/union/expiring-policies?month=2026-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('月份格式应为 YYYY-MM');

    const file = await get('base', `/api/union/expiring-policies/export?month=${month}`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('即将到期保单')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '保单号',
      '会员编号',
      '姓名',
      '身份证号',
      '产品名称',
      '份数',
      '保险期间',
      '单位编号',
      '单位名称',
    ]);
    const rows = [] as unknown[][];
    ws.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    const rowA = rows.find((r) => r[0] === a.policy.policyNo)!;
    expect(rowA).toEqual([
      a.policy.policyNo,
      a.memberNo,
      '李强',
      expect.stringMatching(/\*/),
      '在职职工住院津贴互助保障',
      2,
      `${a.start} 至 ${a.end}`,
      '0108001',
      zgc.name,
    ]);
    expect(rowA[3]).not.toBe(a.idNumber);
    const rowB = rows.find((r) => r[0] === b.policy.policyNo)!;
    expect(rowB[2]).toBe(`'=HYPERLINK("x")`);
    expect(rows.some((r) => r[0] === foreign.policy.policyNo)).toBe(false);
    // The agency office sees its units' policies; the other office none of them.
    expect(
      (await get('agency', `/api/union/expiring-policies?month=${month}`))
        .json()
        .items.map((i: { policyNo: string }) => i.policyNo),
    ).toContain(a.policy.policyNo);
    expect(
      (await get('otherAgency', `/api/union/expiring-policies?month=${month}`))
        .json()
        .items.map((i: { policyNo: string }) => i.policyNo),
    ).not.toContain(a.policy.policyNo);
  });
});
