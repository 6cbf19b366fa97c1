/**
 * Electronic-document benchmarks (issue 3): issuing (render + sign + time-stamp + archive), bulk
 * issuing on worker threads, file size, verification in process and over HTTP, a 5,000-insured
 * group policy, and pdfsig on the same files. bench/run.ts calls `benchDocuments(record)`; it
 * can also run alone: `node --conditions=development --import tsx bench/documents.ts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import pino from 'pino';
import { residentIdCheckChar } from '@policyhub/domain';
import { createContext } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/platform/config.js';
import { migrateDatabase, openDatabase } from '../apps/server/src/platform/db/index.js';
import { SYSTEM_ACTOR } from '../apps/server/src/platform/audit/index.js';
import type { AppContext } from '../apps/server/src/platform/context.js';
import { seedDemo } from '../apps/server/src/seed/demo.js';
import {
  createPolicy,
  policyDocumentData,
  type CreatePolicyInput,
} from '../apps/server/src/modules/policies/index.js';
import {
  bulkIssuePolicyDocuments,
  createRenderPool,
  verifyDocument,
} from '../apps/server/src/modules/documents/index.js';
import { findInsurer } from '../apps/server/src/modules/documents/keys.js';
import {
  prepareIssue,
  renderAndSign,
} from '../apps/server/src/modules/documents/operations/issue-document.js';
import { issuePolicyDocument } from '../apps/server/src/workflows/issue-policy.js';

type Record = (name: string, value: string, target: string, runs: (number | string)[]) => void;

// autocannon ships no typings: the little used here, typed by hand.
type AutocannonResult = { non2xx: number; requests: { average: number }; latency: { p99: number } };
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  method: string;
  headers: { [key: string]: string };
  body: Buffer;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DAY = 86_400_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function residentId(i: number): string {
  const first17 = `110108${1960 + (i % 45)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

function policyInput(insurerOrgId: string, insured: number, i: number): CreatePolicyInput {
  const start = new Date(Math.floor(Date.now() / DAY) * DAY - 8 * 3_600_000);
  return {
    line: 'TRAVEL',
    productCode: 'TR-BENCH',
    productName: '旅行社组团旅游意外伤害保险（境内）',
    insurerOrgId,
    holder: { name: '北京畅游国际旅行社有限公司', idType: 'uscc', idNumber: '91110108MA02XCTX6T' },
    sumInsuredFen: 30_000_000 * insured,
    premiumFen: 3_000 * insured,
    startsAt: start,
    endsAt: new Date(start.getTime() + 6 * DAY - 1000),
    details: {
      insuredSubject: [
        { label: '旅游团号', value: `BENCH-${i}` },
        { label: '行程', value: '北京—昆明—大理—丽江' },
      ],
    },
    insured: Array.from({ length: insured }, (_, k) => ({
      name: `${'张王李赵刘陈杨黄周吴'[k % 10]}${'伟芳娜敏静丽强磊军洋'[Math.floor(k / 10) % 10]}${k >= 100 ? k : ''}`,
      idType: 'resident_id',
      idNumber: residentId(i * 10_000 + k),
      gender: (k % 2 ? 'F' : 'M') as 'M' | 'F',
    })),
  };
}

async function inProcessContext(): Promise<{ ctx: AppContext; close(): Promise<void>; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-docbench-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    FIELD_ENCRYPTION_KEYS: `b1:${Buffer.alloc(32, 3).toString('base64')}`,
    BLIND_INDEX_KEY: Buffer.alloc(32, 5).toString('base64'),
  });
  const database = await openDatabase({ pgliteDir: 'memory://' });
  await migrateDatabase(database);
  const ctx = createContext({ config, database, log: pino({ level: 'silent' }) });
  return {
    ctx,
    dataDir,
    async close() {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function pdfsigMs(file: string, runs = 5): number[] {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const out = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (!out.includes('Signature is Valid')) throw new Error(`pdfsig: ${out}`);
  }
  return times;
}

function multipart(pdf: Buffer): { body: Buffer; contentType: string } {
  const boundary = '----policyhubbench';
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="policy.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** POST /api/public/verify throughput against the built server (bench/server-process.ts). */
async function benchVerifyHttp(record: Record, pdf: Buffer): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'apps/server/dist/main.js'))) {
    console.warn('apps/server/dist not built: POST /api/public/verify throughput skipped');
    return;
  }
  const { login, startServerProcess } = await import('./server-process.js');
  const server = await startServerProcess({
    port: 3470,
    env: { VERIFY_RATE_LIMIT: '100000000', DATABASE_URL: '' },
  });
  try {
    // A document that server issued (the demo individual's e-policy), so the answer is 有效.
    const auth = await login(server.url, 'employee', 'Demo@2026');
    const mine = (await (
      await fetch(`${server.url}/api/me/documents`, { headers: { cookie: auth.cookie } })
    ).json()) as {
      items: { id: string }[];
    };
    const id = mine.items[0]?.id;
    if (id) {
      const dl = await fetch(`${server.url}/api/documents/${id}/download`, {
        headers: { cookie: auth.cookie },
      });
      if (dl.ok) pdf = Buffer.from(await dl.arrayBuffer());
    }
    const { body, contentType } = multipart(pdf);
    const check = await fetch(`${server.url}/api/public/verify`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    });
    const verdict = ((await check.json()) as { verdict?: string }).verdict;
    if (!check.ok || !verdict) throw new Error(`verify answered ${check.status}`);
    const rps: number[] = [];
    const p99: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const out = await autocannon({
        url: `${server.url}/api/public/verify`,
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        connections: 20,
        duration: 10,
      });
      if (out.non2xx > 0) throw new Error(`verify answered ${out.non2xx} non-2xx`);
      rps.push(Math.round(out.requests.average));
      p99.push(out.latency.p99);
    }
    record(
      `POST /api/public/verify 吞吐 throughput, one-page e-policy (${verdict}), 20 connections (PGlite)`,
      `${median(rps)} req/s`,
      '≥ 200 req/s',
      rps,
    );
    record(
      'POST /api/public/verify p99 latency',
      `${median(p99)} ms`,
      '—',
      p99.map((x) => `${x} ms`),
    );
  } finally {
    await server.stop();
  }
}

