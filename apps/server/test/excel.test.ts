import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, like, sql } from 'drizzle-orm';
import { importRows, imports, outbox, rosterPeople, rosters, settings, users } from '../src/tables.js';
import { AppError } from '../src/platform/errors.js';
import { defineTemplate, registerTemplate, runImportJob } from '../src/platform/excel/index.js';
import { makeRosterWorkbook } from '../src/platform/excel/bench-support.js';
import { organizationRosterTemplate as rosterTemplate } from '../src/modules/rosters/index.js';
import type { JobContext } from '../src/platform/jobs/index.js';
import {
  createOrg,
  createTestApp,
  createUser,
  seedBasics,
  sessionFor,
  type Headers,
  type TestApp,
} from './helpers.js';
import {
  readRows,
  residentId,
  ROSTER_HEADER,
  tableCounts,
  upload,
  USERS_HEADER,
  workbook,
} from './imports-support.js';

/** A job context for calling the import handler directly, as a resumed worker would. */
function jobFor(
  importId: string,
  options: { failOnProgress?: boolean } = {},
): JobContext & { calls: [number, number][] } {
  const calls: [number, number][] = [];
  return {
    taskId: '00000000-0000-4000-8000-000000000001',
    payload: { importId, ip: null },
    ownerUserId: null,
    orgId: null,
    attempt: 1,
    calls,
    async progress(done, total) {
      calls.push([done, total]);
      // A process that dies right after committing a batch.
      if (options.failOnProgress) throw new Error('进程被终止');
    },
  };
}

