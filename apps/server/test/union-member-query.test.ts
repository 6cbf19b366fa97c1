import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { birthAndGenderOf, maskIdNumber } from '@policyhub/domain';
import {
  applications,
  auditLog,
  products,
  productVersions,
  unionClaims,
  unionMembers,
} from '../src/tables.js';
import { seedDemoUnion } from '../src/seed/demo-union.js';
import { ensureUnit, nextMemberNos } from '../src/lines/union/units.js';
import { yuanToFen } from '../src/lines/union/operations/record-claim.js';
import type { Org } from '../src/modules/organizations/index.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import { residentId, upload } from './imports-support.js';

let t: TestApp;
const as: Record<string, Headers> = {};
const units: Record<string, { id: string; name: string }> = {};
const members: Record<string, { id: string; memberNo: string; idNumber: string }> = {};
let plan: { id: string; versionId: string; name: string; insurerOrgId: string };

async function addMember(unit: string, name: string, idNumber: string) {
  const [memberNo] = await nextMemberNos(t.ctx.db, units[unit]!.id);
  const { birthDate, gender } = birthAndGenderOf(idNumber);
  const [row] = await t.ctx.db
    .insert(unionMembers)
    .values({
      memberNo: memberNo!,
      unitOrgId: units[unit]!.id,
      name,
      idNumberEnc: t.ctx.crypto.encrypt(idNumber),
      idNumberIdx: t.ctx.crypto.blindIndex(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      gender,
      birthDate,
      status: 'confirmed',
    })
    .returning({ id: unionMembers.id });
  members[name] = { id: row!.id, memberNo: memberNo!, idNumber };
}

const get = (who: string, url: string) => t.request({ method: 'GET', url, as: as[who] });
const post = (who: string, url: string, payload: unknown = {}) =>
  t.request({ method: 'POST', url, as: as[who], payload: payload as Record<string, unknown> });

beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.jobs.start();
  const platform = await createOrg(t, { type: 'platform' });
  const insurer = await createOrg(t, { type: 'insurer', parentId: platform.id, name: '测试互助会' });
  const hq = await createOrg(t, { type: 'union_hq', parentId: platform.id, name: '测试总工会' });
  const agencyA = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '东城代办处' });
  const agencyB = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '西城代办处' });
  units.a1 = await createOrg(t, { type: 'union_base', parentId: agencyA.id, name: '甲厂工会' });
  units.a2 = await createOrg(t, { type: 'union_base', parentId: agencyA.id, name: '乙厂工会' });
  units.b1 = await createOrg(t, { type: 'union_base', parentId: agencyB.id, name: '丙厂工会' });
  await ensureUnit(t.ctx.db, units.a1.id, '0901001');
  await ensureUnit(t.ctx.db, units.a2.id, '0901002');
  await ensureUnit(t.ctx.db, units.b1.id, '0902001');
  await seedDemoUnion(t.ctx, t.ctx.db, new Map([['mutualAid', insurer as unknown as Org]]));
  const [p] = await t.ctx.db
    .select({ id: products.id, name: products.name, versionId: products.currentVersionId })
    .from(products)
    .where(eq(products.code, 'ZH-ZZ-ZYJT'));
  plan = { id: p!.id, versionId: p!.versionId!, name: p!.name, insurerOrgId: insurer.id };
  const users = {
    a1: await createUser(t, { role: 'union_base_operator', orgId: units.a1.id }),
    a2: await createUser(t, { role: 'union_base_operator', orgId: units.a2.id }),
    b1: await createUser(t, { role: 'union_base_operator', orgId: units.b1.id }),
    agencyA: await createUser(t, { role: 'union_agency_operator', orgId: agencyA.id }),
    agencyB: await createUser(t, { role: 'union_agency_operator', orgId: agencyB.id }),
    hq: await createUser(t, { role: 'union_hq_operator', orgId: hq.id }),
  };
  for (const [k, u] of Object.entries(users)) as[k] = await sessionFor(t, u);
  await addMember('a1', '王芳', residentId('19850312', 2));
  await addMember('a1', '李强', residentId('19790607', 3));
  await addMember('a2', '张敏', residentId('19920915', 4));
  await addMember('b1', '刘波', residentId('19880808', 7));
  // 王芳's application history: one issued-looking row in her unit, one of another person.
  const [version] = await t.ctx.db
    .select({ id: productVersions.id })
    .from(productVersions)
    .where(eq(productVersions.productId, plan.id));
  for (const [no, who, status] of [
    ['UA-TEST-0001', '王芳', 'submitted'],
    ['UA-TEST-0002', '李强', 'draft'],
  ] as const) {
    const m = members[who]!;
    await t.ctx.db.insert(applications).values({
      applicationNo: no,
      line: 'MUTUAL_AID',
      userId: null,
      orgId: units.a1.id,
      productId: plan.id,
      productVersionId: version!.id,
      insurerOrgId: plan.insurerOrgId,
      status,
      applicantName: who,
      applicantIdType: 'resident_id',
      applicantIdNumberEnc: t.ctx.crypto.encrypt(m.idNumber),
      applicantIdNumberIdx: t.ctx.crypto.blindIndex(m.idNumber),
      applicantIdNumberMasked: maskIdNumber(m.idNumber),
      insured: [],
      quote: { input: {}, premiumFen: 12_000 } as never,
      premiumFen: 12_000,
      details: { memberId: m.id, memberNo: m.memberNo, copies: 2 },
    });
  }
});
afterAll(async () => t?.close());

