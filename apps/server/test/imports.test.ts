import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { imports, organizations, outbox, tasks, users } from '../src/tables.js';
import {
  createOrg,
  createTestApp,
  createUser,
  seedBasics,
  sessionFor,
  type Headers,
  type TestApp,
  type TestUser,
} from './helpers.js';
import { readRows, tableCounts, upload, USERS_HEADER, workbook } from './imports-support.js';

type Org = Awaited<ReturnType<typeof createOrg>>;

describe('imports: bulk user import through the HTTP routes', () => {
  let t: TestApp;
  let admin: TestUser;
  let adminAs: Headers;
  let ent: Org;

  beforeAll(async () => {
    t = await createTestApp();
    const basics = await seedBasics(t);
    admin = basics.admin;
    adminAs = await sessionFor(t, admin);
    ent = await createOrg(t, { type: 'enterprise', parentId: basics.platform.id });
    await t.ctx.jobs.start();
  });
  afterAll(async () => t.close());

  it('documents the import routes in OpenAPI', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const p of [
      '/api/imports',
      '/api/imports/{id}',
      '/api/imports/{id}/execute',
      '/api/imports/{id}/result',
    ]) {
      expect(doc.paths[p]).toBeDefined();
    }
    expect(doc.paths['/api/imports/templates/{name}/download'].get).toBeDefined();
  });

  it('lists the templates a user administrator may use, with their columns', async () => {
    const res = await t.request({ method: 'GET', url: '/api/imports/templates', as: adminAs });
    expect(res.statusCode).toBe(200);
    const users = res.json().items.find((i: { name: string }) => i.name === 'users');
    expect(users.title).toBe('批量导入用户');
    expect(users.columns.map((c: { header: string }) => c.header)).toEqual([
      '用户名',
      '姓名',
      '手机号',
      '角色',
      '身份证号',
      '邮箱',
    ]);
    expect(users.columns.find((c: { key: string }) => c.key === 'idNumber')).toMatchObject({
      required: false,
      rule: 'residentId',
    });
    expect(users.columns.find((c: { key: string }) => c.key === 'role').choices).toContain('企业经办人');
  });

  it('downloads the users template: marked header, skipped example row, text ID columns, frozen header', async () => {
    const res = await t.request({ method: 'GET', url: '/api/imports/templates/users/download', as: adminAs });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; .*filename\*=UTF-8''/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(USERS_HEADER);
    expect(String(sheet.getCell('A2').value)).toMatch(/^示例/);
    expect(sheet.getColumn(5).numFmt).toBe('@'); // 身份证号
    expect(sheet.getColumn(3).numFmt).toBe('@'); // 手机号
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').note).toBeTruthy();
    expect(wb.worksheets[1]!.name).toBe('填写说明');
  });

  it('validates (notes for safe fixes, nothing written), executes as a job, and returns the failed rows', async () => {
    // Fill the downloaded template as a user would: below the example row.
    const tpl = await t.request({ method: 'GET', url: '/api/imports/templates/users/download', as: adminAs });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    sheet.addRow(['Wang01 ', '王一', '１３８００１３８０００', '企业经办人', '11010519491231002x', '']);
    sheet.addRow(['li02', '李二', '13900139000', '企业经办人', '', 'li02@example.com']);
    sheet.addRow(['zhao03', '赵三', '13700137000', '企业经办人', '', '']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());

    const before = await tableCounts(t);
    const res = await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'users.xlsx', data);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'validated',
      totalRows: 3,
      errorRows: 0,
      template: 'users',
      orgId: ent.id,
    });
    const notes = body.problems
      .filter((p: { row: number }) => p.row === 3)
      .map((p: { column: string; message: string; level: string }) => `${p.level}:${p.column}:${p.message}`);
    expect(notes).toEqual(
      expect.arrayContaining([
        'note:用户名:已去除首尾空格',
        'note:用户名:用户名中的大写字母已转换为小写',
        'note:手机号:全角字符已转换为半角',
        'note:身份证号:末位 x 已转换为大写 X',
      ]),
    );
    // Validation wrote the import record, the stored file and its audit entry — no business data.
    const after = await tableCounts(t);
    expect(after).toEqual({
      ...before,
      imports: before.imports! + 1,
      files: before.files! + 1,
      audit_log: before.audit_log! + 1,
    });

    // The username is taken after validation: that row must fail at execution, alone.
    await createUser(t, { role: 'exchange_admin', username: 'zhao03', orgId: null });

    const exec = await t.request({ method: 'POST', url: `/api/imports/${body.id}/execute`, as: adminAs });
    expect(exec.statusCode).toBe(200);
    const { taskId } = exec.json();
    expect(await t.ctx.jobs.waitFor(taskId, 30_000)).toEqual({ status: 'succeeded', error: null });

    const done = (await t.request({ method: 'GET', url: `/api/imports/${body.id}`, as: adminAs })).json();
    expect(done).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 1, taskId });
    expect(done.resultFileId).toBeTruthy();
    const [task] = await t.ctx.db.select().from(tasks).where(eq(tasks.id, taskId));
    expect(task!.resultFileId).toBe(done.resultFileId);

    const created = await t.ctx.db
      .select()
      .from(users)
      .where(inArray(users.username, ['wang01', 'li02']));
    expect(created).toHaveLength(2);
    const wang = created.find((u) => u.username === 'wang01')!;
    expect(wang).toMatchObject({
      orgId: ent.id,
      role: 'enterprise_operator',
      mobile: '13800138000',
      mustChangePassword: true,
    });
    expect(wang.idNumberMasked).toBe('110105********002X');
    expect(t.ctx.crypto.decrypt(wang.idNumberEnc!)).toBe('11010519491231002X');
    const sms = await t.ctx.db
      .select()
      .from(outbox)
      .where(inArray(outbox.recipient, ['13800138000', '13900139000']));
    expect(sms.map((m) => m.template).sort()).toEqual(['account_created', 'account_created']);

    const result = await t.request({ method: 'GET', url: `/api/imports/${body.id}/result`, as: adminAs });
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toContain('spreadsheetml');
    const rows = await readRows(result.rawPayload);
    expect(rows[0]).toEqual([...USERS_HEADER, '失败原因']);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 4)).toEqual(['zhao03', '赵三', '13700137000', '企业经办人']);
    expect(String(rows[1]![6])).toMatch(/^第 5 行：用户名「zhao03」已被其他账号使用/);

    // The result workbook can be uploaded again (its 失败原因 column is ignored): still taken.
    const again = await upload(
      t,
      adminAs,
      `template=users&orgId=${ent.id}`,
      'result.xlsx',
      result.rawPayload,
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'invalid', totalRows: 1, errorRows: 1 });
    expect(again.json().problems[0]).toMatchObject({
      row: 2,
      column: '用户名',
      message: '用户名已被其他账号使用，请换一个用户名',
      level: 'error',
    });

    // Executing twice is refused and queues nothing.
    const beforeTwice = await tableCounts(t);
    const twice = await t.request({ method: 'POST', url: `/api/imports/${body.id}/execute`, as: adminAs });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      code: 'IMPORT_NOT_VALIDATED',
      message: '该导入已提交办理，请勿重复提交',
    });
    expect(await tableCounts(t)).toEqual(beforeTwice);
  });

  it('flags rows that name an existing user of the same organization as a warning, not an error', async () => {
    await createUser(t, { role: 'enterprise_operator', username: 'same01', orgId: ent.id });
    const data = await workbook([USERS_HEADER, ['same01', '同一', '13600136000', '企业经办人']], {
      textColumns: [1, 3],
    });
    const res = await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'same.xlsx', data);
    expect(res.json()).toMatchObject({ status: 'validated', errorRows: 0 });
    expect(res.json().problems).toContainEqual({
      row: 2,
      column: '用户名',
      level: 'warning',
      message: '该用户已存在，办理时不会重复创建',
    });
  });

  it('reports a role that does not fit the organization type', async () => {
    const data = await workbook([USERS_HEADER, ['tr01', '钱一', '13500135000', '旅行社管理员']]);
    const res = await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'role.xlsx', data);
    expect(res.json()).toMatchObject({ status: 'invalid', errorRows: 1 });
    expect(res.json().problems[0]).toMatchObject({ column: '角色', level: 'error' });
    expect(res.json().problems[0].message).toMatch(/^角色「旅行社管理员」只能属于「旅行社」类型的机构/);
  });

  it('100 identical rows: 99 duplicate problems, invalid, execution refused, nothing created', async () => {
    const row = ['dup01', '周一', '13300133000', '企业经办人', '', ''];
    const data = await workbook([USERS_HEADER, ...Array.from({ length: 100 }, () => row)]);
    const res = await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'dup.xlsx', data);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'invalid', totalRows: 100, errorRows: 99 });
    expect(body.problemCounts).toEqual({ error: 99, warning: 0, note: 0 });
    expect(body.problems).toHaveLength(99);
    expect(body.problems[0]).toEqual({ row: 3, column: '用户名', message: '与第 2 行重复', level: 'error' });
    expect(body.problems.at(-1)).toMatchObject({ row: 101, message: '与第 2 行重复' });

    const before = await tableCounts(t);
    const exec = await t.request({ method: 'POST', url: `/api/imports/${body.id}/execute`, as: adminAs });
    expect(exec.statusCode).toBe(409);
    expect(exec.json()).toMatchObject({ code: 'IMPORT_NOT_VALIDATED' });
    expect(exec.json().message).toContain('99 行有错误');
    expect(await tableCounts(t)).toEqual(before);
    const [imp] = await t.ctx.db
      .select({ status: imports.status, taskId: imports.taskId })
      .from(imports)
      .where(eq(imports.id, body.id));
    expect(imp).toEqual({ status: 'invalid', taskId: null });
    expect(await t.ctx.db.select().from(users).where(eq(users.username, 'dup01'))).toHaveLength(0);
  });

  it('refuses to serve a result before the import is executed', async () => {
    const data = await workbook([USERS_HEADER, ['early01', '吴一', '13200132000', '企业经办人']]);
    const { id } = (await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'early.xlsx', data)).json();
    const res = await t.request({ method: 'GET', url: `/api/imports/${id}/result`, as: adminAs });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('imports: an interrupted execution can be started again', () => {
  let t: TestApp;
  let adminAs: Headers;
  let ent: Org;

  beforeAll(async () => {
    t = await createTestApp();
    const basics = await seedBasics(t);
    adminAs = await sessionFor(t, basics.admin);
    ent = await createOrg(t, { type: 'enterprise', parentId: basics.platform.id });
  });
  afterAll(async () => t.close());

  it('a job that fails marks the import failed; executing again finishes it, each row once', async () => {
    const data = await workbook([
      USERS_HEADER,
      ['retry01', '重试一', '13600136001', '企业经办人', '', ''],
      ['retry02', '重试二', '13600136002', '企业经办人', '', ''],
    ]);
    const res = await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'users.xlsx', data);
    expect(res.json()).toMatchObject({ status: 'validated', errorRows: 0 });
    const id = res.json().id as string;

    const first = await t.request({ method: 'POST', url: `/api/imports/${id}/execute`, as: adminAs });
    expect(first.statusCode).toBe(200);
    // The organization is disabled before the queued job runs: the job cannot carry it out.
    await t.ctx.db.update(organizations).set({ status: 'disabled' }).where(eq(organizations.id, ent.id));
    await t.ctx.jobs.start();
    expect(await t.ctx.jobs.waitFor(first.json().taskId, 30_000)).toMatchObject({ status: 'failed' });
    const failed = (await t.request({ method: 'GET', url: `/api/imports/${id}`, as: adminAs })).json();
    expect(failed).toMatchObject({ status: 'failed', succeededRows: 0, resultFileId: null });

    await t.ctx.db.update(organizations).set({ status: 'active' }).where(eq(organizations.id, ent.id));
    const second = await t.request({ method: 'POST', url: `/api/imports/${id}/execute`, as: adminAs });
    expect(second.statusCode).toBe(200);
    expect(second.json().taskId).not.toBe(first.json().taskId);
    expect(await t.ctx.jobs.waitFor(second.json().taskId, 30_000)).toEqual({
      status: 'succeeded',
      error: null,
    });
    const done = (await t.request({ method: 'GET', url: `/api/imports/${id}`, as: adminAs })).json();
    expect(done).toMatchObject({ status: 'done', succeededRows: 2, failedRows: 0 });
    const created = await t.ctx.db
      .select()
      .from(users)
      .where(inArray(users.username, ['retry01', 'retry02']));
    expect(created).toHaveLength(2);

    // Once done, it cannot be started a third time.
    const third = await t.request({ method: 'POST', url: `/api/imports/${id}/execute`, as: adminAs });
    expect(third.json()).toMatchObject({ code: 'IMPORT_NOT_VALIDATED' });
  });
});