describe('excel engine: validation rules on the roster template', () => {
  let t: TestApp;
  let as: Headers;
  let query: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { platform } = await seedBasics(t);
    const ent = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    as = await sessionFor(t, await createUser(t, { role: 'enterprise_operator', orgId: ent.id }));
    query = 'template=roster';
  });
  afterAll(async () => t.close());

  const validate = async (rows: unknown[][], options: Parameters<typeof workbook>[1] = {}) => {
    const res = await upload(t, as, query, 'roster.xlsx', await workbook([ROSTER_HEADER, ...rows], options));
    expect(res.statusCode).toBe(200);
    return res.json() as {
      id: string;
      status: string;
      totalRows: number;
      errorRows: number;
      problems: { row: number; column?: string; message: string; level: string }[];
      problemCounts: Record<string, number>;
      problemsTruncated: boolean;
    };
  };
  const messages = (body: Awaited<ReturnType<typeof validate>>, row: number) =>
    body.problems.filter((p) => p.row === row).map((p) => `${p.level}|${p.column}|${p.message}`);

  it('applies and reports safe normalisations: full-width digits, trailing spaces, lower-case x', async () => {
    let withX = '';
    for (let seq = 1; !withX.endsWith('X'); seq++) withX = residentId('19800101', seq);
    const body = await validate(
      [
        ['张三 ', '身份证', '１１０１０５１９４９１２３１００２Ｘ', '', '', '１３８００１３８０００'],
        ['李四', ' 身份证', withX.toLowerCase(), '', '1980-01-01', ''],
      ],
      { textColumns: [3, 6] },
    );
    expect(body).toMatchObject({ status: 'validated', totalRows: 2, errorRows: 0 });
    expect(messages(body, 2)).toEqual(
      expect.arrayContaining([
        'note|姓名|已去除首尾空格',
        'note|证件号码|全角字符已转换为半角',
        'note|手机号|全角字符已转换为半角',
      ]),
    );
    expect(messages(body, 3)).toEqual(
      expect.arrayContaining(['note|证件类型|已去除首尾空格', 'note|证件号码|末位 x 已转换为大写 X']),
    );
    expect(body.problemCounts.error).toBe(0);
  });

  it('finds duplicates on normalised values', async () => {
    const body = await validate([
      ['张三', '身份证', '11010519491231002X'],
      ['张三', '身份证', '11010519491231002x'],
    ]);
    expect(body.status).toBe('invalid');
    expect(messages(body, 3)).toContain('error|证件类型+证件号码|与第 2 行重复');
  });

  it('rejects an ID number that Excel stored as a number, with the reason', async () => {
    const body = await validate([
      ['王五', '身份证', 110105194912310020],
      ['赵六', '身份证', '1.10105194912310E+17'],
      ['孙七', '身份证', residentId('19800101', 15)],
    ]);
    expect(body).toMatchObject({ status: 'invalid', totalRows: 3, errorRows: 2 });
    const reason = '证件号码被 Excel 存成了数字（可能已丢失末位），请将该列设为文本格式后重新填写';
    expect(messages(body, 2)).toEqual([`error|证件号码|${reason}`]);
    expect(messages(body, 3)).toEqual([`error|证件号码|${reason}`]);
    expect(messages(body, 4)).toEqual([]);
  });

  it("reports the domain's Chinese reasons and the template's cross-checks", async () => {
    const body = await validate([
      ['', '身份证', '110105194912310021'], // empty name, wrong check digit
      ['周八', '身份证', residentId('19900307', 12), '男'], // even sequence = female
      ['吴九', '身份证', residentId('19900307', 13), '男', '1990-03-08'],
      ['郑十', '护照', 'E12345678'], // passport carries neither
      ['钱一', '驾照', '123'],
      ['冯二', '身份证', residentId('19850615', 21), '女', '1985/6/15', '1380013800'],
      ['陈三', '护照', 'E12345679', '女', new Date(Date.UTC(1985, 5, 15))],
    ]);
    expect(messages(body, 2)).toEqual(['error|姓名|请填写姓名', 'error|证件号码|身份证号校验位错误，应为 X']);
    expect(messages(body, 3)).toEqual(['error|性别|性别与身份证号不符']);
    expect(messages(body, 4)).toEqual(['error|出生日期|出生日期与身份证号不符']);
    expect(messages(body, 5)).toEqual([
      'error|性别|该证件类型无法推算性别，请填写性别',
      'error|出生日期|该证件类型无法推算出生日期，请填写出生日期',
    ]);
    expect(messages(body, 6)).toEqual(['error|证件类型|不支持的证件类型“驾照”']);
    // Errors first within a row, then notes.
    expect(messages(body, 7)).toEqual([
      'error|手机号|手机号应为 11 位数字，当前为 10 位',
      'error|性别|性别与身份证号不符',
      'note|出生日期|出生日期已规范为标准格式',
    ]);
    expect(messages(body, 8)).toEqual([]);
    expect(body.errorRows).toBe(6);
  });

  it('keeps exact counts but stores at most 1,000 problems, errors first', async () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 1200; i++)
      rows.push([`人员${i} `, '身份证', residentId('19700101', i % 1000, i < 1000 ? '110105' : '310104')]);
    rows.push(['错误', '身份证', '123']);
    const body = await validate(rows);
    expect(body.problemCounts).toEqual({ error: 1, warning: 0, note: 1200 });
    expect(body.problems).toHaveLength(1000);
    expect(body.problemsTruncated).toBe(true);
    expect(body.problems.filter((p) => p.level === 'error')).toEqual([
      { row: 1202, column: '证件号码', message: '身份证号应为 18 位，当前为 3 位', level: 'error' },
    ]);
    const [stored] = await t.ctx.db.select().from(imports).where(eq(imports.id, body.id));
    expect(stored!.problems).toHaveLength(1000);
    expect(stored!.errorRows).toBe(1);
  });

  it('reads the first visible sheet and skips example and empty rows', async () => {
    const body = await validate(
      [
        ['示例：张三', '身份证', residentId('19491231', 2)],
        [],
        ['刘一', '身份证', residentId('19491231', 4)],
      ],
      { hiddenFirst: true },
    );
    expect(body).toMatchObject({ status: 'validated', totalRows: 1 });
  });

  it('downloads a roster template with drop-downs and text-formatted number columns', async () => {
    const res = await t.request({ method: 'GET', url: '/api/imports/templates/roster/download', as });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('人员名单');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ROSTER_HEADER);
    expect(sheet.getColumn(3).numFmt).toBe('@');
    expect(sheet.getCell('B3').dataValidation).toMatchObject({ type: 'list' });
    expect(String(sheet.getCell('B3').dataValidation.formulae?.[0])).toContain('身份证');
    // The untouched template holds only its example row.
    const again = await upload(t, as, query, 'template.xlsx', res.rawPayload);
    expect(again.json().code).toBe('EXCEL_EMPTY');
  });
});

