import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { exchangeOrders, rosterPeople, rosters } from '../src/tables.js';
import {
  confirmRoster,
  findRosterPeople,
  getRoster,
  ORGANIZATION_SUBJECT,
  rosterInsured,
} from '../src/modules/rosters/index.js';
import { orderRosterSubject } from '../src/lines/exchange/index.js';
import type { DataScope } from '../src/platform/access.js';
import { createTestApp, type Headers, type TestApp } from './helpers.js';
import {
  residentId,
  ROSTER_HEADER,
  tableCounts as importCounts,
  upload,
  workbook,
} from './imports-support.js';
import {
  ofOrder,
  postFile,
  readyOrder,
  rosterWorkbook,
  ROSTER_HEADER as EXCHANGE_HEADER,
  seedExchange,
  tableCounts,
  type ExchangeSeed,
} from './exchange-support.js';

/** Uploads, validates and executes an import, waiting for its job; the validation answer. */
async function importRoster(t: TestApp, as: Headers, query: string, data: Buffer) {
  const res = await upload(t, as, query, 'roster.xlsx', data);
  expect(res.statusCode, res.body).toBe(200);
  const imp = res.json();
  if (imp.status !== 'validated') return imp;
  const exec = await t.request({ method: 'POST', url: `/api/imports/${imp.id}/execute`, as });
  expect(exec.statusCode, exec.body).toBe(200);
  const done = await t.ctx.jobs.waitFor(exec.json().taskId, 60_000);
  expect(done.status, done.error ?? '').toBe('succeeded');
  return imp;
}

/** The data scope of an operator of that organization. */
const scopeIn = (org: { id: string; path: string }): DataScope => ({
  kind: 'subtree',
  orgId: org.id,
  orgPath: org.path,
});

const person = (name: string, id: string, mobile = '') => [name, '身份证', id, '', '', mobile];

