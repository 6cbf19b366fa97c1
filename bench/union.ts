import ExcelJS from 'exceljs';
import pg from 'pg';
import { residentIdCheckChar } from '@policyhub/domain';
import { headerLabel } from '../apps/server/src/platform/excel/index.js';
import { unionMembersTemplate } from '../apps/server/src/lines/union/enrollment-template.js';
import { login, loginWithSms, startServerProcess, type Auth } from './server-process.js';

type Recorder = (name: string, value: string, target: string, runs: (number | string)[]) => void;

const HEADER = unionMembersTemplate.columns.map(headerLabel);
const PLAN = '职工重大疾病互助保障';
const UNIT_NO = '0108001';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const chineseDigits = (s: string) => s.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);

/** Member k of run `run`: a valid resident ID of someone aged 26–45, distinct across runs. */
function memberOf(run: number, k: number): { idNumber: string; name: string } {
  const d = k % 6720;
  const date = `${1981 + (d % 20)}${String(1 + (Math.floor(d / 20) % 12)).padStart(2, '0')}${String(1 + (Math.floor(d / 240) % 28)).padStart(2, '0')}`;
  const seq = String(100 + run * 50 + Math.floor(k / 6720)).padStart(3, '0');
  const body = `110108${date}${seq}`;
  return {
    idNumber: body + residentIdCheckChar(body),
    name: `测${chineseDigits(String(run))}员${chineseDigits(String(k))}`,
  };
}

