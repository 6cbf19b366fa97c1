/**
 * `npm run bench` — measures the speed targets of the issues and rewrites docs/BENCHMARKS.md.
 * Medians of several runs. Runs the BUILT server as a separate process (as in production), on
 * the embedded database and on the throw-away PostgreSQL that scripts/with-postgres.mjs started
 * (DATABASE_URL). Benchmarks, not tests: nothing here fails a build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import * as prettier from 'prettier';
import { validateResidentId, residentIdCheckChar } from '@policyhub/domain';
import { makeRosterWorkbook } from '../apps/server/src/platform/excel/bench-support.js';
import { login, startServerProcess } from './server-process.js';
import { benchDocuments } from './documents.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const results: { name: string; value: string; target: string; runs: string }[] = [];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function record(name: string, value: string, target: string, runs: (number | string)[]) {
  results.push({ name, value, target, runs: runs.join(' / ') });
  console.log(`${name}: ${value}  (target ${target}; runs ${runs.join(' / ')})`);
}

function benchIdValidation() {
  const ids: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    const body = `110101${1950 + (i % 60)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    ids.push(body + residentIdCheckChar(body));
  }
  const rates: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    let ok = 0;
    for (const id of ids) if (validateResidentId(id).ok) ok++;
    const ms = performance.now() - t0;
    if (ok !== ids.length) throw new Error('invalid generated id');
    rates.push(Math.round(ids.length / (ms / 1000)));
  }
  record(
    '身份证号校验 ID-number validations per second',
    `${median(rates).toLocaleString('en')} /s`,
    '—',
    rates,
  );
}

async function uploadRoster(
  url: string,
  auth: { cookie: string; csrf: string },
  orgId: string,
  workbook: Buffer,
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(workbook)]), 'roster.xlsx');
  const t0 = performance.now();
  const res = await fetch(`${url}/api/imports?template=roster&orgId=${orgId}`, {
    method: 'POST',
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf },
    body: form,
  });
  const body = (await res.json()) as { id: string; status: string; errorRows: number; totalRows: number };
  const validateMs = performance.now() - t0;
  if (!res.ok || body.status !== 'validated')
    throw new Error(`validation failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  const exec = await fetch(`${url}/api/imports/${body.id}/execute`, {
    method: 'POST',
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf },
  });
  if (!exec.ok) throw new Error(`execute failed: ${exec.status} ${await exec.text()}`);
  for (;;) {
    const state = (await (
      await fetch(`${url}/api/imports/${body.id}`, { headers: { cookie: auth.cookie } })
    ).json()) as {
      status: string;
      succeededRows: number;
    };
    if (state.status === 'done') {
      if (state.succeededRows !== ROWS) throw new Error(`only ${state.succeededRows} rows executed`);
      break;
    }
    if (state.status === 'failed') throw new Error('execution failed');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { validateMs, totalMs: performance.now() - t0 };
}

async function enterpriseOrgId(url: string, auth: { cookie: string }) {
  const res = await fetch(`${url}/api/admin/orgs`, { headers: { cookie: auth.cookie } });
  const { items } = (await res.json()) as {
    items: { id: string; type: string; status: string; name: string }[];
  };
  const org = items.find(
    (o) => o.type === 'enterprise' && o.status === 'active' && o.name === '北京星辰科技有限公司',
  );
  if (!org) throw new Error('no enterprise org in demo data');
  return org.id;
}

async function benchRoster(
  label: string,
  databaseUrl: string | undefined,
  workbook: Buffer,
  targets: { total: string },
) {
  const validate: number[] = [];
  const total: number[] = [];
  const rss: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let dbUrl = databaseUrl;
    if (databaseUrl) {
      // A fresh database per run, so every run inserts the same number of rows into an empty table.
      const name = `policyhub_bench_${r}_${Date.now()}`;
      execSync(`psql "${databaseUrl}" -qc "create database ${name}"`);
      const u = new URL(databaseUrl);
      u.pathname = `/${name}`;
      dbUrl = u.toString();
    }
    const server = await startServerProcess({ databaseUrl: dbUrl, port: 3400 + r });
    try {
      const auth = await login(server.url, 'admin', 'Demo@2026');
      const orgId = await enterpriseOrgId(server.url, auth);
      const m = await uploadRoster(server.url, auth, orgId, workbook);
      validate.push(m.validateMs);
      total.push(m.totalMs);
      rss.push(server.peakRssMb());
    } finally {
      await server.stop();
    }
  }
  record(
    `${ROWS.toLocaleString('en')} 行名单校验 roster validation (${label})`,
    fmt(median(validate)),
    '≤ 5 s',
    validate.map(fmt),
  );
  record(
    `${ROWS.toLocaleString('en')} 行名单校验+办理 validation + execution (${label})`,
    fmt(median(total)),
    targets.total,
    total.map(fmt),
  );
  record(
    `服务器峰值内存 server peak RSS (${label})`,
    `${median(rss)} MB`,
    label === 'PGlite' ? '≤ 1.5 GB' : '≤ 500 MB',
    rss.map((x) => `${x} MB`),
  );
}

async function benchMe(databaseUrl: string) {
  const server = await startServerProcess({ databaseUrl, port: 3450 });
  try {
    const auth = await login(server.url, 'admin', 'Demo@2026');
    const rps: number[] = [];
    const p99: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const out = await autocannon({
        url: `${server.url}/api/me`,
        connections: 50,
        duration: 10,
        headers: { cookie: auth.cookie },
      });
      if (out.non2xx > 0) throw new Error(`/api/me answered ${out.non2xx} non-2xx`);
      rps.push(Math.round(out.requests.average));
      p99.push(out.latency.p99);
    }
    record(
      'GET /api/me 吞吐 throughput, 50 connections (PostgreSQL)',
      `${median(rps).toLocaleString('en')} req/s`,
      '≥ 2,000 req/s',
      rps,
    );
    record(
      'GET /api/me p99 latency (PostgreSQL)',
      `${median(p99)} ms`,
      '≤ 50 ms',
      p99.map((x) => `${x} ms`),
    );
  } finally {
    await server.stop();
  }
}

async function benchReady() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-ready-'));
  const first = await startServerProcess({ dataDir, port: 3460 });
  await first.stop();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = await startServerProcess({ dataDir, port: 3460 });
    times.push(s.readyMs);
    await s.stop();
  }
  record(
    '启动到健康检查通过 server ready on an existing embedded database',
    fmt(median(times)),
    '≤ 10 s',
    times.map(fmt),
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/**
 * `npm start` (scripts/start.mjs) on an unchanged checkout until /api/health answers: the build
 * check (content hashes of every step's inputs), migrations and the demo-data check, as an
 * operator restarting it would see. The first start records the build stamps (a plain
 * `npm run build` records none) and creates the database; the measured ones start from there.
 */