describe('excel engine: execution is all-or-nothing per row and never duplicates', () => {
  let t: TestApp;
  let as: Headers;
  let adminAs: Headers;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { platform, admin } = await seedBasics(t);
    const ent = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    orgId = ent.id;
    as = await sessionFor(t, await createUser(t, { role: 'enterprise_operator', orgId }));
    adminAs = await sessionFor(t, admin);
  });
  afterAll(async () => t.close());

  /** Uploads and queues an import (workers are not started: the tests run the handler themselves). */
  const queued = async (data: Buffer) => {
    const res = await upload(t, as, 'template=roster', 'roster.xlsx', data);
    expect(res.json()).toMatchObject({ status: 'validated', errorRows: 0 });
    const id = res.json().id as string;
    const exec = await t.request({ method: 'POST', url: `/api/imports/${id}/execute`, as });
    expect(exec.statusCode).toBe(200);
    return { id, totalRows: res.json().totalRows as number };
  };
  const entries = (importId: string) =>
    t.ctx.db
      .select()
      .from(rosterPeople)
      .where(eq(rosterPeople.importId, importId))
      .orderBy(asc(rosterPeople.rowNo));
  const recorded = async (importId: string) =>
    (
      await t.ctx.db
        .select({
          status: importRows.status,
          n: sql<number>`count(*)::int`,
          rows: sql<number>`count(distinct row_no)::int`,
        })
        .from(importRows)
        .where(eq(importRows.importId, importId))
        .groupBy(importRows.status)
    ).sort((a, b) => a.status.localeCompare(b.status));

  it('stores the roster: encrypted ID numbers, masked copies, derived gender and birth date', async () => {
    const id1 = residentId('19491231', 2);
    const { id } = await queued(
      await workbook([
        ROSTER_HEADER,
        ['张三', '身份证', id1.toLowerCase(), '', '', '13800138000'],
        ['JOHN', '护照', 'e12345678', '男', '1980-02-29'],
      ]),
    );
    const result = await runImportJob(t.ctx, jobFor(id));
    expect(result.result).toEqual({ importId: id, succeeded: 2, failed: 0 });
    const rows = await entries(id);
    expect(rows).toHaveLength(2);
    // The organization's own roster (modules/rosters), holding this import's people.
    const [roster] = await t.ctx.db.select().from(rosters).where(eq(rosters.subjectId, orgId));
    expect(roster).toMatchObject({ subjectType: 'organization', orgId, importId: id, peopleCount: 2 });
    expect(rows.every((r) => r.rosterId === roster!.id)).toBe(true);
    expect(rows[0]).toMatchObject({
      name: '张三',
      idType: 'resident_id',
      gender: 'F',
      birthDate: '1949-12-31',
      mobile: '13800138000',
      rowNo: 2,
    });
    expect(rows[0]!.idNumberEnc).not.toContain(id1);
    expect(t.ctx.crypto.decrypt(rows[0]!.idNumberEnc)).toBe(id1);
    expect(rows[0]!.idNumberIdx).toBe(t.ctx.crypto.blindIndex(id1));
    expect(rows[0]!.idNumberMasked).toBe(`110105********${id1.slice(-4)}`);
    expect(rows[1]).toMatchObject({ idType: 'passport', gender: 'M', birthDate: '1980-02-29' });
    expect(t.ctx.crypto.decrypt(rows[1]!.idNumberEnc)).toBe('E12345678');
    const [imp] = await t.ctx.db.select().from(imports).where(eq(imports.id, id));
    expect(imp).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 0 });
    // No failures: the result workbook has only its header.
    const file = await t.request({ method: 'GET', url: `/api/imports/${id}/result`, as });
    expect(await readRows(file.rawPayload)).toEqual([[...ROSTER_HEADER, '失败原因']]);
  });

  it('a run interrupted after a batch is resumed without doing any row twice', async () => {
    const batch = rosterTemplate.batchSize!;
    const { id, totalRows } = await queued(await makeRosterWorkbook(batch + 300));
    expect(totalRows).toBe(batch + 300);
    // First run: dies right after committing its first batch.
    await expect(runImportJob(t.ctx, jobFor(id, { failOnProgress: true }))).rejects.toThrow('进程被终止');
    expect(await entries(id)).toHaveLength(batch);
    expect(await recorded(id)).toEqual([{ status: 'done', n: batch, rows: batch }]);

    // The resumed run finishes the rest…
    const job = jobFor(id);
    const second = await runImportJob(t.ctx, job);
    expect(second.result).toEqual({ importId: id, succeeded: totalRows, failed: 0 });
    expect(job.calls.at(-1)).toEqual([totalRows, totalRows]);
    const rows = await entries(id);
    expect(rows).toHaveLength(totalRows);
    expect(new Set(rows.map((r) => r.rowNo)).size).toBe(totalRows);
    expect(await recorded(id)).toEqual([{ status: 'done', n: totalRows, rows: totalRows }]);

    // …and running the handler once more changes nothing.
    const before = await tableCounts(t);
    const third = await runImportJob(t.ctx, jobFor(id));
    expect(third).toEqual(second);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('users: a handler run twice creates each user and sends each initial password once', async () => {
    const data = await workbook([
      USERS_HEADER,
      ['retry01', '重试一', '13811110001', '企业经办人'],
      ['retry02', '重试二', '13811110002', '企业经办人'],
    ]);
    const res = await upload(t, adminAs, `template=users&orgId=${orgId}`, 'users.xlsx', data);
    expect(res.json()).toMatchObject({ status: 'validated', totalRows: 2 });
    const id = res.json().id as string;
    expect(
      (await t.request({ method: 'POST', url: `/api/imports/${id}/execute`, as: adminAs })).statusCode,
    ).toBe(200);
    const first = await runImportJob(t.ctx, jobFor(id));
    expect(first.result).toEqual({ importId: id, succeeded: 2, failed: 0 });
    // A worker that died after its rows committed but before it closed the import: run again.
    await t.ctx.db.update(imports).set({ status: 'executing', resultFileId: null }).where(eq(imports.id, id));
    const second = await runImportJob(t.ctx, jobFor(id));
    expect(second.result).toEqual({ importId: id, succeeded: 2, failed: 0 });
    await runImportJob(t.ctx, jobFor(id));
    const created = await t.ctx.db
      .select()
      .from(users)
      .where(inArray(users.username, ['retry01', 'retry02']));
    expect(created).toHaveLength(2);
    const sms = await t.ctx.db
      .select()
      .from(outbox)
      .where(inArray(outbox.recipient, ['13811110001', '13811110002']));
    expect(sms).toHaveLength(2);
    expect(await recorded(id)).toEqual([{ status: 'done', n: 2, rows: 2 }]);
  });

  it('two runs at the same time still create every row exactly once', async () => {
    const { id } = await queued(await makeRosterWorkbook(1500));
    const results = await Promise.allSettled([
      runImportJob(t.ctx, jobFor(id)),
      runImportJob(t.ctx, jobFor(id)),
    ]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    const rows = await entries(id);
    expect(rows).toHaveLength(1500);
    expect(new Set(rows.map((r) => r.rowNo)).size).toBe(1500);
    const counts = await recorded(id);
    expect(counts).toEqual([{ status: 'done', n: 1500, rows: 1500 }]);
  });

  it('a row that fails at execution fails alone and is listed in the result workbook with its reason', async () => {
    const data = await makeRosterWorkbook(30);
    const { id } = await queued(data);
    // Something else wrote row 7's person meanwhile (the organization's roster already holds this
    // import): its insert conflicts, the batch falls back row by row.
    await t.ctx.db
      .insert(rosters)
      .values({ subjectType: 'organization', subjectId: orgId, orgId, template: 'roster', importId: id })
      .onConflictDoUpdate({
        target: [rosters.subjectType, rosters.subjectId],
        set: { importId: id, peopleCount: 1 },
      });
    const [roster] = await t.ctx.db
      .select({ id: rosters.id })
      .from(rosters)
      .where(eq(rosters.subjectId, orgId));
    await t.ctx.db.delete(rosterPeople).where(eq(rosterPeople.rosterId, roster!.id));
    await t.ctx.db.insert(rosterPeople).values({
      rosterId: roster!.id,
      importId: id,
      name: '别处写入',
      idType: 'passport',
      idNumberEnc: t.ctx.crypto.encrypt('E00000000'),
      idNumberIdx: t.ctx.crypto.blindIndex('E00000000'),
      idNumberMasked: 'E0*****00',
      rowNo: 7,
    });
    const result = await runImportJob(t.ctx, jobFor(id));
    expect(result.result).toEqual({ importId: id, succeeded: 29, failed: 1 });
    expect(await recorded(id)).toEqual([
      { status: 'done', n: 29, rows: 29 },
      { status: 'failed', n: 1, rows: 1 },
    ]);
    expect(await entries(id)).toHaveLength(30); // 29 + the one written by "someone else"

    const file = await t.request({ method: 'GET', url: `/api/imports/${id}/result`, as });
    const rows = await readRows(file.rawPayload);
    const original = await readRows(data);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 3)).toEqual(original[6]!.slice(0, 3)); // sheet row 7 (the header is row 1)
    expect(typeof rows[1]![2]).toBe('string');
    expect(String(rows[1]![6])).toBe('第 7 行：数据已存在（可能已由其他操作创建），该行未办理');
  });
});

