import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { birthAndGenderOf, maskIdNumber, residentIdCheckChar } from '@policyhub/domain';
import { applications, organizations, products, unionMembers, users } from '../src/tables.js';
import { seedDemo } from '../src/seed/demo.js';
import { DEMO_MEMBERS } from '../src/seed/demo-union.js';
import { nextMemberNos } from '../src/lines/union/units.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';

const ID = (first17: string) => first17 + residentIdCheckChar(first17);
const memberId = (name: string) => DEMO_MEMBERS.find((m) => m.name === name)!.id;
const DATE = '2027-01-01';

/** Applications of the union (投保管理, MA-4) and every MA-5 failure reason, through the API. */
describe('union applications (MA-4, MA-5)', () => {
  let t: TestApp;
  let base: Headers;
  let shangdi: Headers;
  let agency: Headers;
  let otherAgency: Headers;
  let plans: Record<string, string>;
  let zgcId: string;

  async function addMember(input: {
    name: string;
    id: string;
    gender?: 'M' | 'F';
    overAgeFile?: boolean;
    status?: 'new' | 'confirmed';
  }): Promise<string> {
    const [memberNo] = await nextMemberNos(t.ctx.db, zgcId);
    const derived = birthAndGenderOf(input.id);
    await t.ctx.db.insert(unionMembers).values({
      memberNo: memberNo!,
      unitOrgId: zgcId,
      name: input.name,
      idNumberEnc: t.ctx.crypto.encrypt(input.id),
      idNumberIdx: t.ctx.crypto.blindIndex(input.id),
      idNumberMasked: maskIdNumber(input.id),
      gender: input.gender ?? derived.gender,
      birthDate: derived.birthDate,
      status: input.status ?? 'confirmed',
      overAgeFileId: input.overAgeFile ? crypto.randomUUID() : null,
    });
    return memberNo!;
  }

  const add = (body: Record<string, unknown>, as = base) =>
    t.request({
      method: 'POST',
      url: '/api/union/applications',
      as,
      payload: { expectedEffectiveDate: DATE, copies: 1, ...body },
    });

  function expectRefused(
    res: { statusCode: number; body: string; json(): unknown },
    code: string,
    message: RegExp | string,
  ) {
    expect(res.statusCode, res.body).toBe(409);
    const body = res.json() as {
      message: string;
      details: { refusal: { code: string; fix: { action: string } } };
    };
    expect(body.details.refusal.code).toBe(code);
    if (typeof message === 'string') expect(body.message).toBe(message);
    else expect(body.message).toMatch(message);
    expect(body.details.refusal.fix.action).toBeTruthy();
    return body.details.refusal;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
    const userOf = async (username: string) =>
      (await t.ctx.db.select().from(users).where(eq(users.username, username)))[0]!;
    base = await sessionFor(t, await userOf('union_base'));
    agency = await sessionFor(t, await userOf('union_agency'));
    const [sd] = await t.ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, '上地信息产业基地基层工会'));
    shangdi = await sessionFor(t, await createUser(t, { role: 'union_base_operator', orgId: sd!.id }));
    const [hq] = await t.ctx.db.select().from(organizations).where(eq(organizations.name, '北京市总工会'));
    const other = await createOrg(t, { type: 'union_agency', parentId: hq!.id });
    otherAgency = await sessionFor(
      t,
      await createUser(t, { role: 'union_agency_operator', orgId: other.id }),
    );
    zgcId = (await userOf('union_base')).orgId!;
    plans = Object.fromEntries(
      (await t.ctx.db.select().from(products).where(eq(products.line, 'MUTUAL_AID'))).map((p) => [
        p.code,
        p.id,
      ]),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the plans and looks a member up by 会员编号 or 身份证号 (scoped)', async () => {
    const list = await t.request({ method: 'GET', url: '/api/union/application-plans', as: base });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().map((p: { name: string }) => p.name)).toContain('女职工特殊疾病互助保障');
    const byId = await t.request({
      method: 'GET',
      url: `/api/union/member-lookup?memberNoOrId=${memberId('王芳')}`,
      as: base,
    });
    expect(byId.statusCode, byId.body).toBe(200);
    expect(byId.json()).toMatchObject({ name: '王芳', gender: 'F', status: 'confirmed', unitNo: '0108001' });
    expect(byId.json().idNumberMasked).not.toContain('0312');
    const byNo = await t.request({
      method: 'GET',
      url: `/api/union/member-lookup?memberNoOrId=${byId.json().memberNo}`,
      as: base,
    });
    expect(byNo.json().name).toBe('王芳');
    // 刘波 is 上地's: 中关村 is told where he is, not his data.
    const other = await t.request({
      method: 'GET',
      url: `/api/union/member-lookup?memberNoOrId=${memberId('刘波')}`,
      as: base,
    });
    const refusal = expectRefused(other, 'MEMBER_NOT_IN_UNIT', /不在本单位.*0108002.*调入调出申请/);
    expect(refusal.fix.action).toBe('transfer');
    expect(other.body).not.toContain('刘波');
  });

  it('MA-5: member not in this unit → 调入调出申请', async () => {
    const res = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: memberId('刘波'), amount: 60 });
    expect(
      expectRefused(
        res,
        'MEMBER_NOT_IN_UNIT',
        /该会员不在本单位（现属上地信息产业基地基层工会，单位编号 0108002），请先办理调入调出申请/,
      ).fix.action,
    ).toBe('transfer');
  });

  it('MA-5: member does not exist → 入会', async () => {
    const byId = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: ID('11010819900101123'),
      amount: 60,
    });
    expect(expectRefused(byId, 'MEMBER_NOT_FOUND', /会员不存在.*尚未入会，请先办理入会/).fix.action).toBe(
      'enroll',
    );
    const byNo = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: '0108001999999', amount: 60 });
    expectRefused(byNo, 'MEMBER_NOT_FOUND', '会员不存在：本单位没有会员编号 0108001999999，请先办理入会');
  });

  it('MA-5: invalid ID in the seed words, with the expected check character', async () => {
    const good = memberId('王芳');
    const expected = good[17]!;
    const wrong = good.slice(0, 17) + (expected === '1' ? '2' : '1');
    const res = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: wrong, amount: 60 });
    expectRefused(res, 'ID_INVALID', `投保人身份证不合法,错误原因:检验位应为${expected}`);
  });

  it('MA-5: name differs from the member record (spaces, typos)', async () => {
    const res = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: memberId('王芳'),
      name: '王 芳',
      amount: 60,
    });
    expect(
      expectRefused(
        res,
        'NAME_MISMATCH',
        '会员姓名不一致：会员档案为「王芳」，填写为「王 芳」（填写的姓名中有空格）',
      ).fix.action,
    ).toBe('useMemberName');
    const typo = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: memberId('王芳'),
      name: '王方',
      amount: 60,
    });
    expectRefused(typo, 'NAME_MISMATCH', /会员档案为「王芳」，填写为「王方」（请检查空格或错别字）/);
  });

  it('MA-5: gender differs from the ID; women-only plans', async () => {
    const id = ID('11010819880202022'); // 17th digit 2 → female
    await addMember({ name: '性别错', id, gender: 'M' });
    const res = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: id, amount: 60 });
    expectRefused(res, 'GENDER_MISMATCH', '性别与身份证号不符：身份证号显示为女，会员档案为男');
    const man = await add({ productId: plans['ZH-NZG-TJ'], memberNoOrId: memberId('李强'), amount: 25 });
    expect(
      expectRefused(man, 'SEX_NOT_ELIGIBLE', '「女职工特殊疾病互助保障」仅限女职工参加').fix.action,
    ).toBe('choosePlan');
  });

  it('MA-5: over age is a warning that needs confirmation and the approval document; never above 65', async () => {
    const noFile = ID('11010819680501042'); // woman, 58 on 2027-01-01
    const withFile = ID('11010819680601042');
    const tooOld = ID('11010819600101042'); // 67
    await addMember({ name: '超龄甲', id: noFile });
    await addMember({ name: '超龄乙', id: withFile, overAgeFile: true });
    await addMember({ name: '超龄丙', id: tooOld, overAgeFile: true });
    const warn = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: withFile, amount: 60 });
    const r = expectRefused(
      warn,
      'AGE_OVER_NEEDS_APPROVAL',
      /^此会员超出投保年龄，是否继续投保？超龄：女性须小于 55 周岁（现 58 周岁）/,
    );
    expect(r).toMatchObject({ warning: true, fix: { action: 'confirmOverAge' } });
    const missing = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: noFile,
      amount: 60,
      overAgeConfirmed: true,
    });
    expectRefused(missing, 'AGE_OVER_NO_DOCUMENT', /尚无代办处审批的超龄参保证明，请先上传/);
    const ok = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: withFile,
      amount: 60,
      overAgeConfirmed: true,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'draft', statusLabel: '新建', overAgeConfirmed: true });
    const old = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: tooOld,
      amount: 60,
      overAgeConfirmed: true,
    });
    expectRefused(old, 'AGE_OVER_MAX', '超龄：超过 65 周岁不能参保（现 67 周岁）');
  });

  it('MA-5: copies exceeded, amount ≠ copies × premium, member not yet 财务确认', async () => {
    const copies = await add({
      productId: plans['ZH-ZDJB'],
      memberNoOrId: memberId('张敏'),
      copies: 3,
      amount: 108,
    });
    expectRefused(copies, 'COPIES_EXCEEDED', '份数超限：每人最多 2 份，已有未到期 0 份，本次最多还可投 2 份');
    const amount = await add({
      productId: plans['ZH-ZDJB'],
      memberNoOrId: memberId('张敏'),
      copies: 2,
      amount: 36,
    });
    expect(
      expectRefused(
        amount,
        'AMOUNT_MISMATCH',
        '投保金额应为 份数 × 每份保费：2 份 × 36.00 元 = 72.00 元，填写为 36.00 元',
      ).fix.action,
    ).toBe('fixAmount');
    const pending = await add({ productId: plans['ZH-ZDJB'], memberNoOrId: memberId('陈晨'), amount: 36 });
    expectRefused(pending, 'MEMBER_NOT_CONFIRMED', /尚未财务确认（当前为「新建」）/);
  });

  it('MA-5: application in progress (a 新建 exists), then duplicate once submitted; copies count pending ones', async () => {
    const first = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: memberId('王芳'),
      copies: 2,
      amount: 120,
    });
    expect(first.statusCode, first.body).toBe(200);
    const no = first.json().applicationNo as string;
    const again = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: memberId('王芳'), amount: 60 });
    const r = expectRefused(
      again,
      'APPLICATION_IN_PROGRESS',
      `该会员已有本计划的新建投保申请（${no}），请先上报该申请`,
    );
    expect(r.fix).toMatchObject({ action: 'submitPending', applicationNo: no });
    const up = await t.request({
      method: 'POST',
      url: '/api/union/applications/submit-search',
      as: base,
      payload: { status: 'draft', memberNoOrId: memberId('王芳') },
    });
    expect(up.json()).toEqual({ moved: 1 });
    const more = await add({
      productId: plans['ZH-ZZ-ZYJT'],
      memberNoOrId: memberId('王芳'),
      copies: 2,
      amount: 120,
    });
    expectRefused(more, 'COPIES_EXCEEDED', '份数超限：每人最多 3 份，已有未到期 2 份，本次最多还可投 1 份');
    const dup = await add({ productId: plans['ZH-ZZ-ZYJT'], memberNoOrId: memberId('王芳'), amount: 60 });
    expectRefused(
      dup,
      'DUPLICATE_APPLICATION',
      `重复投保：该会员本计划已有投保申请（${no}，上报），同一保障期间不能重复投保`,
    );
  });

  it('edit and delete only in 新建 or 打回; 修改预期生效时间 only 新建; 汇总金额; 批量删除 asks for 全部删除', async () => {
    const a = await add({ productId: plans['ZH-ZDJB'], memberNoOrId: memberId('李强'), amount: 36 });
    expect(a.statusCode, a.body).toBe(200);
    const no = a.json().applicationNo as string;
    const edit = await t.request({
      method: 'PUT',
      url: `/api/union/applications/${no}`,
      as: base,
      payload: {
        productId: plans['ZH-ZDJB'],
        memberNoOrId: memberId('李强'),
        copies: 2,
        amount: 72,
        expectedEffectiveDate: DATE,
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ copies: 2, amountFen: 7200 });

    const sum = await t.request({
      method: 'GET',
      url: `/api/union/applications/summary?status=draft&productId=${plans['ZH-ZDJB']}`,
      as: base,
    });
    expect(sum.json()).toEqual({ count: 1, people: 1, amountFen: 7200 });
    const all = await t.request({ method: 'GET', url: '/api/union/applications/summary', as: base });
    // 王芳 2 × 60 (上报) + 超龄乙 1 × 60 (新建) + 李强 2 × 36 (新建)
    expect(all.json()).toEqual({ count: 3, people: 3, amountFen: 12000 + 6000 + 7200 });

    const date = await t.request({
      method: 'POST',
      url: '/api/union/applications/change-effective-date',
      as: base,
      payload: { status: 'all', expectedEffectiveDate: '2027-02-01' },
    });
    expect(date.json()).toEqual({ moved: 2 }); // the two 新建, not the 上报 one
    const list = await t.request({
      method: 'GET',
      url: '/api/union/applications?status=submitted',
      as: base,
    });
    expect(list.json().items[0].expectedEffectiveDate).toBe(DATE);

    const submitted = list.json().items[0].applicationNo as string;
    const locked = await t.request({
      method: 'DELETE',
      url: `/api/union/applications/${submitted}`,
      as: base,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toMatch(/当前为「上报」，只有新建或打回的申请可以修改或删除/);

    // 打回 (by the agency office; here set as the chain would) can be edited again.
    await t.ctx.db
      .update(applications)
      .set({
        status: 'returned',
        details: {
          ...list.json().items[0],
          memberId: list.json().items[0].memberId,
          memberNo: list.json().items[0].memberNo,
          copies: 2,
          expectedEffectiveDate: DATE,
          returnReason: '份数有误',
        },
      })
      .where(eq(applications.applicationNo, submitted));
    const returned = await t.request({
      method: 'GET',
      url: '/api/union/applications?status=returned',
      as: base,
    });
    expect(returned.json().items[0]).toMatchObject({ statusLabel: '打回', returnReason: '份数有误' });
    const fixReturned = await t.request({
      method: 'PUT',
      url: `/api/union/applications/${submitted}`,
      as: base,
      payload: {
        productId: plans['ZH-ZZ-ZYJT'],
        memberNoOrId: memberId('王芳'),
        copies: 1,
        amount: 60,
        expectedEffectiveDate: DATE,
      },
    });
    expect(fixReturned.statusCode, fixReturned.body).toBe(200);

    const noConfirm = await t.request({
      method: 'POST',
      url: '/api/union/applications/batch-delete',
      as: base,
      payload: { status: 'draft', confirm: '删除' },
    });
    expect(noConfirm.statusCode).toBe(400);
    expect(noConfirm.body).toContain('全部删除');
    const del = await t.request({
      method: 'POST',
      url: '/api/union/applications/batch-delete',
      as: base,
      payload: { status: 'draft', productId: plans['ZH-ZDJB'], confirm: '全部删除' },
    });
    expect(del.json()).toEqual({ moved: 1 });
    const one = await t.request({ method: 'DELETE', url: `/api/union/applications/${submitted}`, as: base });
    expect(one.json()).toEqual({ moved: 1 });
    const cancelled = await t.request({
      method: 'GET',
      url: '/api/union/applications?status=cancelled',
      as: base,
    });
    expect(cancelled.json().total).toBe(2);
  });

  it('scope: another unit answers 404; the agency sees its units only; only base units apply', async () => {
    const list = await t.request({ method: 'GET', url: '/api/union/applications?status=draft', as: base });
    const no = list.json().items[0].applicationNo as string;
    const put = await t.request({
      method: 'PUT',
      url: `/api/union/applications/${no}`,
      as: shangdi,
      payload: {
        productId: plans['ZH-ZDJB'],
        memberNoOrId: memberId('李强'),
        amount: 36,
        copies: 1,
        expectedEffectiveDate: DATE,
      },
    });
    expect(put.statusCode).toBe(404);
    const del = await t.request({ method: 'DELETE', url: `/api/union/applications/${no}`, as: shangdi });
    expect(del.statusCode).toBe(404);
    const theirs = await t.request({ method: 'GET', url: '/api/union/applications', as: shangdi });
    expect(theirs.json().total).toBe(0);
    const up = await t.request({
      method: 'POST',
      url: '/api/union/applications/submit-search',
      as: shangdi,
      payload: {},
    });
    expect(up.json()).toEqual({ moved: 0 });
    const lookup = await t.request({
      method: 'GET',
      url: `/api/union/member-lookup?memberNoOrId=${memberId('王芳')}`,
      as: shangdi,
    });
    expectRefused(lookup, 'MEMBER_NOT_IN_UNIT', /中关村软件园基层工会/);

    const ag = await t.request({ method: 'GET', url: '/api/union/applications?unitNo=0108001', as: agency });
    expect(ag.json().total).toBeGreaterThan(0);
    expect(ag.json().items[0]).toMatchObject({ unitNo: '0108001', unitName: '中关村软件园基层工会' });
    const other = await t.request({ method: 'GET', url: '/api/union/applications', as: otherAgency });
    expect(other.json().total).toBe(0);
    const sum = await t.request({ method: 'GET', url: '/api/union/applications/summary', as: otherAgency });
    expect(sum.json()).toEqual({ count: 0, people: 0, amountFen: 0 });
    const forbidden = await add(
      { productId: plans['ZH-ZDJB'], memberNoOrId: memberId('李强'), amount: 36 },
      agency,
    );
    expect(forbidden.statusCode).toBe(403);
  });

  it('新会员投保: selected members in bulk, per-member failures as a workbook', async () => {
    const ids = (
      await t.ctx.db
        .select({ id: unionMembers.id, name: unionMembers.name })
        .from(unionMembers)
        .where(eq(unionMembers.unitOrgId, zgcId))
    ).filter((m) => ['张敏', '陈晨', '王芳'].includes(m.name));
    const res = await t.request({
      method: 'POST',
      url: '/api/union/applications/for-members',
      as: base,
      payload: {
        productId: plans['ZH-NZG-TJ'],
        memberIds: ids.map((m) => m.id),
        amount: 25,
        copies: 1,
        expectedEffectiveDate: DATE,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(2); // 张敏, 王芳
    expect(res.json().failed).toMatchObject([{ name: '陈晨', code: 'MEMBER_NOT_CONFIRMED' }]);
    const file = await t.request({ method: 'GET', url: `/api/files/${res.json().failuresFileId}`, as: base });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
  });

  it('【批量续转】: the members of an earlier period → 新建 applications, no change, continuity', async () => {
    // The 女职工特疾 applications of 2027-01-01 printed 生效 (as finance confirmation would).
    await t.ctx.db
      .update(applications)
      .set({ status: 'issued' })
      .where(and(eq(applications.productId, plans['ZH-NZG-TJ']!), eq(applications.status, 'draft')));
    const res = await t.request({
      method: 'POST',
      url: '/api/union/applications/renew',
      as: base,
      payload: { productId: plans['ZH-NZG-TJ'], fromEffectiveDate: DATE },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, failed: [], continuity: true });
    const list = await t.request({
      method: 'GET',
      url: `/api/union/applications?status=draft&productId=${plans['ZH-NZG-TJ']}`,
      as: base,
    });
    expect(
      list
        .json()
        .items.map((a: { expectedEffectiveDate: string; copies: number }) => [
          a.expectedEffectiveDate,
          a.copies,
        ]),
    ).toEqual([
      ['2028-01-01', 1],
      ['2028-01-01', 1],
    ]);
    const twice = await t.request({
      method: 'POST',
      url: '/api/union/applications/renew',
      as: base,
      payload: { productId: plans['ZH-NZG-TJ'], fromEffectiveDate: DATE },
    });
    expect(twice.json().created).toBe(0);
    expect(twice.json().failed.map((f: { code: string }) => f.code)).toEqual([
      'APPLICATION_IN_PROGRESS',
      'APPLICATION_IN_PROGRESS',
    ]);
    const none = await t.request({
      method: 'POST',
      url: '/api/union/applications/renew',
      as: base,
      payload: { productId: plans['ZH-NZG-TJ'], fromEffectiveDate: '2026-01-01' },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toMatch(/无可续转的会员/);
  });
});