describe('rosters: a subject’s people list from an Excel template, replaced until confirmed', () => {
  let t: TestApp;
  let s: ExchangeSeed;
  let orgQuery: string;
  const subjectOf = () => ({ type: ORGANIZATION_SUBJECT, id: s.enterprise.id });

  beforeAll(async () => {
    t = await createTestApp();
    await t.ctx.jobs.start();
    s = await seedExchange(t);
    orgQuery = `template=roster&orgId=${s.enterprise.id}`;
  });
  afterAll(async () => t.close());

  it('fills the organization’s roster from a workbook: encrypted, masked, birth date and gender from the ID', async () => {
    const id1 = residentId('19880315', 123); // odd sequence: male
    const imp = await importRoster(
      t,
      s.asOperator,
      orgQuery,
      await workbook(
        [
          ROSTER_HEADER,
          person('赵一', id1, '13800138001'),
          ['JOHN', '护照', 'E12345678', '男', '1980-02-29'],
        ],
        {
          textColumns: [3, 6],
        },
      ),
    );
    const roster = await getRoster(t.ctx.db, scopeIn(s.enterprise), subjectOf());
    expect(roster).toMatchObject({
      status: 'draft',
      orgId: s.enterprise.id,
      importId: imp.id,
      peopleCount: 2,
    });
    const people = await findRosterPeople(t.ctx.db, subjectOf());
    expect(people.map((p) => [p.rowNo, p.name, p.idType, p.gender, p.birthDate, p.mobile])).toEqual([
      [2, '赵一', 'resident_id', 'M', '1988-03-15', '13800138001'],
      [3, 'JOHN', 'passport', 'M', '1980-02-29', null],
    ]);
    expect(people[0]!.idNumberEnc).not.toContain(id1);
    expect(t.ctx.crypto.decrypt(people[0]!.idNumberEnc)).toBe(id1);
    expect(people[0]!.idNumberIdx).toBe(t.ctx.crypto.blindIndex(id1));
    expect(people[0]!.idNumberMasked).toBe(`110105********${id1.slice(-4)}`);
  });

  it('a second import replaces the roster as a whole: nothing of the first remains', async () => {
    const first = await importRoster(
      t,
      s.asOperator,
      orgQuery,
      await workbook([ROSTER_HEADER, ...[1, 3, 5].map((k) => person(`甲${k}`, residentId('19900101', k)))], {
        textColumns: [3],
      }),
    );
    expect((await findRosterPeople(t.ctx.db, subjectOf())).map((p) => p.name)).toEqual(['甲1', '甲3', '甲5']);
    const second = await importRoster(
      t,
      s.asOperator,
      orgQuery,
      await workbook(
        [ROSTER_HEADER, person('乙2', residentId('19910202', 2)), person('乙4', residentId('19910202', 4))],
        {
          textColumns: [3],
        },
      ),
    );
    const people = await findRosterPeople(t.ctx.db, subjectOf());
    expect(people.map((p) => p.name)).toEqual(['乙2', '乙4']);
    const leftovers = await t.ctx.db.select().from(rosterPeople).where(eq(rosterPeople.importId, first.id));
    expect(leftovers).toEqual([]);
    const [roster] = await t.ctx.db.select().from(rosters).where(eq(rosters.subjectId, s.enterprise.id));
    expect(roster).toMatchObject({ importId: second.id, peopleCount: 2, status: 'draft' });
    // One roster per subject, however many imports filled it.
    expect(await t.ctx.db.select().from(rosters).where(eq(rosters.subjectId, s.enterprise.id))).toHaveLength(
      1,
    );
  });

  it('confirmed: a new import is refused in Chinese at upload and at 业务办理, and nothing changes', async () => {
    // Validated before the confirmation, executed after it.
    const pending = await upload(
      t,
      s.asOperator,
      orgQuery,
      'late.xlsx',
      await workbook([ROSTER_HEADER, person('丙1', residentId('19920303', 1))], { textColumns: [3] }),
    );
    expect(pending.json().status).toBe('validated');
    await t.ctx.db.transaction((tx) =>
      confirmRoster(tx, subjectOf(), { userId: s.operator.id, at: new Date() }),
    );
    const before = await importCounts(t);
    const peopleBefore = await findRosterPeople(t.ctx.db, subjectOf());

    const again = await upload(
      t,
      s.asOperator,
      orgQuery,
      'again.xlsx',
      await workbook([ROSTER_HEADER, person('丁1', residentId('19930404', 1))], { textColumns: [3] }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'INVALID_STATE',
      message: '人员名单已确认，不能再导入或更换',
    });
    const late = await t.request({
      method: 'POST',
      url: `/api/imports/${pending.json().id}/execute`,
      as: s.asOperator,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('人员名单已确认，不能再导入或更换');

    expect(await importCounts(t)).toEqual(before);
    expect(await findRosterPeople(t.ctx.db, subjectOf())).toEqual(peopleBefore);
    const [roster] = await t.ctx.db.select().from(rosters).where(eq(rosters.subjectId, s.enterprise.id));
    expect(roster!.status).toBe('confirmed');
    await expect(
      t.ctx.db.transaction((tx) => confirmRoster(tx, subjectOf(), { userId: null, at: new Date() })),
    ).rejects.toThrow('人员名单已确认，请勿重复确认');
  });

  it('another organization’s roster answers 404: by the data scope and through the template', async () => {
    await expect(getRoster(t.ctx.db, scopeIn(s.other), subjectOf())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const before = await importCounts(t);
    const res = await upload(
      t,
      s.asOther,
      orgQuery,
      'foreign.xlsx',
      await workbook([ROSTER_HEADER, person('戊1', residentId('19940505', 1))], { textColumns: [3] }),
    );
    expect(res.statusCode).toBe(404);
    expect(await importCounts(t)).toEqual(before);
  });

  it('an order’s roster: submitting confirms it, and it copies into the insured with names, numbers and extra columns', async () => {
    const ids = [residentId('19850607', 11), residentId('19860708', 22)];
    const orderId = await readyOrder(t, s, 2, await rosterWorkbook(2, { start: 40, ids }));
    const subject = orderRosterSubject(orderId);
    // A draft cannot become anyone's insured: it may still change.
    await expect(rosterInsured(t.ctx, t.ctx.db, subject)).rejects.toThrow(
      '人员名单尚未确认，不能作为被保险人',
    );
    const submit = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${orderId}/submit`,
      as: s.asOperator,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect((await getRoster(t.ctx.db, scopeIn(s.enterprise), subject)).status).toBe('confirmed');

    const extra = {
      medicalType: '城镇职工医保',
      medicalCity: '北京市',
      supplementary: '无',
      preExisting: '无',
      taxYear: '是',
      frequency: '年缴',
    };
    expect(await rosterInsured(t.ctx, t.ctx.db, subject)).toEqual([
      {
        name: '员工40',
        idType: 'resident_id',
        idNumber: ids[0],
        gender: 'M',
        birthDate: '1985-06-07',
        extra,
      },
      {
        name: '员工41',
        idType: 'resident_id',
        idNumber: ids[1],
        gender: 'F',
        birthDate: '1986-07-08',
        extra,
      },
    ]);
  });

  it('the line’s extra columns are validated (its choices and its insuredExtra rule); nothing is stored', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    const orderId = created.json().id as string;
    const row = (name: string, id: string, medicalType: string, city: string) => [
      name,
      '身份证',
      id,
      '',
      '',
      '13700000001',
      medicalType,
      city,
      '无',
      '无',
      '是',
      '年缴',
    ];
    const data = await workbook(
      [
        EXCHANGE_HEADER,
        row('员工甲', residentId('19800101', 1), '商业保险', '北京市'),
        row(
          '员工乙',
          residentId('19800101', 3),
          '城镇职工医保',
          '北京市朝阳区某某街道某某社区某某楼某某单元',
        ),
      ],
      { textColumns: [3, 6] },
    );
    const before = await tableCounts(t, ['rosters', 'roster_people']);
    const res = await postFile(
      t,
      s.asOperator,
      `/api/imports?template=exchange_roster&orderId=${orderId}`,
      'r.xlsx',
      data,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'invalid', errorRows: 2 });
    const problems = res.json().problems as {
      row: number;
      column?: string;
      message: string;
      level: string;
    }[];
    expect(problems).toContainEqual(expect.objectContaining({ row: 2, column: '医保类型', level: 'error' }));
    expect(problems).toContainEqual({
      row: 3,
      column: '医保所在城市',
      message: '医保所在城市不超过 20 个字',
      level: 'error',
    });
    expect(await tableCounts(t, ['rosters', 'roster_people'])).toEqual(before);
  });
});

describe('migration 0009: exchange_roster rows move into rosters, nothing lost', () => {
  let t: TestApp;
  let s: ExchangeSeed;
  beforeAll(async () => {
    t = await createTestApp();
    s = await seedExchange(t);
  });
  afterAll(async () => t.close());

  it('a draft order keeps a draft roster, a submitted one a confirmed roster, every column carried over', async () => {
    const migration = fs.readFileSync(new URL('../drizzle/0009_rosters.sql', import.meta.url), 'utf8');
    const old = fs.readFileSync(new URL('../drizzle/0004_exchange_orders.sql', import.meta.url), 'utf8');
    const entries = fs.readFileSync(new URL('../drizzle/0001_excel_roster.sql', import.meta.url), 'utf8');
    // The tables as they were before 0009.
    const createOld = old
      .split('--> statement-breakpoint')
      .find((x) => x.includes('CREATE TABLE "exchange_roster"'))!;
    await t.ctx.db.execute(sql.raw(createOld));
    await t.ctx.db.execute(sql.raw(entries.split('--> statement-breakpoint')[0]!));

    const order = async (status: string) => {
      const [row] = await t.ctx.db
        .insert(exchangeOrders)
        .values({
          orderNo: `EX${crypto.randomBytes(6).toString('hex')}`,
          enterpriseOrgId: s.enterprise.id,
          productId: s.product.productId,
          productVersionId: s.product.versionId,
          insurerOrgId: s.insurer.id,
          status,
          rosterImportId: crypto.randomUUID(),
          rosterCount: 2,
          submittedAt: status === 'draft' ? null : new Date('2026-11-02T03:04:05Z'),
        })
        .returning();
      return row!;
    };
    const draft = await order('draft');
    const passed = await order('passed');
    const ids = [
      residentId('19800101', 1),
      residentId('19810202', 2),
      residentId('19820303', 3),
      residentId('19830404', 4),
    ];
    const insert = (orderId: string, importId: string, rowNo: number, id: string, userId: string | null) =>
      t.ctx.db.execute(sql`
        insert into exchange_roster (order_id, row_no, import_id, name, id_type, id_number_enc, id_number_idx,
          id_number_masked, gender, birth_date, mobile, extra, user_id)
        values (${orderId}, ${rowNo}, ${importId}, ${'员工' + rowNo}, 'resident_id', ${t.ctx.crypto.encrypt(id)},
          ${t.ctx.crypto.blindIndex(id)}, 'masked', 'M', '1980-01-01', ${'1370000000' + rowNo},
          ${JSON.stringify({ medicalType: '无', rowNo: String(rowNo) })}::jsonb, ${userId})`);
    await insert(draft.id, draft.rosterImportId!, 2, ids[0]!, null);
    await insert(draft.id, draft.rosterImportId!, 3, ids[1]!, null);
    await insert(passed.id, passed.rosterImportId!, 2, ids[2]!, s.individual.id);
    await insert(passed.id, passed.rosterImportId!, 3, ids[3]!, null);

    // The statements after the new tables are created: the move and the drops.
    const statements = migration.split('--> statement-breakpoint');
    const from = statements.findIndex((x) => x.includes('exchange_roster rows without an order'));
    expect(from).toBeGreaterThan(0);
    for (const statement of statements.slice(from)) await t.ctx.db.execute(sql.raw(statement));

    const [d] = await t.ctx.db.select().from(rosters).where(eq(rosters.subjectId, draft.id));
    expect(d).toMatchObject({
      subjectType: 'exchange_order',
      orgId: s.enterprise.id,
      template: 'exchange_roster',
      status: 'draft',
      importId: draft.rosterImportId,
      peopleCount: 2,
      confirmedAt: null,
    });
    const [p] = await t.ctx.db.select().from(rosters).where(eq(rosters.subjectId, passed.id));
    expect(p).toMatchObject({
      status: 'confirmed',
      peopleCount: 2,
      confirmedAt: new Date('2026-11-02T03:04:05Z'),
    });
    const moved = await t.ctx.db
      .select()
      .from(rosterPeople)
      .where(ofOrder(passed.id))
      .orderBy(asc(rosterPeople.rowNo));
    expect(
      moved.map((r) => [r.rowNo, r.name, t.ctx.crypto.decrypt(r.idNumberEnc), r.userId, r.extra]),
    ).toEqual([
      [2, '员工2', ids[2], s.individual.id, { medicalType: '无', rowNo: '2' }],
      [3, '员工3', ids[3], null, { medicalType: '无', rowNo: '3' }],
    ]);
    expect(moved[0]).toMatchObject({
      importId: passed.rosterImportId,
      idType: 'resident_id',
      idNumberIdx: t.ctx.crypto.blindIndex(ids[2]!),
      idNumberMasked: 'masked',
      gender: 'M',
      birthDate: '1980-01-01',
      mobile: '13700000002',
    });
    expect(await t.ctx.db.select().from(rosterPeople).where(ofOrder(draft.id))).toHaveLength(2);
    const left = await t.ctx.db.execute(
      sql`select count(*)::int as n from information_schema.tables where table_name in ('exchange_roster', 'roster_entries')`,
    );
    expect((left as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
