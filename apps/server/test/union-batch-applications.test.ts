import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { addDays, beijingDate, birthAndGenderOf, maskIdNumber, residentIdCheckChar } from '@policyhub/domain';
import { organizations, products, unionMembers } from '../src/tables.js';
import { nextMemberNos } from '../src/lines/union/units.js';
import { createUser, createTestApp, sessionFor, type Headers, type TestApp } from './helpers.js';
import { readRows, upload, workbook } from './imports-support.js';
import { part, writeZip } from './zip-bombs.js';
import { unionFixture } from './union-chain-support.js';

const ID = (first17: string) => first17 + residentIdCheckChar(first17);
const HEADER = ['会员编号或身份证号', '姓名', '性别', '产品名称', '份数', '投保金额', '预期生效时间'];
const ZYJT = '在职职工住院津贴互助保障'; // 60 元/份, at most 3
const ZDJB = '职工重大疾病互助保障'; // 36 元/份, at most 2

/** MA-4 模板批量投保: the 批量投保模板 through 业务校验 and 业务办理, every MA-5 reason per row. */
describe('批量投保模板 (MA-4, MA-5)', () => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof unionFixture>>;
  let base: Headers;
  let shangdi: Headers;
  let agency: Headers;
  let hq: Headers;
  const DATE = addDays(beijingDate(new Date()), 30);
  const demoId = (name: string) => fx.members.find((m) => m.name === name)!.id;

  async function addMember(input: { name: string; id: string; gender?: 'M' | 'F' }): Promise<string> {
    const [memberNo] = await nextMemberNos(t.ctx.db, fx.zgc.orgId);
    const derived = birthAndGenderOf(input.id);
    await t.ctx.db.insert(unionMembers).values({
      memberNo: memberNo!,
      unitOrgId: fx.zgc.orgId,
      name: input.name,
      idNumberEnc: t.ctx.crypto.encrypt(input.id),
      idNumberIdx: t.ctx.crypto.blindIndex(input.id),
      idNumberMasked: maskIdNumber(input.id),
      gender: input.gender ?? derived.gender,
      birthDate: derived.birthDate,
      status: 'confirmed',
    });
    return memberNo!;
  }

  async function memberNoOf(name: string): Promise<string> {
    const [m] = await t.ctx.db.select().from(unionMembers).where(eq(unionMembers.name, name));
    return m!.memberNo;
  }

  async function run(as: Headers, data: Buffer) {
    const res = await upload(t, as, 'template=union_applications', '批量投保.xlsx', data);
    expect(res.statusCode, res.body).toBe(200);
    const imp = res.json();
    const exec = await t.request({ method: 'POST', url: `/api/imports/${imp.id}/execute`, as });
    expect(exec.statusCode, exec.body).toBe(200);
    expect(await t.ctx.jobs.waitFor(exec.json().taskId, 20_000)).toEqual({
      status: 'succeeded',
      error: null,
    });
    const done = (await t.request({ method: 'GET', url: `/api/imports/${imp.id}`, as })).json();
    const result = await t.request({ method: 'GET', url: `/api/imports/${imp.id}/result`, as });
    expect(result.statusCode).toBe(200);
    const rows = await readRows(result.rawPayload);
    return { imp, done, rows, text: rows.map((r) => r.map(String).join('|')).join('\n') };
  }

  const drafts = async (as: Headers, key: string) =>
    (
      await t.request({
        method: 'GET',
        url: `/api/union/applications?status=draft&memberNoOrId=${encodeURIComponent(key)}`,
        as,
      })
    ).json() as {
      total: number;
      items: { name: string; statusLabel: string; copies: number; amountFen: number; productName: string }[];
    };

  beforeAll(async () => {
    t = await createTestApp();
    await t.ctx.jobs.start();
    fx = await unionFixture(t);
    base = await sessionFor(t, await fx.user('union_base'));
    agency = await sessionFor(t, await fx.user('union_agency'));
    hq = await sessionFor(t, await fx.user('union_hq'));
    const [sd] = await t.ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, '上地信息产业基地基层工会'));
    shangdi = await sessionFor(t, await createUser(t, { role: 'union_base_operator', orgId: sd!.id }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('downloads with the 投保 columns for the base unit only', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/imports/templates/union_applications/download',
      as: base,
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map(String).join('|');
    for (const h of HEADER) expect(header).toContain(h);
    const listed = await t.request({ method: 'GET', url: '/api/imports/templates', as: base });
    expect(JSON.stringify(listed.json())).toContain('批量投保模板');
    for (const as of [agency, hq]) {
      const denied = await t.request({
        method: 'GET',
        url: '/api/imports/templates/union_applications/download',
        as,
      });
      expect(denied.statusCode).toBe(403);
      const up = await upload(
        t,
        as,
        'template=union_applications',
        'x.xlsx',
        await workbook([HEADER, [demoId('王芳'), '王芳', '', ZYJT, '1', '60', DATE]]),
      );
      expect(up.statusCode).toBe(403);
    }
  });

  it('业务校验 gives every MA-5 reason per row; 业务办理 creates the good rows as 新建 through createInBulk', async () => {
    const liqiangNo = await memberNoOf('李强');
    const inProgress = ID('11010819900101062');
    const copies = ID('11010819900202063');
    const dup = ID('11010819900303064');
    const wroteMale = ID('11010819900404062'); // female
    const overAge = ID('11010819680501042'); // woman, 58
    const amount = ID('11010819900505065');
    await addMember({ name: '在途', id: inProgress });
    await addMember({ name: '超份', id: copies });
    await addMember({ name: '重复', id: dup });
    await addMember({ name: '写性别', id: wroteMale });
    await addMember({ name: '超龄甲', id: overAge });
    await addMember({ name: '金额错', id: amount });
    // 在途: a 新建 application exists; 重复: one was 上报 (one by one, through the routes).
    const productId = (await fx.plan('ZH-ZZ-ZYJT')).id;
    for (const id of [inProgress, dup]) {
      const one = await t.request({
        method: 'POST',
        url: '/api/union/applications',
        as: base,
        payload: { productId, memberNoOrId: id, copies: 1, amount: 60, expectedEffectiveDate: DATE },
      });
      expect(one.statusCode, one.body).toBe(200);
    }
    const up0 = await t.request({
      method: 'POST',
      url: '/api/union/applications/submit-search',
      as: base,
      payload: { status: 'draft', memberNoOrId: dup },
    });
    expect(up0.json()).toEqual({ moved: 1 });
    const badCheck =
      ID('11010819900606066').slice(0, 17) + (ID('11010819900606066').endsWith('1') ? '2' : '1');
    const rows = [
      HEADER,
      [demoId('王芳'), '王芳', '女', ZYJT, '1', '60', DATE], // 2 good
      [liqiangNo, '李强', '', ZYJT, '2', '120', DATE], // 3 good, by 会员编号
      [demoId('刘波'), '刘波', '', ZYJT, '1', '60', DATE], // 4 another unit's member
      [ID('11010819900707067'), '无此人', '', ZYJT, '1', '60', DATE], // 5 not a member
      [badCheck, '错号', '', ZYJT, '1', '60', DATE], // 6 invalid ID
      [demoId('张敏'), '张 敏', '', ZYJT, '1', '60', DATE], // 7 name with a space
      [demoId('张敏'), '张敏 ', '', ZDJB, '1', '36', DATE], // 8 trailing space: refused, not trimmed
      [inProgress, '在途', '', ZYJT, '1', '60', DATE], // 9 a 新建 exists
      [copies, '超份', '', ZDJB, '3', '108', DATE], // 10 copies exceeded
      [dup, '重复', '', ZDJB, '1', '36', DATE], // 11 (other plan: fine) → good
      [dup, '重复', '', ZYJT, '1', '60', DATE], // 12 duplicate application
      [wroteMale, '写性别', '男', ZYJT, '1', '60', DATE], // 13 gender differs from the ID
      [overAge, '超龄甲', '', ZYJT, '1', '60', DATE], // 14 over age
      [amount, '金额错', '', ZYJT, '2', '60', DATE], // 15 amount ≠ copies × premium
      [demoId('陈晨'), '陈晨', '', ZYJT, '1', '60', DATE], // 16 not 财务确认
      [demoId('张敏'), '张敏', '', '不存在的计划', '1', '60', DATE], // 17 unknown plan
      [demoId('王芳'), '王芳', '', ZYJT, '1', '60', DATE], // 18 duplicate row
    ];
    const { imp, done, text } = await run(base, await workbook(rows, { textColumns: [1] }));
    expect(imp.status).toBe('validated');
    expect(imp.errorRows).toBe(14);
    const problems = (imp.problems as { row: number; message: string; column?: string }[]).filter(
      (p) => (p as { level?: string }).level === 'error',
    );
    const at = (row: number) =>
      problems
        .filter((p) => p.row === row)
        .map((p) => p.message)
        .join(' / ');
    expect(at(2)).toBe('');
    expect(at(3)).toBe('');
    expect(at(4)).toMatch(/该会员不在本单位（现属上地信息产业基地基层工会，单位编号 0108002）.*调入调出申请/);
    expect(at(5)).toMatch(/会员不存在：身份证号 110108\*+\d{3}[\dX] 尚未入会，请先办理入会/);
    expect(at(6)).toMatch(/投保人身份证不合法,错误原因:检验位应为/);
    expect(at(7)).toContain('会员档案为「张敏」，填写为「张 敏」（填写的姓名中有空格）');
    expect(at(8)).toContain('姓名前后有空格');
    expect(at(9)).toMatch(/该会员已有本计划的新建投保申请（MA\w+），请先上报该申请/);
    expect(at(10)).toContain('份数超限：每人最多 2 份');
    expect(at(11)).toBe('');
    expect(at(12)).toMatch(/重复投保：该会员本计划已有投保申请（MA\w+，上报）/);
    expect(at(13)).toContain('性别与身份证号不符：身份证号显示为女，填写为男');
    expect(at(14)).toMatch(/此会员超出投保年龄.*批量投保不能确认超龄/);
    expect(at(15)).toContain('投保金额应为 份数 × 每份保费：2 份 × 60.00 元 = 120.00 元，填写为 60.00 元');
    expect(at(16)).toContain('尚未财务确认');
    expect(at(17)).toContain('产品名称「不存在的计划」不是已上架的互助保障计划');
    expect(at(18)).toContain('与第 2 行重复');

    expect(done).toMatchObject({ status: 'done', succeededRows: 3, failedRows: 14 });
    for (const s of [
      '不在本单位',
      '尚未入会',
      '检验位应为',
      '填写的姓名中有空格',
      '姓名前后有空格',
      '请先上报该申请',
      '份数超限',
      '重复投保',
      '性别与身份证号不符',
      '此会员超出投保年龄',
      '投保金额应为 份数 × 每份保费',
      '尚未财务确认',
      '不是已上架的互助保障计划',
    ])
      expect(text).toContain(s);
    // The repeated row: refused with the same reason at 业务校验 and at 业务办理 (never carried out).
    expect(text).toMatch(/第 18 行：[^\n]*与第 2 行重复/);
    expect(text).not.toMatch(/第 18 行：[^\n]*新建投保申请/);
    // Names as given: the refused ones are not stored, the created ones carry the member's record.
    const wang = await drafts(base, demoId('王芳'));
    expect(wang.items).toMatchObject([
      { name: '王芳', statusLabel: '新建', copies: 1, amountFen: 6000, productName: ZYJT },
    ]);
    expect((await drafts(base, liqiangNo)).items).toMatchObject([
      { name: '李强', statusLabel: '新建', copies: 2, amountFen: 12000 },
    ]);
    expect((await drafts(base, dup)).items).toMatchObject([{ productName: ZDJB, statusLabel: '新建' }]);
    expect((await drafts(base, demoId('张敏'))).total).toBe(0);
    expect((await drafts(base, amount)).total).toBe(0);
    // The rest of the chain works on them: 当前查询结果上报.
    const up = await t.request({
      method: 'POST',
      url: '/api/union/applications/submit-search',
      as: base,
      payload: { status: 'draft', memberNoOrId: liqiangNo },
    });
    expect(up.json()).toEqual({ moved: 1 });
  });

  it('reads a workbook from another writer (shared strings, numbers as numbers, as WPS saves)', async () => {
    const a = ID('11010819910101082');
    const b = ID('11010819910202083');
    await addMember({ name: '另写一', id: a });
    await addMember({ name: '另写二', id: b });
    const { done } = await run(
      base,
      sharedStringsXlsx([
        HEADER,
        [a, '另写一', '女', ZDJB, 1, 36, DATE],
        [b, '另写二', '', ZDJB, 2, 72, DATE],
      ]),
    );
    expect(done).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 0 });
    expect((await drafts(base, b)).items).toMatchObject([{ name: '另写二', copies: 2, amountFen: 7200 }]);
  });

  it('execution re-checks: a row valid at 业务校验 is refused when a 新建 appeared meanwhile', async () => {
    const id = ID('11010819920303092');
    await addMember({ name: '期间', id });
    const res = await upload(
      t,
      base,
      'template=union_applications',
      'x.xlsx',
      await workbook([HEADER, [id, '期间', '', ZYJT, '1', '60', DATE]], { textColumns: [1] }),
    );
    expect(res.json().errorRows).toBe(0);
    const one = await t.request({
      method: 'POST',
      url: '/api/union/applications',
      as: base,
      payload: {
        productId: (await fx.plan('ZH-ZZ-ZYJT')).id,
        memberNoOrId: id,
        copies: 1,
        amount: 60,
        expectedEffectiveDate: DATE,
      },
    });
    expect(one.statusCode, one.body).toBe(200);
    const exec = await t.request({ method: 'POST', url: `/api/imports/${res.json().id}/execute`, as: base });
    await t.ctx.jobs.waitFor(exec.json().taskId, 60_000);
    const done = (await t.request({ method: 'GET', url: `/api/imports/${res.json().id}`, as: base })).json();
    expect(done).toMatchObject({ succeededRows: 0, failedRows: 1 });
    expect((await drafts(base, id)).total).toBe(1);
  });

  it("another base unit cannot apply for this unit's members: not in unit, nothing created", async () => {
    const { imp, done, text } = await run(
      shangdi,
      await workbook([HEADER, [demoId('张敏'), '张敏', '', ZDJB, '1', '36', DATE]], { textColumns: [1] }),
    );
    expect(imp.errorRows).toBe(1);
    expect(done).toMatchObject({ succeededRows: 0, failedRows: 1 });
    expect(text).toMatch(/该会员不在本单位（现属中关村软件园基层工会/);
    expect((await drafts(base, demoId('张敏'))).total).toBe(0);
    // And the import itself is the owner's: the base unit cannot read it (404).
    const other = await t.request({ method: 'GET', url: `/api/imports/${imp.id}`, as: base });
    expect(other.statusCode).toBe(404);
  });

  it('the same member twice in one file (by 会员编号 and by 身份证号) gets one application; the other row is refused', async () => {
    const id = ID('11010819930404102');
    const no = await addMember({ name: '两行', id });
    const { imp, done, text } = await run(
      base,
      await workbook(
        [HEADER, [no, '两行', '', ZDJB, '1', '36', DATE], [id, '两行', '', ZDJB, '1', '36', DATE]],
        { textColumns: [1] },
      ),
    );
    expect(imp.errorRows).toBe(1);
    expect((imp.problems as { row: number; message: string }[]).find((p) => p.row === 3)?.message).toContain(
      '该会员在本批中已有一条「职工重大疾病互助保障」的投保',
    );
    expect(done).toMatchObject({ succeededRows: 1, failedRows: 1 });
    // 业务办理 gives 业务校验's reason, with the row that has the application (not "submit it first").
    expect(text).toMatch(/第 3 行：该会员在本批中已有一条「职工重大疾病互助保障」的投保（第 2 行）/);
    expect((await drafts(base, id)).total).toBe(1);
  });
});