/** The 批量入会模板 filled with `n` members, as a base-unit operator uploads it. */
async function enrollmentWorkbook(run: number, n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('批量入会');
  sheet.addRow(HEADER);
  sheet.getColumn(1).numFmt = '@';
  const byKey = unionMembersTemplate.columns.map((c) => c.key);
  for (let k = 0; k < n; k++) {
    const m = memberOf(run, k);
    sheet.addRow(byKey.map((key) => (key === 'idNumber' ? m.idNumber : key === 'name' ? m.name : '')));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function client(url: string) {
  return async function call<T = any>(auth: Auth, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie: auth.cookie,
        'x-csrf-token': auth.csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 400)}`);
    return res.json() as Promise<T>;
  };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 600_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A database of its own for each run (fresh demo data), on the bench's throw-away server. */
async function freshDatabase(databaseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(databaseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Issue 11 targets through the real API on PostgreSQL, one chain per run: the 批量入会模板 of
 * `members` people validated (≤ 2 s) and executed (≤ 10 s); the members 上报 and 财务确认; 新会员投保
 * for all of them; 上报 → 代办处上报 → 总会财务确认 → every 电子保障凭证 signed and archived (≤ 40 s);
 * then 【批量续转】 of that period (≤ 5 s). Then the 代办处's submission list over 1,000,000 members
 * in 1,000 units (first page ≤ 200 ms).
 */
export async function benchUnion(
  record: Recorder,
  options: { databaseUrl: string; runs: number; members?: number; listMembers?: number },
) {
  const members = options.members ?? 10_000;
  const t = {
    validate: [] as number[],
    execute: [] as number[],
    insure: [] as number[],
    certificates: [] as number[],
    policies: [] as number[],
    renew: [] as number[],
  };
  for (let r = 0; r < options.runs; r++) {
    const databaseUrl = await freshDatabase(options.databaseUrl, `bench_union_${r}`);
    const server = await startServerProcess({ databaseUrl, port: 3490 + r });
    try {
      const call = client(server.url);
      const admin = await login(server.url, 'admin', 'Demo@2026');
      const base = await loginWithSms(server.url, 'union_base', '13800138006', admin);
      const agency = await loginWithSms(server.url, 'union_agency', '13800138007', admin);
      const hq = await loginWithSms(server.url, 'union_hq', '13800138008', admin);

      // 批量入会: 业务校验 on upload, 业务办理 as a job.
      const data = await enrollmentWorkbook(r, members);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(data)]), '批量入会.xlsx');
      let t0 = performance.now();
      const res = await fetch(`${server.url}/api/imports?template=union_members`, {
        method: 'POST',
        headers: { cookie: base.cookie, 'x-csrf-token': base.csrf },
        body: form,
      });
      const imp = (await res.json()) as { id: string; status: string; errorRows: number };
      t.validate.push(performance.now() - t0);
      if (!res.ok || imp.status !== 'validated' || imp.errorRows)
        throw new Error(`enrollment validation: ${res.status} ${JSON.stringify(imp).slice(0, 300)}`);
      t0 = performance.now();
      await call(base, 'POST', `/api/imports/${imp.id}/execute`);
      await until('the enrollment', async () => {
        const s = await call(base, 'GET', `/api/imports/${imp.id}`);
        if (s.status === 'failed') throw new Error('enrollment execution failed');
        return s.status === 'done' && s;
      }).then((s) => {
        if (s.succeededRows !== members) throw new Error(`only ${s.succeededRows} members enrolled`);
      });
      t.execute.push(performance.now() - t0);

      // The members 上报 and the agency's 财务确认 (not timed).
      await call(base, 'POST', '/api/union/members/submit-search', { search: { status: 'new' } });
      await call(agency, 'POST', '/api/union/members/confirm-search', {
        search: { status: 'submitted', unitNo: UNIT_NO },
      });
      const ids: string[] = [];
      const prefix = `测${chineseDigits(String(r))}员`;
      for (let page = 1; ; page++) {
        const list = await call(base, 'GET', `/api/union/members?status=confirmed&pageSize=200&page=${page}`);
        for (const m of list.items) if (m.name.startsWith(prefix)) ids.push(m.id);
        if (page * 200 >= list.total) break;
      }
      if (ids.length !== members) throw new Error(`${ids.length} confirmed members, expected ${members}`);

      const plans = await call(base, 'GET', '/api/union/application-plans');
      const plan = (plans.items ?? plans).find((p: { name: string }) => p.name === PLAN);
      if (!plan) throw new Error(`no plan ${PLAN}`);
      const start = new Date(Date.now() + 8 * 3600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
      t0 = performance.now();
      const insured = await call(base, 'POST', '/api/union/applications/for-members', {
        productId: plan.productId,
        memberIds: ids,
        copies: 1,
        amount: plan.premiumPerCopyFen / 100,
        expectedEffectiveDate: start,
      });
      t.insure.push(performance.now() - t0);
      if (insured.created !== members)
        throw new Error(`新会员投保 created ${insured.created}: ${JSON.stringify(insured.failed?.[0])}`);
      const date = plan.uniformStartDate ?? start;

      await call(base, 'POST', '/api/union/applications/submit-search', {
        status: 'draft',
        productId: plan.productId,
      });
      await call(agency, 'POST', '/api/union/submissions/pass-search', {
        productId: plan.productId,
        unitNo: UNIT_NO,
      });
      // 财务确认 → every member's 电子保障凭证 signed and archived (the issuing task).
      t0 = performance.now();
      const confirmed = await call(hq, 'POST', '/api/union/submissions/confirm-search', {
        productId: plan.productId,
        unitNo: UNIT_NO,
      });
      if (confirmed.moved < members || !confirmed.taskId)
        throw new Error(`财务确认 moved ${confirmed.moved}`);
      // The task's progress counts the policies first (打印生效), then the signed certificates.
      let policiesAt = 0;
      await until('the certificates', async () => {
        const task = await call(hq, 'GET', `/api/tasks/${confirmed.taskId}`);
        if (task.status === 'failed')
          throw new Error(`issuing failed: ${JSON.stringify(task).slice(0, 300)}`);
        if (!policiesAt && task.progressDone >= confirmed.moved) policiesAt = performance.now() - t0;
        return task.status === 'succeeded';
      });
      t.certificates.push(performance.now() - t0);
      t.policies.push(policiesAt);
      const issued = await call(
        base,
        'GET',
        `/api/union/applications?status=issued&productId=${plan.productId}&pageSize=1`,
      );
      if (issued.total < members) throw new Error(`${issued.total} issued`);

      // 【批量续转】 of that period.
      t0 = performance.now();
      const renewed = await call(base, 'POST', '/api/union/applications/renew', {
        productId: plan.productId,
        fromEffectiveDate: date,
      });
      t.renew.push(performance.now() - t0);
      if (renewed.created < members)
        throw new Error(`批量续转 created ${renewed.created}: ${JSON.stringify(renewed.failed?.[0])}`);
      console.log(
        `union run ${r + 1}: validate ${fmt(t.validate.at(-1)!)}, execute ${fmt(t.execute.at(-1)!)}, ` +
          `新会员投保 ${fmt(t.insure.at(-1)!)}, policies ${fmt(t.policies.at(-1)!)}, certificates ${fmt(t.certificates.at(-1)!)}, renew ${fmt(t.renew.at(-1)!)}`,
      );
    } finally {
      await server.stop();
    }
  }
  const n = members.toLocaleString('en');
  record(
    `批量入会模板 ${n} members: 业务校验 (upload → validated), PostgreSQL`,
    fmt(median(t.validate)),
    '≤ 2 s',
    t.validate.map(fmt),
  );
  record(
    `批量入会模板 ${n} members: 业务办理 (job → done), PostgreSQL`,
    fmt(median(t.execute)),
    '≤ 10 s',
    t.execute.map(fmt),
  );
  record(
    `新会员投保 ${n} confirmed members → 新建 applications, PostgreSQL`,
    fmt(median(t.insure)),
    '—',
    t.insure.map(fmt),
  );
  record(
    `总会财务确认 → ${n} signed 电子保障凭证 archived (issuing task done), PostgreSQL`,
    `${fmt(median(t.certificates))} (${Math.round(members / (median(t.certificates) / 1000))}/s)`,
    '≤ 40 s',
    t.certificates.map(fmt),
  );
  record(
    `… of which the ${n} policies 打印生效 (written while the first certificates are signed), PostgreSQL`,
    fmt(median(t.policies)),
    '—',
    t.policies.map(fmt),
  );
  record(
    `【批量续转】 ${n} members → ${n} applications, PostgreSQL`,
    fmt(median(t.renew)),
    '≤ 5 s',
    t.renew.map(fmt),
  );
}

/**
 * 1,000 more base units under the demo 代办处 and `members` members spread over them, each with a
 * 上报 application of the plan (what the agency office's list reads), written in SQL from a real
 * member and application row of the run (only keys and numbers change).
 */
async function seedAgencyMembers(databaseUrl: string, members: number) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const unit = await db.query<{ id: string; path: string; parent_id: string }>(
      `select o.id, o.path, o.parent_id from organizations o join union_units u on u.org_id = o.id where u.unit_no = $1`,
      [UNIT_NO],
    );
    const { id: unitId } = unit.rows[0]!;
    await db.query('begin');
    await db.query(
      `create temp table bench_units on commit drop as
         select gen_random_uuid() as id, i from generate_series(1, 1000) i`,
    );
    await db.query(
      `insert into organizations
         select (jsonb_populate_record(null::organizations, to_jsonb(o) || jsonb_build_object(
           'id', b.id, 'name', '基准基层工会' || b.i, 'code', 'BENCH' || lpad(b.i::text, 4, '0'),
           'path', replace(o.path, o.id::text, b.id::text)))).*
       from organizations o, bench_units b where o.id = $1`,
      [unitId],
    );
    await db.query(
      `insert into union_units (org_id, unit_no, member_seq) select id, '9' || lpad(i::text, 6, '0'), 0 from bench_units`,
    );
    const per = Math.ceil(members / 1000);
    // Plain column lists (no jsonb round trip) and ordered keys: 1M rows in seconds, not minutes.
    const key = `'9' || lpad(b.i::text, 6, '0') || lpad(k::text, 6, '0')`;
    await db.query(
      `insert into union_members (id, member_no, unit_org_id, name, id_type, id_number_enc, id_number_idx,
         id_number_masked, gender, birth_date, extra, status, created_at, updated_at)
       select gen_random_uuid(), ${key}, b.id, '基准会员' || b.i || '_' || k, m.id_type, m.id_number_enc,
         'bench' || ${key}, m.id_number_masked, m.gender, m.birth_date, m.extra, 'confirmed', m.created_at, m.updated_at
       from (select * from union_members where unit_org_id = $1 and name like '测%' limit 1) m,
            bench_units b, generate_series(1, $2::int) k`,
      [unitId, per],
    );
    await db.query(
      `insert into applications (id, application_no, line, user_id, org_id, product_id, product_version_id,
         insurer_org_id, product_year, status, applicant_name, applicant_id_type, applicant_id_number_enc,
         applicant_id_number_idx, applicant_id_number_masked, applicant_gender, applicant_birth_date,
         applicant_mobile, insured, answers, quote, premium_fen, details, created_at)
       select gen_random_uuid(), 'BM' || ${key}, a.line, null, b.id, a.product_id, a.product_version_id,
         a.insurer_org_id, a.product_year, 'submitted', '基准会员' || b.i || '_' || k, a.applicant_id_type,
         a.applicant_id_number_enc, 'bench' || ${key}, a.applicant_id_number_masked, a.applicant_gender,
         a.applicant_birth_date, a.applicant_mobile, a.insured, a.answers, a.quote, a.premium_fen,
         a.details || jsonb_build_object('memberNo', ${key}), now() - (k || ' minutes')::interval
       from (select * from applications where org_id = $1 and line = 'MUTUAL_AID' limit 1) a,
            bench_units b, generate_series(1, $2::int) k`,
      [unitId, per],
    );
    await db.query('commit');
    await db.query('analyze organizations; analyze union_units; analyze union_members; analyze applications');
    const n = await db.query<{ n: string }>(`select count(*) n from applications where status = 'submitted'`);
    return Number(n.rows[0]!.n);
  } finally {
    await db.end();
  }
}

/** The 代办处's first page of 上报 submissions (the default search), and filtered by plan and unit. */
export async function benchAgencyList(
  record: Recorder,
  options: { databaseUrl: string; members?: number; samples?: number },
) {
  const members = options.members ?? 1_000_000;
  const samples = options.samples ?? 20;
  const databaseUrl = await freshDatabase(options.databaseUrl, 'bench_union_list');
  // A small chain first so that the seeded rows are copies of real ones.
  let server = await startServerProcess({ databaseUrl, port: 3495 });
  const call = client(server.url);
  let plan: { productId: string } | undefined;
  try {
    const admin = await login(server.url, 'admin', 'Demo@2026');
    const base = await loginWithSms(server.url, 'union_base', '13800138006', admin);
    const agency = await loginWithSms(server.url, 'union_agency', '13800138007', admin);
    const plans = await call(base, 'GET', '/api/union/application-plans');
    plan = plans.find((p: { name: string }) => p.name === PLAN);
    const m = memberOf(9, 1);
    const created = await call(base, 'POST', '/api/union/members', m);
    await call(base, 'POST', '/api/union/members/submit-search', { search: { memberNo: created.memberNo } });
    await call(agency, 'POST', '/api/union/members/confirm-search', {
      search: { memberNo: created.memberNo },
    });
    const start = new Date(Date.now() + 8 * 3600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
    await call(base, 'POST', '/api/union/applications/for-members', {
      productId: plan!.productId,
      memberIds: [created.id],
      copies: 1,
      amount: 36,
      expectedEffectiveDate: start,
    });
    await call(base, 'POST', '/api/union/applications/submit-search', { status: 'draft' });
  } finally {
    await server.stop();
  }
  const t0 = performance.now();
  const seeded = await seedAgencyMembers(databaseUrl, members);
  console.log(`seeded ${seeded.toLocaleString('en')} 上报 applications in ${fmt(performance.now() - t0)}`);
  server = await startServerProcess({ databaseUrl, port: 3496 });
  const list = client(server.url);
  try {
    const admin = await login(server.url, 'admin', 'Demo@2026');
    const agency = await loginWithSms(server.url, 'union_agency', '13800138007', admin);
    const measure = async (query: string) => {
      const times: number[] = [];
      let total = '';
      for (let i = 0; i < samples + 2; i++) {
        const t1 = performance.now();
        const page = await list(agency, 'GET', `/api/union/submissions?pageSize=20${query}`);
        if (i >= 2) times.push(performance.now() - t1);
        total = `${page.total.toLocaleString('en')}${page.totalExact ? '' : '+'}`;
        if (page.items.length === 0) throw new Error(`empty first page for ${query}`);
      }
      return { times, total };
    };
    const ms = (x: number) => `${Math.round(x)} ms`;
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
    const all = await measure('');
    record(
      `代办处投保管理 first page (上报, 20 rows + total ${all.total}) over ${members.toLocaleString('en')} members in 1,000 units, PostgreSQL`,
      `${ms(median(all.times))} (p95 ${ms(p95(all.times))})`,
      '≤ 200 ms',
      [`${samples} requests`],
    );
    const byPlan = await measure(`&productId=${plan!.productId}&unitNo=9000500`);
    record(
      `代办处投保管理 first page by 产品名称 + 当前单位编号 (total ${byPlan.total}), same data`,
      `${ms(median(byPlan.times))} (p95 ${ms(p95(byPlan.times))})`,
      '≤ 200 ms',
      [`${samples} requests`],
    );
  } finally {
    await server.stop();
  }
}