describe('imports: access rules (status code and database unchanged)', () => {
  let t: TestApp;
  let ent: Org;
  let base: Org;
  let otherBase: Org;
  let agencyAs: Headers;
  let operatorAs: Headers;
  let adminAs: Headers;
  let adminImportId: string;
  const validUsers = () => workbook([USERS_HEADER, ['acc01', '郑一', '13100131000', '基层工会操作员']]);

  beforeAll(async () => {
    t = await createTestApp();
    const basics = await seedBasics(t);
    adminAs = await sessionFor(t, basics.admin);
    ent = await createOrg(t, { type: 'enterprise', parentId: basics.platform.id });
    const hq = await createOrg(t, { type: 'union_hq', parentId: basics.platform.id });
    const agency = await createOrg(t, { type: 'union_agency', parentId: hq.id });
    base = await createOrg(t, { type: 'union_base', parentId: agency.id });
    const otherAgency = await createOrg(t, { type: 'union_agency', parentId: hq.id });
    otherBase = await createOrg(t, { type: 'union_base', parentId: otherAgency.id });
    agencyAs = await sessionFor(t, await createUser(t, { role: 'union_agency_operator', orgId: agency.id }));
    operatorAs = await sessionFor(t, await createUser(t, { role: 'enterprise_operator', orgId: ent.id }));
    const data = await workbook([USERS_HEADER, ['adm01', '冯一', '13000130000', '企业经办人']]);
    adminImportId = (await upload(t, adminAs, `template=users&orgId=${ent.id}`, 'a.xlsx', data)).json().id;
  });
  afterAll(async () => t.close());

  const refused = async (
    call: () => Promise<{ statusCode: number; json(): any }>,
    status: number,
    code: string,
  ) => {
    const before = await tableCounts(t);
    const res = await call();
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
    expect(res.json().message).toMatch(/[\u4e00-\u9fff]/);
    expect(await tableCounts(t)).toEqual(before);
  };

  it('lets a union agency operator import users into a base unit of its own agency', async () => {
    const res = await upload(t, agencyAs, `template=users&orgId=${base.id}`, 'ok.xlsx', await validUsers());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'validated', errorRows: 0 });
  });

  it('anonymous → 401', async () => {
    const data = await validUsers();
    await refused(
      () => upload(t, undefined, `template=users&orgId=${base.id}`, 'x.xlsx', data),
      401,
      'UNAUTHENTICATED',
    );
    await refused(() => t.request({ method: 'GET', url: '/api/imports/templates' }), 401, 'UNAUTHENTICATED');
    await refused(
      () => t.request({ method: 'POST', url: `/api/imports/${adminImportId}/execute` }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('a role outside the template → 403 (upload and template download)', async () => {
    const data = await validUsers();
    await refused(
      () => upload(t, operatorAs, `template=users&orgId=${ent.id}`, 'x.xlsx', data),
      403,
      'FORBIDDEN',
    );
    await refused(
      () => t.request({ method: 'GET', url: '/api/imports/templates/users/download', as: operatorAs }),
      403,
      'FORBIDDEN',
    );
    const list = await t.request({ method: 'GET', url: '/api/imports/templates', as: operatorAs });
    // Other modules add templates for the role (exchange_roster); the users template is never listed.
    const names = list.json().items.map((i: { name: string }) => i.name);
    expect(names).toContain('roster');
    expect(names).not.toContain('users');
  });

  it('an organization outside the scope → 404, as if it did not exist', async () => {
    const data = await validUsers();
    await refused(
      () => upload(t, agencyAs, `template=users&orgId=${otherBase.id}`, 'x.xlsx', data),
      404,
      'NOT_FOUND',
    );
    await refused(
      () => upload(t, agencyAs, `template=users&orgId=${ent.id}`, 'x.xlsx', data),
      404,
      'NOT_FOUND',
    );
    await refused(
      () => upload(t, agencyAs, 'template=users&orgId=00000000-0000-4000-8000-000000000000', 'x.xlsx', data),
      404,
      'NOT_FOUND',
    );
  });

  it('bad parameters and unknown templates are refused', async () => {
    const data = await validUsers();
    const missing = await upload(t, agencyAs, 'template=users', 'x.xlsx', data);
    expect(missing.json().message).toMatch(/^请求参数有误：orgId：/);
    await refused(
      () => upload(t, agencyAs, 'template=users&orgId=abc', 'x.xlsx', data),
      400,
      'VALIDATION_FAILED',
    );
    await refused(() => upload(t, agencyAs, 'template=users', 'x.xlsx', data), 400, 'VALIDATION_FAILED');
    await refused(
      () => upload(t, agencyAs, `template=nope&orgId=${base.id}`, 'x.xlsx', data),
      404,
      'NOT_FOUND',
    );
  });

  it("another user's import → 404 for view, execute and result", async () => {
    await refused(
      () => t.request({ method: 'GET', url: `/api/imports/${adminImportId}`, as: agencyAs }),
      404,
      'NOT_FOUND',
    );
    await refused(
      () => t.request({ method: 'POST', url: `/api/imports/${adminImportId}/execute`, as: agencyAs }),
      404,
      'NOT_FOUND',
    );
    await refused(
      () => t.request({ method: 'GET', url: `/api/imports/${adminImportId}/result`, as: agencyAs }),
      404,
      'NOT_FOUND',
    );
    const mine = await t.request({ method: 'GET', url: '/api/imports?template=users', as: agencyAs });
    expect(mine.json().items.map((i: { id: string }) => i.id)).not.toContain(adminImportId);
    const [row] = await t.ctx.db
      .select({ status: imports.status })
      .from(imports)
      .where(eq(imports.id, adminImportId));
    expect(row!.status).toBe('validated');
  });

  it('lists the owner’s own imports', async () => {
    const res = await t.request({ method: 'GET', url: '/api/imports', as: adminAs });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, page: 1 });
    expect(res.json().items[0]).toMatchObject({
      id: adminImportId,
      templateTitle: '批量导入用户',
      fileName: 'a.xlsx',
    });
    expect(res.json().items[0].problems).toBeUndefined();
  });
});

