import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '@policyhub/domain';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import { multipart, readRows, upload, workbook } from './imports-support.js';
import { part, writeZip } from './zip-bombs.js';
import { ensureUnit } from '../src/lines/union/units.js';
import { unionMembers } from '../src/lines/union/tables.js';

// Ages are counted on today (birth dates below are far from any birthday edge for years).

function id(birth: string, seq: number, region = '110105'): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
/** seq odd = male, even = female (the 17th digit). */
const male = (birth: string, n: number) => id(birth, n * 2 + 1);
const female = (birth: string, n: number) => id(birth, n * 2 + 2);
/** An ID whose check character is X (searched for a sequence that gives it). */
function idWithX(birth: string): string {
  for (let s = 1; s < 999; s++) {
    const first17 = `110105${birth}${String(s).padStart(3, '0')}`;
    if (residentIdCheckChar(first17) === 'X') return `${first17}X`;
  }
  throw new Error('no X');
}

let t: TestApp;
let baseAs: Headers;
let otherBaseAs: Headers;
let agencyAs: Headers;
let otherAgencyAs: Headers;
let hqAs: Headers;
let base: { id: string; name: string };
let otherBase: { id: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.jobs.start();
  const hq = await createOrg(t, { type: 'union_hq', name: '测试总工会' });
  const agency = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '测试代办处' });
  const agency2 = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '另一代办处' });
  base = await createOrg(t, { type: 'union_base', parentId: agency.id, name: '甲基层工会' });
  const sibling = await createOrg(t, { type: 'union_base', parentId: agency.id, name: '乙基层工会' });
  otherBase = await createOrg(t, { type: 'union_base', parentId: agency2.id, name: '丙基层工会' });
  await ensureUnit(t.ctx.db, base.id, '0901001');
  await ensureUnit(t.ctx.db, sibling.id, '0901002');
  await ensureUnit(t.ctx.db, otherBase.id, '0902001');
  const as = async (role: Parameters<typeof createUser>[1]['role'], orgId: string) =>
    sessionFor(t, await createUser(t, { role, orgId }));
  baseAs = await as('union_base_operator', base.id);
  otherBaseAs = await as('union_base_operator', otherBase.id);
  agencyAs = await as('union_agency_operator', agency.id);
  otherAgencyAs = await as('union_agency_operator', agency2.id);
  hqAs = await as('union_hq_operator', hq.id);
}, 60_000);
afterAll(() => t?.close());