describe('会员信息查询 (MA-6)', () => {
  it('finds by 会员编号, 姓名 and 身份证号, masked, inside the scope only', async () => {
    const wang = members['王芳']!;
    for (const q of [
      `memberNo=${wang.memberNo}`,
      `name=${encodeURIComponent('王芳')}`,
      `idNumber=${wang.idNumber}`,
    ]) {
      const res = await get('a1', `/api/union/member-query?${q}`);
      expect(res.statusCode, q).toBe(200);
      const items = res.json().items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ memberNo: wang.memberNo, name: '王芳', unitName: '甲厂工会' });
      expect(items[0].idNumberMasked).not.toContain(wang.idNumber.slice(6, 14));
      expect(JSON.stringify(items[0])).not.toContain(wang.idNumber);
    }
    // Another base unit, another agency office: nothing.
    expect((await get('a2', `/api/union/member-query?memberNo=${wang.memberNo}`)).json().items).toEqual([]);
    expect((await get('agencyB', `/api/union/member-query?idNumber=${wang.idNumber}`)).json().items).toEqual(
      [],
    );
    // Its agency office and HQ: found.
    expect(
      (await get('agencyA', `/api/union/member-query?idNumber=${wang.idNumber}`)).json().items,
    ).toHaveLength(1);
    expect(
      (await get('hq', `/api/union/member-query?name=${encodeURIComponent('刘波')}`)).json().items,
    ).toHaveLength(1);
    const empty = await get('a1', '/api/union/member-query');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('请输入会员编号、姓名或身份证号后再查询');
  });

  it('details with 投保历史 (status, plan, copies, amount) and 理赔历史; another unit answers 404', async () => {
    const wang = members['王芳']!;
    const res = await get('a1', `/api/union/members/${wang.id}/history`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.applications).toEqual([
      expect.objectContaining({
        applicationNo: 'UA-TEST-0001',
        status: 'submitted',
        planName: plan.name,
        copies: 2,
        premiumFen: 12_000,
        policyNo: null,
        unitName: '甲厂工会',
      }),
    ]);
    expect(body.claims).toEqual([]);
    for (const who of ['a2', 'b1', 'agencyB']) {
      expect((await get(who, `/api/union/members/${wang.id}/history`)).statusCode, who).toBe(404);
    }
    expect((await get('agencyA', `/api/union/members/${wang.id}/history`)).statusCode).toBe(200);
  });

  it('reveals the full ID number only on request, audited (pii.view); never for another unit', async () => {
    const wang = members['王芳']!;
    expect((await post('b1', `/api/union/members/${wang.id}/reveal`)).statusCode).toBe(404);
    const res = await post('a1', `/api/union/members/${wang.id}/reveal`);
    expect(res.statusCode).toBe(200);
    expect(res.json().idNumber).toBe(wang.idNumber);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, wang.id));
    expect(audits.some((a) => a.action === 'pii.view')).toBe(true);
  });
});