describe('excel engine: a template whose rows have no natural uniqueness', () => {
  let t: TestApp;
  let as: Headers;
  let crashAtRow = 0;

  // Each execution writes one marker row (rolled back with its transaction), so the test can
  // count how often every row was really carried out.
  const counterTemplate = defineTemplate({
    name: 'test_counter',
    title: '测试计数',
    sheetName: 'Sheet1',
    columns: [
      { key: 'name', header: '姓名', required: true, example: '张三', rule: 'personName', text: false },
    ],
    access: ['enterprise_operator'],
    contextSchema: z.object({}),
    prepare: async (_ctx, user) => ({ orgId: user.orgId }),
    rowKey: ['name'],
    batchSize: 10,
    checkRow(row) {
      // Thrown outside any row's transaction: the handler dies like a killed process.
      if (row.rowNo === crashAtRow) throw new Error('进程被终止');
      return [];
    },
    async execute(_ctx, executor, run, _context, row) {
      if (row.values.name === '失败') throw new AppError('CONFLICT', { message: '测试：该行无法办理' });
      await executor
        .insert(settings)
        .values({ key: `counter:${run.importId}:${row.rowNo}:${crypto.randomUUID()}`, value: row.rowNo });
      return { entityId: String(row.rowNo) };
    },
  });

  beforeAll(async () => {
    registerTemplate(counterTemplate);
    t = await createTestApp();
    const { platform } = await seedBasics(t);
    const ent = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    as = await sessionFor(t, await createUser(t, { role: 'enterprise_operator', orgId: ent.id }));
  });
  afterAll(async () => t.close());

  const queued = async (names: string[]) => {
    const data = await workbook([['姓名'], ...names.map((n) => [n])]);
    const res = await upload(t, as, 'template=test_counter', 'n.xlsx', data);
    expect(res.json()).toMatchObject({ status: 'validated', totalRows: names.length });
    const id = res.json().id as string;
    expect((await t.request({ method: 'POST', url: `/api/imports/${id}/execute`, as })).statusCode).toBe(200);
    return id;
  };
  const executions = async (importId: string) => {
    const rows = await t.ctx.db
      .select({ value: settings.value })
      .from(settings)
      .where(like(settings.key, `counter:${importId}:%`));
    const perRow = new Map<number, number>();
    for (const r of rows) perRow.set(r.value as number, (perRow.get(r.value as number) ?? 0) + 1);
    return perRow;
  };

  it('a crash mid-file, then a resumed run: every row carried out exactly once, a failing row alone', async () => {
    const names = Array.from({ length: 35 }, (_, i) => (i === 12 ? '失败' : `人员${i}`));
    const id = await queued(names);
    crashAtRow = 30; // rows 2–21 are in two committed batches by then
    await expect(runImportJob(t.ctx, jobFor(id))).rejects.toThrow('进程被终止');
    const partial = await executions(id);
    expect(partial.size).toBeGreaterThanOrEqual(19);
    expect([...partial.values()].every((n) => n === 1)).toBe(true);

    crashAtRow = 0;
    const result = await runImportJob(t.ctx, jobFor(id));
    expect(result.result).toEqual({ importId: id, succeeded: 34, failed: 1 });
    const done = await executions(id);
    expect(done.size).toBe(34);
    expect([...done.values()].every((n) => n === 1)).toBe(true);
    expect(done.has(14)).toBe(false); // sheet row 14 holds 「失败」

    const file = await t.request({ method: 'GET', url: `/api/imports/${id}/result`, as });
    expect(await readRows(file.rawPayload)).toEqual([
      ['姓名*', '失败原因'],
      ['失败', '第 14 行：测试：该行无法办理'],
    ]);
  });

  it('two runs at once: every row carried out exactly once', async () => {
    const id = await queued(Array.from({ length: 45 }, (_, i) => `并发${i}`));
    await Promise.all([runImportJob(t.ctx, jobFor(id)), runImportJob(t.ctx, jobFor(id))]);
    const done = await executions(id);
    expect(done.size).toBe(45);
    expect([...done.values()].every((n) => n === 1)).toBe(true);
  });
});
