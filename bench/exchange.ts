/**
 * Insurer system API benchmark (issue 4 target: ≥ 500 signed requests/s with p99 ≤ 50 ms, quote,
 * on PostgreSQL). Starts the BUILT server, signs in as the demo insurer staff member, creates an
 * API key, then drives `POST /api/insurer-api/v1/quotes` with autocannon, every request signed
 * with a fresh timestamp and nonce (so the replay check, key look-up and HMAC all run).
 * Runs alone too: `node --conditions=development --import tsx bench/exchange.ts` (DATABASE_URL
 * for PostgreSQL).
 */
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import { signRequest } from '../apps/server/src/modules/insurer-gateway/signature.js';
import { login, startServerProcess } from './server-process.js';

type Recorder = (name: string, value: string, target: string, runs: (number | string)[]) => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Measures signed quote requests per second and p99 latency; `databaseUrl` selects PostgreSQL. */
export async function benchInsurerApi(
  record: Recorder,
  options: { databaseUrl?: string; port?: number; runs?: number; seconds?: number } = {},
): Promise<void> {
  const server = await startServerProcess({
    port: options.port ?? 3391,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    env: { INSURER_SIMULATOR: '0' },
  });
  const db = options.databaseUrl ? 'PostgreSQL' : 'PGlite';
  try {
    const auth = await login(server.url, 'insurer', 'Demo@2026');
    const keyRes = await fetch(`${server.url}/api/insurer/api-keys`, {
      method: 'POST',
      headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ webhookUrl: null }),
    });
    if (!keyRes.ok) throw new Error(`api key: ${keyRes.status} ${await keyRes.text()}`);
    const key = (await keyRes.json()) as { keyId: string; secret: string };
    const products = (await (await fetch(`${server.url}/api/public/products`)).json()) as {
      items: { id: string; insurerName: string }[];
    };
    const product = products.items.find((p) => p.insurerName.startsWith('华安'));
    if (!product) throw new Error('no 华安 product in the demo data');
    const path = '/api/insurer-api/v1/quotes';
    const signed = () => {
      const body = JSON.stringify({
        productId: product.id,
        gender: crypto.randomInt(2) ? 'M' : 'F',
        age: crypto.randomInt(18, 65),
      });
      const headers = signRequest({ keyId: key.keyId, secret: key.secret, method: 'POST', path, body });
      return { body, headers: { ...headers, 'content-type': 'application/json' } };
    };
    const probe = signed();
    const check = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: probe.headers,
      body: probe.body,
    });
    if (check.status !== 200) throw new Error(`quote: ${check.status} ${await check.text()}`);

    const rps: number[] = [];
    const p99: number[] = [];
    let refused = 0;
    for (let r = 0; r < (options.runs ?? 3); r++) {
      const result = await autocannon({
        url: server.url,
        connections: 20,
        duration: options.seconds ?? 10,
        requests: [
          {
            method: 'POST',
            path,
            setupRequest: (req) => {
              const s = signed();
              return { ...req, body: s.body, headers: { ...req.headers, ...s.headers } };
            },
          },
        ],
      });
      refused += result.non2xx;
      rps.push(Math.round(result.requests.average));
      p99.push(result.latency.p99);
    }
    record(
      `保险公司接口 signed quote requests per second (${db})${refused ? ` — ${refused} non-2xx` : ''}`,
      `${median(rps)} req/s`,
      '≥ 500 req/s',
      rps,
    );
    record(
      `保险公司接口 quote p99 latency (${db})`,
      `${median(p99)} ms`,
      '≤ 50 ms',
      p99.map((x) => `${x} ms`),
    );
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchInsurerApi(
    (name, value, target, runs) =>
      console.log(`${name}: ${value} (target ${target}; runs ${runs.join(' / ')})`),
    {
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      runs: Number(process.env.BENCH_RUNS ?? 1),
      seconds: Number(process.env.BENCH_SECONDS ?? 5),
    },
  );
}