async function benchNpmStart() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-start-'));
  const port = 3470;
  const once = async (): Promise<number> => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: '1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise((r) => child.once('exit', r));
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
        const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return Date.now() - started;
        if (Date.now() - started > 300_000) throw new Error('npm start did not become ready');
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const first = await once();
  console.log(`npm start, first after npm run build: ${fmt(first)}`);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) times.push(await once());
  record(
    'npm start on an unchanged checkout → healthy (build check, migrations, demo data check)',
    fmt(median(times)),
    '≤ 15 s',
    times.map(fmt),
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Rows of the previous report that this (partial, BENCH_ONLY) run did not measure again. */
function keptRows(): string[] {
  const file = path.join(ROOT, 'docs/BENCHMARKS.md');
  if (!only || !fs.existsSync(file)) return [];
  const measured = new Set(results.map((r) => r.name));
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(measure|-+)\s*\|/.test(line))
    .filter((line) => !measured.has(line.split('|')[1]!.trim()));
}

async function writeReport() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand. Medians of several runs.',
    '',
    `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`,
    `- Date: ${new Date().toISOString()}`,
    `- Runs per figure: ${RUNS}; roster rows: ${ROWS.toLocaleString('en')}`,
    '',
    '| measure | median | target | runs |',
    '|---|---|---|---|',
    ...keptRows(),
    ...results.map((r) => `| ${r.name} | ${r.value} | ${r.target} | ${r.runs} |`),
    '',
  ];
  const extra = path.join(ROOT, 'docs/BENCHMARKS.notes.md');
  if (fs.existsSync(extra)) lines.push(fs.readFileSync(extra, 'utf8'));
  const file = path.join(ROOT, 'docs/BENCHMARKS.md');
  // Formatted as `npm run lint` expects, so a bench run never leaves the tree red.
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(lines.join('\n'), { ...options, filepath: file }));
}

const databaseUrl = process.env.DATABASE_URL;
const only = process.env.BENCH_ONLY?.split(',');
const want = (name: string) => !only || only.includes(name);
if (want('id')) benchIdValidation();
if (want('start')) await benchNpmStart();
if (want('documents')) await benchDocuments(record);
if (want('exchange')) {
  const { benchInsurerApi } = await import('./exchange.js');
  await benchInsurerApi(record, { databaseUrl, runs: RUNS });
}
if (want('exchange-roster') && databaseUrl) {
  const { benchExchangeRoster } = await import('./exchange-roster.js');
  await benchExchangeRoster(record, { databaseUrl, runs: RUNS });
}
if (want('union') && databaseUrl) {
  const { benchUnion } = await import('./union.js');
  await benchUnion(record, {
    databaseUrl,
    runs: Number(process.env.BENCH_UNION_RUNS ?? Math.min(RUNS, 2)),
    members: Number(process.env.BENCH_UNION_MEMBERS ?? 10_000),
  });
}
if (want('union-list') && databaseUrl) {
  const { benchAgencyList } = await import('./union.js');
  await benchAgencyList(record, {
    databaseUrl,
    members: Number(process.env.BENCH_UNION_LIST_MEMBERS ?? 1_000_000),
  });
}
if (want('roster') || want('me') || want('ready')) {
  const workbook = want('roster') ? await makeRosterWorkbook(ROWS) : Buffer.alloc(0);
  if (want('ready')) await benchReady();
  if (want('roster')) {
    console.log(`roster workbook: ${(workbook.length / 2 ** 20).toFixed(1)} MB`);
    await benchRoster('PGlite', undefined, workbook, { total: '≤ 25 s' });
  }
  if (databaseUrl) {
    if (want('roster')) await benchRoster('PostgreSQL', databaseUrl, workbook, { total: '≤ 15 s' });
    if (want('me')) await benchMe(databaseUrl);
  } else {
    console.warn('DATABASE_URL not set: PostgreSQL figures skipped');
  }
}
await writeReport();
console.log('docs/BENCHMARKS.md updated');