describe('imports: files that are not usable workbooks (nothing stored)', () => {
  let t: TestApp;
  let small: TestApp;
  let as: Headers;
  let smallAs: Headers;
  let query: string;
  let smallQuery: string;

  beforeAll(async () => {
    t = await createTestApp();
    small = await createTestApp({ env: { UPLOAD_MAX_BYTES: '12000', EXCEL_MAX_ROWS: '5' } });
    for (const [app, set] of [
      [t, (h: Headers, q: string) => ((as = h), (query = q))],
      [small, (h: Headers, q: string) => ((smallAs = h), (smallQuery = q))],
    ] as const) {
      const { admin, platform } = await seedBasics(app);
      const ent = await createOrg(app, { type: 'enterprise', parentId: platform.id });
      set(await sessionFor(app, admin), `template=users&orgId=${ent.id}`);
    }
  });
  afterAll(async () => {
    await small.close();
    await t.close();
  });

  const refused = async (
    app: TestApp,
    h: Headers,
    q: string,
    name: string,
    data: Buffer,
    status: number,
    code: string,
  ) => {
    const before = await tableCounts(app);
    const res = await upload(app, h, q, name, data);
    expect(res.json().code).toBe(code);
    expect(res.statusCode).toBe(status);
    expect(await tableCounts(app)).toEqual(before);
    return res.json() as { code: string; message: string; details?: any };
  };
  const valid = () => workbook([USERS_HEADER, ['file01', '陈一', '13800000001', '企业经办人']]);

  it('a corrupt workbook → EXCEL_CORRUPT', async () => {
    const data = await valid();
    // Everything but the zip's central directory, so the file still looks like a workbook from outside.
    const damaged = Buffer.from(data);
    for (let i = 200; i < damaged.length - 1200; i++) damaged[i] = damaged[i]! ^ 0x5a;
    const body = await refused(t, as, query, 'broken.xlsx', damaged, 400, 'EXCEL_CORRUPT');
    expect(body.message).toContain('不是有效的 Excel');
    await refused(
      t,
      as,
      query,
      'cut.xlsx',
      data.subarray(0, Math.floor(data.length / 2)),
      400,
      'EXCEL_CORRUPT',
    );
  });

  it('a non-Excel file renamed .xlsx → EXCEL_CORRUPT', async () => {
    await refused(t, as, query, 'text.xlsx', Buffer.from('用户名,姓名\nzhang,张三\n'), 400, 'EXCEL_CORRUPT');
    await refused(
      t,
      as,
      query,
      'doc.xlsx',
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
      400,
      'EXCEL_CORRUPT',
    );
    const legacy = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    const body = await refused(t, as, query, 'old.xlsx', legacy, 400, 'EXCEL_CORRUPT');
    expect(body.message).toContain('.xls');
  });

  it('a wrong extension → FILE_TYPE_NOT_ALLOWED; an empty file → FILE_EMPTY', async () => {
    await refused(t, as, query, 'users.csv', await valid(), 415, 'FILE_TYPE_NOT_ALLOWED');
    await refused(t, as, query, 'users.xls', await valid(), 415, 'FILE_TYPE_NOT_ALLOWED');
    await refused(t, as, query, 'empty.xlsx', Buffer.alloc(0), 400, 'FILE_EMPTY');
  });

  it('an empty workbook, a header-only sheet and the untouched template → EXCEL_EMPTY', async () => {
    await refused(t, as, query, 'empty.xlsx', await workbook([]), 400, 'EXCEL_EMPTY');
    const headerOnly = await refused(
      t,
      as,
      query,
      'header.xlsx',
      await workbook([USERS_HEADER]),
      400,
      'EXCEL_EMPTY',
    );
    expect(headerOnly.message).toContain('只有表头');
    const tpl = await t.request({ method: 'GET', url: '/api/imports/templates/users/download', as });
    await refused(t, as, query, 'template.xlsx', tpl.rawPayload, 400, 'EXCEL_EMPTY');
  });

  it('a header that does not match → EXCEL_HEADER_MISMATCH naming the columns', async () => {
    const data = await workbook([
      ['用户名', '姓名', '手机号', '备注'],
      ['file02', '陈二', '13800000002', 'x'],
    ]);
    const body = await refused(t, as, query, 'header.xlsx', data, 400, 'EXCEL_HEADER_MISMATCH');
    expect(body.details).toMatchObject({ missing: ['角色'], unexpected: ['备注'] });
    expect(body.message).toContain('缺少列「角色」');
    expect(body.message).toContain('多出列「备注」');
  });

  it('more rows than EXCEL_MAX_ROWS → EXCEL_TOO_MANY_ROWS', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`many0${i}`, '孙一', `1380000000${i}`, '企业经办人']);
    const body = await refused(
      small,
      smallAs,
      smallQuery,
      'many.xlsx',
      await workbook([USERS_HEADER, ...rows]),
      400,
      'EXCEL_TOO_MANY_ROWS',
    );
    expect(body.message).toContain('5 行');
  });

  it('a file over UPLOAD_MAX_BYTES → 413 PAYLOAD_TOO_LARGE', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [
      `big${i}`,
      `大文件${i}`,
      `139${String(i).padStart(8, '0')}`,
      '企业经办人',
      '',
      `big${i}@example.com`,
    ]);
    const data = await workbook([USERS_HEADER, ...rows]);
    expect(data.length).toBeGreaterThan(12000);
    await refused(small, smallAs, smallQuery, 'big.xlsx', data, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('the same file within the limit is accepted', async () => {
    const res = await upload(small, smallAs, smallQuery, 'ok.xlsx', await valid());
    expect(res.statusCode).toBe(200);
    const [row] = await small.ctx.db
      .select()
      .from(imports)
      .where(and(eq(imports.id, res.json().id)));
    expect(row!.status).toBe('validated');
  });
});