describe('理赔记录 (recorded and imported)', () => {
  it('converts 元 to 分 exactly, never rounding', () => {
    expect(yuanToFen('1280.50')).toEqual({ ok: true, fen: 128_050 });
    expect(yuanToFen('0.29')).toEqual({ ok: true, fen: 29 });
    expect(yuanToFen('19.9')).toEqual({ ok: true, fen: 1_990 });
    expect(yuanToFen('7200')).toEqual({ ok: true, fen: 720_000 });
    expect(yuanToFen('1.005')).toMatchObject({
      ok: false,
      reason: '赔付金额最多保留两位小数（到分），请核对后重填',
    });
    expect(yuanToFen('abc').ok).toBe(false);
    expect(yuanToFen('0').ok).toBe(false);
  });

  it('the agency office records a claim for a member of its units; it appears in the history', async () => {
    const wang = members['王芳']!;
    const body = {
      idNumber: wang.idNumber,
      claimDate: '2026-03-15',
      productId: plan.id,
      diagnosisCategory: '呼吸系统疾病',
      amountPaid: '1280.29',
    };
    const bad = await post('agencyA', '/api/union/claims', { ...body, amountPaid: '12.345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('赔付金额最多保留两位小数（到分），请核对后重填');
    // Another agency office: the member does not exist for it; a base unit may not record.
    expect((await post('agencyB', '/api/union/claims', body)).statusCode).toBe(404);
    expect((await post('a1', '/api/union/claims', body)).statusCode).toBe(403);
    const res = await post('agencyA', '/api/union/claims', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ amountPaidFen: 128_029, planName: plan.name, source: 'agency' });
    const history = (await get('a1', `/api/union/members/${wang.id}/history`)).json();
    expect(history.claims).toEqual([
      expect.objectContaining({
        claimDate: '2026-03-15',
        diagnosisCategory: '呼吸系统疾病',
        amountPaidFen: 128_029,
      }),
    ]);
  });

  it('imports the 理赔导入模板 (exact amounts), failed rows with reasons', async () => {
    const tpl = await t.request({
      method: 'GET',
      url: '/api/imports/templates/union_claims/download',
      as: as.agencyA,
    });
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.map((h) => h.replace('*', ''))).toEqual([
      '身份证号',
      '会员编号',
      '理赔日期',
      '保障计划',
      '诊断类别',
      '赔付金额',
    ]);
    const li = members['李强']!;
    const zhang = members['张敏']!;
    sheet.addRow([li.idNumber, '', '2026-02-01', plan.name, '骨折', '3000.10']);
    sheet.addRow(['', zhang.memberNo, '2026-02-02', 'ZH-ZZ-ZYJT', '肺炎', '0.07']);
    sheet.addRow([members['刘波']!.idNumber, '', '2026-02-03', plan.name, '肺炎', '100']); // other office
    sheet.addRow([li.idNumber, '', '2026-02-04', plan.name, '肺炎', '1.999']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    wb2.worksheets[0]!.addRow([li.idNumber, '', '2026-02-01', plan.name, '骨折', '3000.10']);
    wb2.worksheets[0]!.addRow(['', zhang.memberNo, '2026-02-02', 'ZH-ZZ-ZYJT', '肺炎', '0.07']);
    const good = Buffer.from(await wb2.xlsx.writeBuffer());
    const res = await upload(t, as.agencyA, 'template=union_claims', 'claims.xlsx', data);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.errorRows).toBe(2);
    const messages = body.problems
      .filter((p: { level: string }) => p.level === 'error')
      .map((p: { message: string }) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '会员不存在或不在本代办处所辖单位',
        '赔付金额最多保留两位小数（到分），请核对后重填',
      ]),
    );
    // The engine refuses to execute a file with errors, changing nothing.
    const refused = await t.request({
      method: 'POST',
      url: `/api/imports/${body.id}/execute`,
      as: as.agencyA,
    });
    expect(refused.json().message).toBe('校验发现 2 行有错误，请修改后重新上传并校验');
    const fixed = (await upload(t, as.agencyA, 'template=union_claims', 'claims.xlsx', good)).json();
    expect(fixed, JSON.stringify(fixed.problems)).toMatchObject({
      status: 'validated',
      errorRows: 0,
      totalRows: 2,
    });
    const exec = await t.request({ method: 'POST', url: `/api/imports/${fixed.id}/execute`, as: as.agencyA });
    expect(exec.statusCode, exec.body).toBe(200);
    expect(await t.ctx.jobs.waitFor(exec.json().taskId, 30_000)).toEqual({
      status: 'succeeded',
      error: null,
    });
    const done = (await t.request({ method: 'GET', url: `/api/imports/${fixed.id}`, as: as.agencyA })).json();
    expect(done).toMatchObject({ status: 'done', succeededRows: 2 });
    const liClaims = await t.ctx.db.select().from(unionClaims).where(eq(unionClaims.memberId, li.id));
    expect(liClaims.map((c) => [c.amountPaidFen, c.source])).toEqual([[300_010, 'import']]);
    const zhangClaims = await t.ctx.db.select().from(unionClaims).where(eq(unionClaims.memberId, zhang.id));
    expect(zhangClaims.map((c) => c.amountPaidFen)).toEqual([7]);
    // A base unit may not import claims.
    expect((await upload(t, as.a1, 'template=union_claims', 'claims.xlsx', data)).statusCode).toBe(403);
  });
});