describe('批量投保模板 with the page’s 产品名称 and 投保金额 (seed: 选择产品名称，输入投保金额或以模板金额为准)', () => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof unionFixture>>;
  let base: Headers;
  const DATE = addDays(beijingDate(new Date()), 30);
  let zdjbId = '';
  let n = 0;

  async function member(name: string): Promise<string> {
    n += 1;
    const id = ID(`110108199105${String(n).padStart(2, '0')}${String(100 + n).slice(-3)}`);
    const [memberNo] = await nextMemberNos(t.ctx.db, fx.zgc.orgId);
    const derived = birthAndGenderOf(id);
    await t.ctx.db.insert(unionMembers).values({
      memberNo: memberNo!,
      unitOrgId: fx.zgc.orgId,
      name,
      idNumberEnc: t.ctx.crypto.encrypt(id),
      idNumberIdx: t.ctx.crypto.blindIndex(id),
      idNumberMasked: maskIdNumber(id),
      gender: derived.gender,
      birthDate: derived.birthDate,
      status: 'confirmed',
    });
    return memberNo!;
  }

  const query = (params: Record<string, string>) =>
    new URLSearchParams({ template: 'union_applications', ...params }).toString();

  async function validate(params: Record<string, string>, rows: string[][]) {
    const res = await upload(t, base, query(params), '批量投保.xlsx', await workbook([HEADER, ...rows]));
    expect(res.statusCode, res.body).toBe(200);
    const imp = res.json();
    const problems = (
      imp.problems as { row: number; message: string; column?: string; level: string }[]
    ).filter((p) => p.level === 'error');
    const at = (row: number) =>
      problems
        .filter((p) => p.row === row)
        .map((p) => p.message)
        .join(' / ');
    return { imp, at };
  }

  async function execute(importId: string) {
    const exec = await t.request({ method: 'POST', url: `/api/imports/${importId}/execute`, as: base });
    expect(exec.statusCode, exec.body).toBe(200);
    await t.ctx.jobs.waitFor(exec.json().taskId, 20_000);
    return (await t.request({ method: 'GET', url: `/api/imports/${importId}`, as: base })).json();
  }

  const drafts = async (key: string) =>
    (
      await t.request({
        method: 'GET',
        url: `/api/union/applications?status=draft&memberNoOrId=${encodeURIComponent(key)}`,
        as: base,
      })
    ).json() as { total: number; items: { copies: number; amountFen: number; productName: string }[] };

  beforeAll(async () => {
    t = await createTestApp();
    await t.ctx.jobs.start();
    fx = await unionFixture(t);
    base = await sessionFor(t, await fx.user('union_base'));
    zdjbId = (await fx.plan('ZH-ZDJB')).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the page’s plan fills blank 产品名称; a row naming another plan is refused; the page amount is every row’s', async () => {
    const blank = await member('页选甲');
    const same = await member('页选乙');
    const other = await member('页选丙');
    const ownAmount = await member('页选丁');
    const wrongTotal = await member('页选戊');
    const { imp, at } = await validate({ productId: zdjbId, amount: '36' }, [
      [blank, '页选甲', '', '', '1', '', DATE], // 2 plan and amount from the page
      [same, '页选乙', '', ZDJB, '1', '36', DATE], // 3 the same plan and amount written: fine
      [other, '页选丙', '', ZYJT, '1', '36', DATE], // 4 another plan than the page's
      [ownAmount, '页选丁', '', '', '2', '72', DATE], // 5 its own amount ≠ the page's
      [wrongTotal, '页选戊', '', '', '2', '', DATE], // 6 page amount 36 ≠ 2 × 36
    ]);
    expect(imp.status).toBe('validated');
    expect(at(2)).toBe('');
    expect(at(3)).toBe('');
    expect(at(4)).toBe(
      `行的产品名称与所选产品不一致：填写为「${ZYJT}」，页面所选为「${ZDJB}」，请修改模板或重新选择产品名称`,
    );
    expect(at(5)).toBe(
      '模板金额与输入的投保金额不一致，请勾选以模板金额为准或修改模板（模板为 72.00 元，输入为 36.00 元）',
    );
    expect(at(6)).toContain('投保金额应为 份数 × 每份保费：2 份 × 36.00 元 = 72.00 元，填写为 36.00 元');
    expect(imp.errorRows).toBe(3);
    const done = await execute(imp.id);
    expect(done).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 3 });
    expect((await drafts(blank)).items).toMatchObject([{ productName: ZDJB, copies: 1, amountFen: 3600 }]);
    expect((await drafts(same)).items).toMatchObject([{ productName: ZDJB, amountFen: 3600 }]);
    for (const no of [other, ownAmount, wrongTotal]) expect((await drafts(no)).total).toBe(0);
  });

  it('以模板金额为准: each row’s 投保金额 counts (the page amount ignored); a blank one is refused', async () => {
    const one = await member('模板甲');
    const two = await member('模板乙');
    const none = await member('模板丙');
    const { imp, at } = await validate({ productId: zdjbId, amount: '36', useTemplateAmount: 'true' }, [
      [one, '模板甲', '', '', '1', '36', DATE],
      [two, '模板乙', '', ZDJB, '2', '72', DATE],
      [none, '模板丙', '', '', '1', '', DATE],
    ]);
    expect(at(2)).toBe('');
    expect(at(3)).toBe('');
    expect(at(4)).toBe('投保金额未填写：请在模板中填写，或在页面输入投保金额');
    const done = await execute(imp.id);
    expect(done).toMatchObject({ succeededRows: 2, failedRows: 1 });
    expect((await drafts(two)).items).toMatchObject([{ copies: 2, amountFen: 7200 }]);
    // Without any page choice a row must name its plan.
    const bare = await validate({}, [[await member('无选'), '无选', '', '', '1', '36', DATE]]);
    expect(bare.at(2)).toBe('产品名称未填写：请在模板中填写或在页面选择产品名称');
  });

  it('bad parameters: a Chinese 400 and nothing stored (unknown plan, malformed id, negative amount)', async () => {
    const notUnion = (await t.ctx.db.select({ id: products.id, line: products.line }).from(products)).find(
      (p) => p.line !== 'MUTUAL_AID',
    );
    expect(notUnion).toBeDefined();
    const data = await workbook([HEADER, [await member('参数'), '参数', '', '', '1', '36', DATE]]);
    const before = (
      await t.request({ method: 'GET', url: '/api/imports?template=union_applications', as: base })
    ).json().total as number;
    for (const [params, message] of [
      [{ productId: '00000000-0000-4000-8000-000000000000' }, '所选产品名称不是已上架的互助保障计划'],
      ...(notUnion ? [[{ productId: notUnion.id }, '所选产品名称不是已上架的互助保障计划'] as const] : []),
      [{ productId: 'zdjb' }, '所选产品编号格式不正确'],
      [{ productId: zdjbId, amount: '-36' }, '投保金额应为不小于 0 的金额'],
      [{ productId: zdjbId, amount: '36.123' }, '投保金额应为不小于 0 的金额'],
      [{ productId: zdjbId, useTemplateAmount: 'yes' }, '以模板金额为准应为 true 或 false'],
    ] as const) {
      const res = await upload(t, base, query(params), 'x.xlsx', data);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().message).toContain(message);
    }
    const after = (
      await t.request({ method: 'GET', url: '/api/imports?template=union_applications', as: base })
    ).json().total as number;
    expect(after).toBe(before);
  });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A workbook NOT written by exceljs, as WPS and Excel save one: text in xl/sharedStrings.xml
 * (cells t="s" by index), numbers as plain <v>, no styles. (Files LibreOffice wrote: fixtures/libreoffice, read by union-members.test.ts.)
 */
function sharedStringsXlsx(rows: (string | number)[][]): Buffer {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((v, c) => {
            const ref = `${col(c)}${r + 1}`;
            if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
            if (v === '') return '';
            let i = indexOf.get(v);
            if (i === undefined) {
              i = strings.length;
              strings.push(v);
              indexOf.set(v, i);
            }
            return `<c r="${ref}" t="s"><v>${i}</v></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`;
  return writeZip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="批量投保" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    part('xl/sharedStrings.xml', sst),
    part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  ]);
}