export async function benchDocuments(record: Record): Promise<void> {
  const env = await inProcessContext();
  const { ctx } = env;
  try {
    await seedDemo(ctx);
    const insurer = (await findInsurer(ctx.db, '华安财产保险股份有限公司'))!;

    // ── single issue: render + sign + time-stamp + archive (one-page e-policy, 5 insured) ──
    // A serving process issues documents all day: the p50 is taken in steady state, after the
    // first issues have warmed the JIT (pdf-lib, the signer, drizzle); those first ones are
    // reported on their own line.
    const timeIssue = async (i: number) => {
      const policy = await createPolicy(ctx, ctx.db, SYSTEM_ACTOR, policyInput(insurer.id, 5, i));
      const t0 = performance.now();
      const doc = await ctx.db.transaction((tx) => issuePolicyDocument(ctx, tx, SYSTEM_ACTOR, policy));
      return { ms: performance.now() - t0, doc };
    };
    const cold: number[] = [];
    for (let i = 0; i < 20; i++) cold.push((await timeIssue(i)).ms);
    for (let i = 20; i < 40; i++) await timeIssue(i);
    const singles: number[] = [];
    let lastPdf: Buffer = Buffer.alloc(0);
    for (let i = 40; i < 100; i++) {
      const { ms: took, doc } = await timeIssue(i);
      singles.push(took);
      if (i === 99) lastPdf = await ctx.files.read(doc.fileId);
    }
    record(
      '签发一页电子保单 issue one-page e-policy: render + sign + time-stamp + archive, p50 (PGlite)',
      ms(median(singles)),
      '≤ 20 ms',
      [ms(Math.min(...singles)), ms(median(singles)), ms(Math.max(...singles))],
    );
    record('签发一页电子保单 the first 20 issues of a fresh process (JIT cold), p50', ms(median(cold)), '—', [
      ms(Math.min(...cold)),
      ms(median(cold)),
      ms(Math.max(...cold)),
    ]);
    const pages = /Pages:\s+(\d+)/.exec(
      execFileSync('pdfinfo', ['-'], { input: lastPdf, encoding: 'utf8' }),
    )?.[1];
    record(
      '一页电子保单文件大小 one-page e-policy file size',
      `${(lastPdf.length / 1024).toFixed(1)} KB (${pages} page)`,
      '≤ 150 KB',
      [lastPdf.length],
    );

    // ── bulk issuing on worker threads (both cores) ─────────────────────────────────────────
    const pool = createRenderPool();
    try {
      const warmIds: string[] = [];
      for (let i = 0; i < 8; i++)
        warmIds.push((await createPolicy(ctx, ctx.db, SYSTEM_ACTOR, policyInput(insurer.id, 5, 100 + i))).id);
      await bulkIssuePolicyDocuments(ctx, SYSTEM_ACTOR, warmIds, { pool });
      const rates: number[] = [];
      const N = Number(process.env.BENCH_BULK ?? 300);
      for (let r = 0; r < RUNS; r++) {
        const ids: string[] = [];
        for (let i = 0; i < N; i++)
          ids.push(
            (await createPolicy(ctx, ctx.db, SYSTEM_ACTOR, policyInput(insurer.id, 5, 1000 * (r + 1) + i)))
              .id,
          );
        const t0 = performance.now();
        const result = await bulkIssuePolicyDocuments(ctx, SYSTEM_ACTOR, ids, { pool });
        const s = (performance.now() - t0) / 1000;
        if (result.issued !== N)
          throw new Error(`bulk issued ${result.issued}/${N}: ${JSON.stringify(result.failed[0])}`);
        rates.push(Math.round(N / s));
      }
      record(
        `批量签发 bulk issuing on ${pool.size} worker threads + main-thread archiving (${N} one-page e-policies, PGlite)`,
        `${median(rates)} /s`,
        '≥ 100 /s',
        rates.map((x) => `${x}/s`),
      );
    } finally {
      await pool.close();
    }

    // ── verification in process (signature checks + archive look-up + policy status) ───────
    const verifies: number[] = [];
    const sample = new Uint8Array(lastPdf);
    for (let i = 0; i < 5; i++) await verifyDocument(ctx, sample);
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      const v = await verifyDocument(ctx, sample);
      verifies.push(performance.now() - t0);
      if (v.verdict !== 'valid') throw new Error(`verdict ${v.verdict}`);
    }
    record(
      '验真一页电子保单 verify one-page e-policy (signatures + archive + status), p50',
      ms(median(verifies)),
      '≤ 20 ms',
      [ms(Math.min(...verifies)), ms(median(verifies)), ms(Math.max(...verifies))],
    );
    const file = path.join(env.dataDir, 'one-page.pdf');
    fs.writeFileSync(file, lastPdf);
    const sig = pdfsigMs(file);
    record('pdfsig 校验同一文件 pdfsig on the same one-page file', ms(median(sig)), '—', sig.map(ms));

    // ── a 5,000-insured group policy ──────────────────────────────────────────────────────
    const bigTimes: number[] = [];
    const rss: number[] = [];
    let bigPdf: Uint8Array = new Uint8Array();
    const big = await createPolicy(ctx, ctx.db, SYSTEM_ACTOR, policyInput(insurer.id, 5000, 77));
    for (let r = 0; r < RUNS; r++) {
      const before = process.memoryUsage().rss;
      const t0 = performance.now();
      const data = await policyDocumentData(ctx.db, big.id);
      const prepared = await prepareIssue(ctx, ctx.db, {
        kind: 'policy',
        policyId: big.id,
        insurerOrgId: insurer.id,
      });
      bigPdf = await renderAndSign(ctx, prepared, data);
      bigTimes.push(performance.now() - t0);
      rss.push(Math.round((process.memoryUsage().rss - before) / 2 ** 20));
    }
    const bigPages = /Pages:\s+(\d+)/.exec(
      execFileSync('pdfinfo', ['-'], { input: bigPdf, encoding: 'utf8' }),
    )?.[1];
    record(
      `5,000 名被保险人团单 render + sign (${bigPages} pages, ${(bigPdf.length / 1024).toFixed(0)} KB)`,
      `${(median(bigTimes) / 1000).toFixed(2)} s`,
      '≤ 10 s',
      bigTimes.map((x) => `${(x / 1000).toFixed(2)} s`),
    );
    record(
      '5,000 名被保险人团单 RSS growth during render',
      `${median(rss)} MB`,
      'flat',
      rss.map((x) => `${x} MB`),
    );
    const bigFile = path.join(env.dataDir, 'group.pdf');
    fs.writeFileSync(bigFile, bigPdf);
    const bigSig = pdfsigMs(bigFile, 3);
    record(
      'pdfsig 校验 5,000 人团单 pdfsig on the 5,000-insured file',
      ms(median(bigSig)),
      '—',
      bigSig.map(ms),
    );

    await benchVerifyHttp(record, lastPdf);
  } finally {
    await env.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await benchDocuments((name, value, target, runs) =>
    console.log(`${name}: ${value}  (target ${target}; runs ${runs.join(' / ')})`),
  );
  process.exit(0);
}