const add = (as: Headers, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/union/members', payload: body, as });
const list = (as: Headers, query = '') =>
  t.request({ method: 'GET', url: `/api/union/members?pageSize=200${query}`, as });
const memberCount = async () =>
  Number((await t.ctx.db.select({ n: sql<number>`count(*)` }).from(unionMembers))[0]!.n);
const auditCount = async (action: string) =>
  Number(
    (
      (await t.ctx.db.execute(sql`select count(*)::int as n from audit_log where action = ${action}`)) as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

describe('【添加】 one member', () => {
  it('creates a 新建 member numbered from the unit, gender and birth date from the ID, personal data masked, audited', async () => {
    const idNo = female('19900215', 1);
    const before = await auditCount('union.member_create');
    const res = await add(baseAs, {
      name: '林静',
      idNumber: idNo,
      mobile: '13912345678',
      extra: { department: '研发部' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({
      memberNo: '0901001000001',
      unitNo: '0901001',
      name: '林静',
      gender: 'F',
      birthDate: '1990-02-15',
      status: 'new',
      editable: true,
      extra: { department: '研发部' },
    });
    expect(m.idNumberMasked).not.toContain(idNo.slice(6, 14));
    expect(m.mobileMasked).not.toBe('13912345678');
    expect(res.body).not.toContain(idNo);
    expect(await auditCount('union.member_create')).toBe(before + 1);
    // The ID number search is exact (blind index).
    const found = (await list(baseAs, `&idNumber=${idNo}`)).json();
    expect(found.items.map((x: { id: string }) => x.id)).toEqual([m.id]);
  });

  it.each([
    ['17 characters', { name: '王一', idNumber: male('19900101', 5).slice(0, 17) }, '身份证号必须为18位'],
    [
      'a lower-case x (refused, never upper-cased)',
      { name: '王二', idNumber: idWithX('19880808').toLowerCase() },
      '末尾X必须为大写',
    ],
    ['a space inside the name', { name: '王 三', idNumber: male('19900101', 6) }, '姓名中间不得有空格'],
    [
      'a wrong check digit',
      {
        name: '王四',
        idNumber: `${male('19900101', 7).slice(0, 17)}${male('19900101', 7).endsWith('0') ? '1' : '0'}`,
      },
      '检验位应为',
    ],
    ['an invalid mobile', { name: '王五', idNumber: male('19900101', 8), mobile: '12345' }, '手机号'],
    [
      'a woman of 56 without approval document',
      { name: '王六', idNumber: female('19700101', 9) },
      '超龄参保证明',
    ],
    ['a man of 66 (never above 65)', { name: '王七', idNumber: male('19600101', 10) }, '超过 65 周岁'],
    ['a 16-year-old', { name: '王八', idNumber: male('20110101', 11) }, '须年满 16 周岁'],
  ])('refuses %s with a clear message and creates nothing', async (_what, body, message) => {
    const before = await memberCount();
    const res = await add(baseAs, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(message);
    expect(await memberCount()).toBe(before);
  });

  it('accepts an upper-case X', async () => {
    const res = await add(baseAs, { name: '叶子', idNumber: idWithX('19880808') });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('admits an over-age member (≤ 65) only with an uploaded approval document of the unit', async () => {
    const file = multipart('审批.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'));
    const up = await t.request({
      method: 'POST',
      url: '/api/union/members/over-age-files',
      payload: file.payload,
      headers: file.headers,
      as: baseAs,
    });
    expect(up.statusCode, up.body).toBe(200);
    const { fileId } = up.json();
    // Another unit cannot use it.
    const foreign = await add(otherBaseAs, {
      name: '赵老',
      idNumber: male('19630101', 12),
      overAgeFileId: fileId,
    });
    expect(foreign.statusCode).toBe(400);
    const res = await add(baseAs, { name: '赵老', idNumber: male('19630101', 12), overAgeFileId: fileId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().overAge).toBe(true);
    const tooOld = await add(baseAs, { name: '钱老', idNumber: male('19600101', 13), overAgeFileId: fileId });
    expect(tooOld.json().message).toContain('超过 65 周岁');
  });

  it('names the unit when the person is already a member here or elsewhere (→ 调入调出)', async () => {
    const idNo = male('19850505', 14);
    expect((await add(otherBaseAs, { name: '周游', idNumber: idNo })).statusCode).toBe(200);
    const again = await add(otherBaseAs, { name: '周游', idNumber: idNo });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已是本单位会员');
    const elsewhere = await add(baseAs, { name: '周游', idNumber: idNo });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().message).toContain('丙基层工会');
    expect(elsewhere.json().message).toContain('调入调出');
  });

  it('only a base-unit operator adds members', async () => {
    expect((await add(agencyAs, { name: '孙行', idNumber: male('19900101', 15) })).statusCode).toBe(403);
  });
});

describe('states, 当前查询结果上报, 财务确认, 打回 and the scope', () => {
  it('edits and deletes only in 新建/打回; another unit answers 404; submit, return with reason, resubmit, confirm', async () => {
    const a = (await add(baseAs, { name: '甲一', idNumber: male('19920303', 20) })).json();
    const b = (await add(baseAs, { name: '甲二', idNumber: female('19920303', 21) })).json();

    // Another base unit: 404 on change, invisible in its list; the sibling-blind agency too.
    const put = { name: '甲一改', idNumber: male('19920303', 20) };
    expect(
      (await t.request({ method: 'PUT', url: `/api/union/members/${a.id}`, payload: put, as: otherBaseAs }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/union/members/${a.id}`, as: otherBaseAs })).statusCode,
    ).toBe(404);
    const otherList = (await list(otherBaseAs)).json();
    expect(otherList.items.some((x: { id: string }) => x.id === a.id)).toBe(false);
    expect((await list(otherAgencyAs)).json().items.some((x: { id: string }) => x.id === a.id)).toBe(false);
    expect((await list(agencyAs)).json().items.some((x: { id: string }) => x.id === a.id)).toBe(true);
    expect((await list(hqAs)).json().items.some((x: { id: string }) => x.id === a.id)).toBe(true);
    expect((await list(agencyAs, '&unitNo=0902001')).json().total).toBe(0);

    const edited = await t.request({
      method: 'PUT',
      url: `/api/union/members/${a.id}`,
      payload: put,
      as: baseAs,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: '甲一改', memberNo: a.memberNo });

    // 上报 of the current search (name 甲): both, and nothing of other searches.
    const search = { name: '甲' };
    const submitted = await t.request({
      method: 'POST',
      url: '/api/union/members/submit-search',
      payload: { search },
      as: baseAs,
    });
    expect(submitted.json()).toEqual({ count: 2 });
    expect((await list(baseAs, '&status=new&name=林静')).json().total).toBe(1);

    // 上报 members cannot change.
    const refused = await t.request({
      method: 'PUT',
      url: `/api/union/members/${a.id}`,
      payload: { ...put, name: '甲一再改' },
      as: baseAs,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('只有新建或打回的会员可以修改');
    expect(
      (await t.request({ method: 'DELETE', url: `/api/union/members/${a.id}`, as: baseAs })).statusCode,
    ).toBe(409);
    const [row] = await t.ctx.db.select().from(unionMembers).where(eq(unionMembers.id, a.id));
    expect(row!.name).toBe('甲一改');

    // The base unit cannot confirm; another agency confirms nothing; the agency returns one with a reason.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/union/members/confirm-search',
          payload: { search },
          as: baseAs,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/union/members/confirm-search',
          payload: { search: { status: 'submitted', name: '甲' } },
          as: otherAgencyAs,
        })
      ).json(),
    ).toEqual({ count: 0 });
    const noReason = await t.request({
      method: 'POST',
      url: '/api/union/members/return-search',
      payload: { search: { memberNo: b.memberNo }, reason: ' ' },
      as: agencyAs,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('请填写打回原因');
    const returned = await t.request({
      method: 'POST',
      url: '/api/union/members/return-search',
      payload: { search: { memberNo: b.memberNo }, reason: '姓名与身份证不符' },
      as: agencyAs,
    });
    expect(returned.json()).toEqual({ count: 1 });
    const seen = (await list(baseAs, `&memberNo=${b.memberNo}`)).json().items[0];
    expect(seen).toMatchObject({ status: 'returned', returnReason: '姓名与身份证不符', editable: true });

    // Resubmit, then HQ confirms the unit's submissions.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/union/members/submit-search',
          payload: { search: { status: 'returned' } },
          as: baseAs,
        })
      ).json(),
    ).toEqual({ count: 1 });
    const confirmed = await t.request({
      method: 'POST',
      url: '/api/union/members/confirm-search',
      payload: { search: { status: 'submitted', unitNo: '0901001' } },
      as: hqAs,
    });
    expect(confirmed.json()).toEqual({ count: 2 });
    const after = (await list(baseAs, '&name=甲')).json().items;
    expect(after.map((x: { status: string; returnReason: null }) => [x.status, x.returnReason])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
    ]);
    expect(await auditCount('union.member_confirm')).toBeGreaterThan(0);
  });

  it('【全部删除】 needs the typed 全部删除 and deletes only the search’s 新建 members', async () => {
    await add(baseAs, { name: '删一', idNumber: male('19930404', 30) });
    await add(baseAs, { name: '删二', idNumber: male('19930404', 31) });
    const before = await memberCount();
    for (const confirm of ['', '删除', '全部删除 ', '全部刪除']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/union/members/delete-search',
        payload: { search: { name: '删' }, confirm },
        as: baseAs,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain('全部删除');
    }
    expect(await memberCount()).toBe(before);
    // Another base unit's typed 全部删除 deletes none of ours.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/union/members/delete-search',
          payload: { search: { name: '删' }, confirm: '全部删除' },
          as: otherBaseAs,
        })
      ).json(),
    ).toEqual({ count: 0 });
    const res = await t.request({
      method: 'POST',
      url: '/api/union/members/delete-search',
      payload: { search: {}, confirm: '全部删除' },
      as: baseAs,
    });
    expect(res.statusCode).toBe(200);
    expect((await list(baseAs, '&status=new')).json().total).toBe(0);
    // 财务确认 members were not touched.
    expect((await list(baseAs, '&status=confirmed')).json().total).toBe(2);
  });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A workbook NOT written by exceljs: minimal OOXML with inline strings, no styles and no shared
 * strings, as small writers (and some exports) produce. (LibreOffice's own files: fixtures/libreoffice.)
 */
function minimalXlsx(rows: string[][]): Buffer {
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((v, c) => `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="批量入会" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  ]);
}

async function runImport(as: Headers, data: Buffer) {
  const res = await upload(t, as, 'template=union_members', '批量入会.xlsx', data);
  expect(res.statusCode, res.body).toBe(200);
  const imp = res.json();
  const exec = await t.request({ method: 'POST', url: `/api/imports/${imp.id}/execute`, as });
  expect(exec.statusCode, exec.body).toBe(200);
  expect(await t.ctx.jobs.waitFor(exec.json().taskId, 60_000)).toEqual({ status: 'succeeded', error: null });
  const done = (await t.request({ method: 'GET', url: `/api/imports/${imp.id}`, as })).json();
  const result = await t.request({ method: 'GET', url: `/api/imports/${imp.id}/result`, as });
  return { imp, done, result: result.statusCode === 200 ? await readRows(result.rawPayload) : [] };
}

describe('批量入会模板 → 业务校验 → 业务办理 → result workbook', () => {
  it('is listed for the base unit and downloads with 身份证号 and 姓名', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/imports/templates/union_members/download',
      as: baseAs,
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map(String).join('|');
    expect(header).toContain('身份证号');
    expect(header).toContain('姓名');
    expect(
      (await t.request({ method: 'GET', url: '/api/imports/templates/union_members/download', as: agencyAs }))
        .statusCode,
    ).toBe(403);
  });

  it('enrolls the good rows of an exceljs workbook and returns every failed row with its reason', async () => {
    const existing = male('19850505', 15);
    expect((await add(otherBaseAs, { name: '周游', idNumber: existing })).statusCode).toBe(200);
    const good1 = male('19910606', 40);
    const good2 = female('19910606', 41);
    const rows = [
      ['身份证号', '姓名'],
      [good1, '批一'],
      [good2, '批二'],
      [idWithX('19870707').toLowerCase(), '小写'],
      [male('19910606', 42), '有 空格'],
      [good1, '重复'],
      [existing, '周游'],
      [female('19700101', 43), '超龄'],
      [male('19910606', 44).slice(0, 17), '短号'],
    ];
    const before = await memberCount();
    const { imp, done, result } = await runImport(baseAs, await workbook(rows, { textColumns: [1] }));
    expect(imp.status).toBe('validated');
    expect(imp.errorRows).toBe(6);
    expect(done).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 6 });
    expect(await memberCount()).toBe(before + 2);
    const text = result.map((r) => r.map(String).join('|')).join('\n');
    expect(text).toContain('末尾X必须为大写');
    expect(text).toContain('姓名中间不得有空格');
    expect(text).toContain('与第 2 行重复');
    expect(text).toContain('丙基层工会');
    expect(text).toContain('超龄');
    expect(text).toContain('身份证号必须为18位');
    expect(text).not.toContain('批二');
    const members = (await list(baseAs, '&name=批')).json().items;
    expect(
      members
        .map((m: { gender: string; birthDate: string; status: string }) => [m.gender, m.birthDate, m.status])
        .sort(),
    ).toEqual([
      ['F', '1991-06-06', 'new'],
      ['M', '1991-06-06', 'new'],
    ]);
  });

  it('reads a workbook written by another writer (inline strings, no styles)', async () => {
    const { done } = await runImport(
      baseAs,
      minimalXlsx([
        ['身份证号', '姓名'],
        [male('19890909', 50), '另写一'],
        [female('19890909', 51), '另写二'],
      ]),
    );
    expect(done).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 0 });
    expect((await list(baseAs, '&name=另写')).json().total).toBe(2);
  });

  it('reads the sheet as LibreOffice saves it (.xlsx); its .xls gets a clear refusal (fixtures/libreoffice)', async () => {
    const fixture = (name: string) =>
      fs.readFileSync(path.join(import.meta.dirname, 'fixtures/libreoffice', name));
    const { imp, done, result } = await runImport(baseAs, fixture('union-members.xlsx'));
    // LibreOffice's shared strings and styles; its number cell keeps 15 significant digits.
    expect(imp.problems).toEqual([
      { row: 5, column: '身份证号', message: '末尾X必须为大写', level: 'error' },
      {
        row: 6,
        column: '身份证号',
        message: '身份证号被 Excel 存成了数字（可能已丢失末位），请将该列设为文本格式后重新填写',
        level: 'error',
      },
      { row: 7, column: '姓名', message: '姓名中间不得有空格', level: 'error' },
    ]);
    expect(done).toMatchObject({ status: 'done', succeededRows: 3, failedRows: 3 });
    expect(result.slice(1).map((r) => r[2])).toEqual([
      '第 5 行：身份证号：末尾X必须为大写',
      '第 6 行：身份证号：身份证号被 Excel 存成了数字（可能已丢失末位），请将该列设为文本格式后重新填写',
      '第 7 行：姓名：姓名中间不得有空格',
    ]);
    // The names exactly as written, the one outside the BMP (𠂇) too.
    const names = await t.ctx.db
      .select({ name: unionMembers.name })
      .from(unionMembers)
      .where(sql`${unionMembers.name} in ('李白', '欧阳亹', ${'\u{20087}红'})`);
    expect(names.map((n) => n.name).sort()).toEqual(['李白', '欧阳亹', '\u{20087}红'].sort());
    expect((await list(baseAs, '&name=周小川')).json().total).toBe(0);

    // The same sheet saved as Excel 97 (.xls): refused before anything is read, with what to do.
    const xls = await upload(
      t,
      baseAs,
      'template=union_members',
      '批量入会.xls',
      fixture('union-members.xls'),
    );
    expect(xls.statusCode).toBe(415);
    expect(xls.json().message).toBe('不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后上传');
  });

  it('enrolls 10,000 rows in bulk', async () => {
    const rows: string[][] = [['身份证号', '姓名']];
    for (let i = 0; i < 10_000; i++) rows.push([id('19950101', 0, String(110000 + i)), `批量${i}`]);
    const started = Date.now();
    const { done } = await runImport(baseAs, await workbook(rows, { textColumns: [1] }));
    expect(done).toMatchObject({ status: 'done', succeededRows: 10_000, failedRows: 0 });
    const nos = (await t.ctx.db.execute(
      sql`select count(distinct member_no)::int as n from union_members where name like '批量%'`,
    )) as { rows: { n: number }[] };
    expect(nos.rows[0]!.n).toBe(10_000);
    console.info(`10,000-member enrollment: ${Date.now() - started} ms`);
  }, 180_000);
});