describe('会员变更 through 代办处 → 总会', () => {
  it('create (新建) → 上报 → agency approves → HQ returns with reason → edit → resubmit → approve → applied', async () => {
    const li = members['李强']!;
    const newId = residentId('19790607', 5);
    const bad = await post('a1', '/api/union/member-changes', {
      memberId: li.id,
      newIdNumber: newId.slice(0, 17) + 'Y',
      reason: '证件号录入错误',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^新证件号：/);
    const taken = await post('a1', '/api/union/member-changes', {
      memberId: li.id,
      newIdNumber: members['王芳']!.idNumber,
      reason: '录入错误',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe('新证件号已是其他会员的证件号，不能变更');
    // Another unit's member: 404.
    expect(
      (await post('a2', '/api/union/member-changes', { memberId: li.id, newName: '李刚', reason: 'x' }))
        .statusCode,
    ).toBe(404);

    const created = await post('a1', '/api/union/member-changes', {
      memberId: li.id,
      newName: '李 刚',
      reason: '更名',
    });
    expect(created.statusCode).toBe(400); // space inside a name
    const ok = await post('a1', '/api/union/member-changes', {
      memberId: li.id,
      newName: '李刚',
      reason: '户籍更名',
    });
    expect(ok.statusCode).toBe(200);
    const req = ok.json();
    expect(req).toMatchObject({ kind: 'change', status: 'new', newName: '李刚', memberName: '李强' });
    const again = await post('a1', '/api/union/member-changes', {
      memberId: li.id,
      newName: '李钢',
      reason: '又改',
    });
    expect(again.statusCode).toBe(409);

    expect((await post('a1', `/api/union/member-requests/${req.id}/submit`)).json()).toMatchObject({
      status: 'submitted',
      waitingAt: '代办处审核',
    });
    // HQ cannot act at the agency level; another agency office does not see it.
    expect((await post('hq', `/api/union/member-requests/${req.id}/approve`)).statusCode).toBe(403);
    expect((await post('agencyB', `/api/union/member-requests/${req.id}/approve`)).statusCode).toBe(404);
    expect((await post('agencyA', `/api/union/member-requests/${req.id}/approve`)).json()).toMatchObject({
      status: 'submitted',
      waitingAt: '总会审批',
    });
    const noReason = await post('hq', `/api/union/member-requests/${req.id}/return`, {});
    expect(noReason.statusCode).toBe(400);
    const returned = await post('hq', `/api/union/member-requests/${req.id}/return`, {
      reason: '请同时更正证件号',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请同时更正证件号' });
    const list = (await get('a1', '/api/union/member-requests?kind=change&status=returned')).json().items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([req.id]);

    const edited = await t.request({
      method: 'PUT',
      url: `/api/union/member-requests/${req.id}`.replace('member-requests', 'member-changes'),
      as: as.a1,
      payload: { newName: '李刚', newIdNumber: newId, reason: '户籍更名并更正证件号' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().newIdNumberMasked).toBe(maskIdNumber(newId));
    await post('a1', `/api/union/member-requests/${req.id}/submit`);
    await post('agencyA', `/api/union/member-requests/${req.id}/approve`);
    expect((await post('hq', `/api/union/member-requests/${req.id}/approve`)).json()).toMatchObject({
      status: 'approved',
      memberName: '李刚',
    });
    const [m] = await t.ctx.db.select().from(unionMembers).where(eq(unionMembers.id, li.id));
    expect(m).toMatchObject({
      name: '李刚',
      idNumberIdx: t.ctx.crypto.blindIndex(newId),
      idNumberMasked: maskIdNumber(newId),
      gender: 'M',
      birthDate: '1979-06-07',
    });
    expect(t.ctx.crypto.decrypt(m!.idNumberEnc)).toBe(newId);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, li.id));
    expect(audits.some((a) => a.action === 'union.member.change')).toBe(true);
    // The edit of an approved request is refused.
    const late = await t.request({
      method: 'PUT',
      url: `/api/union/member-changes/${req.id}`,
      as: as.a1,
      payload: { newName: '李钢', reason: '再改' },
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('调入调出 (created by the receiving unit)', () => {
  it('finds the person showing only unit and masked name, submits, approved → moved (member no. kept)', async () => {
    const zhang = members['张敏']!; // in 乙厂 (agency A); 丙厂 (agency B) receives
    const found = await get('b1', `/api/union/transfers/candidate?idNumber=${zhang.idNumber}`);
    expect(found.statusCode).toBe(200);
    expect(found.json()).toEqual({ memberId: zhang.id, unitName: '乙厂工会', nameMasked: '张*' });
    expect(
      (await get('b1', `/api/union/transfers/candidate?memberNo=${zhang.memberNo}`)).json().memberId,
    ).toBe(zhang.id);
    const own = await get('a2', `/api/union/transfers/candidate?idNumber=${zhang.idNumber}`);
    expect(own.statusCode).toBe(409);
    expect(own.json().message).toBe('该会员已在本单位，无需调入');
    expect(
      (await get('b1', `/api/union/transfers/candidate?idNumber=${residentId('19700101', 9)}`)).statusCode,
    ).toBe(404);
    // The receiving unit still sees nothing of the member's details.
    expect((await get('b1', `/api/union/members/${zhang.id}/history`)).statusCode).toBe(404);

    const created = await post('b1', '/api/union/transfers', { memberId: zhang.id });
    expect(created.statusCode).toBe(200);
    const req = created.json();
    expect(req).toMatchObject({
      kind: 'transfer',
      status: 'new',
      memberName: '张*',
      fromUnitName: '乙厂工会',
      toUnitName: '丙厂工会',
    });
    // The member's old unit and its agency office do not own the request.
    expect((await get('a2', `/api/union/member-requests/${req.id}`)).statusCode).toBe(404);
    await post('b1', `/api/union/member-requests/${req.id}/submit`);
    // The chain climbs from the receiving unit: agency B, then HQ.
    expect((await post('agencyA', `/api/union/member-requests/${req.id}/approve`)).statusCode).toBe(404);
    expect((await post('agencyB', `/api/union/member-requests/${req.id}/approve`)).json().waitingAt).toBe(
      '总会审批',
    );
    expect((await post('hq', `/api/union/member-requests/${req.id}/approve`)).json()).toMatchObject({
      status: 'approved',
      memberName: '张敏',
    });
    const [m] = await t.ctx.db.select().from(unionMembers).where(eq(unionMembers.id, zhang.id));
    expect(m).toMatchObject({ unitOrgId: units.b1!.id, memberNo: zhang.memberNo });
    expect((await get('b1', `/api/union/members/${zhang.id}/history`)).statusCode).toBe(200);
    expect((await get('a2', `/api/union/members/${zhang.id}/history`)).statusCode).toBe(404);
  });
});
