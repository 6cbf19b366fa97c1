import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { createCast, documentBytes, makePolicy } from './documents-support.js';

/**
 * Verification of uploaded files never holds the event loop (issue 8): a hostile file is refused
 * within a bounded time while /api/health keeps answering; a file slower than the time budget is
 * ended with 验证超时; a full queue answers 系统繁忙.
 */

/** The app on a real socket: uploads arrive in chunks, as in production (inject hands over one). */
async function listen(t: TestApp): Promise<string> {
  return t.app.listen({ port: 0, host: '127.0.0.1' });
}

async function upload(base: string, pdf: Uint8Array): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'policy.pdf');
  const res = await fetch(`${base}/api/public/verify`, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

/** Polls /api/health every 10 ms until stopped; resolves with the slowest answer (ms). */
/**
 * The worst /api/health round trip allowed while a hostile file is checked. The poll runs in the
 * test's own process, beside the server and the other test files of the run, so a loaded 2-core
 * machine adds scheduling noise (115 ms and 183 ms were seen in CI with nothing blocked). A check
 * on the event loop would block it for the whole verification: seconds for these files.
 */
const HEALTH_BUDGET_MS = 250;

function pollHealth(base: string): { stop(): Promise<{ worst: number; count: number }> } {
  let running = true;
  let worst = 0;
  let count = 0;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      const took = performance.now() - t0;
      expect(res.status).toBe(200);
      worst = Math.max(worst, took);
      count++;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { worst, count };
    },
  };
}

/** The signed file with `copies` more copies of its own /ByteRange appended after %%EOF. */
function withByteRangeCopies(pdf: Buffer, copies: number): Buffer {
  const range = /\/ByteRange\s*\[[^\]]*\]/.exec(pdf.toString('latin1'))![0];
  return Buffer.concat([pdf, Buffer.from(`\n${range}`.repeat(copies))]);
}

/**
 * Legal in shape but slow: the file padded to `size` bytes, with seven more signatures whose
 * ranges run to the new end, so each one digests the whole padded file.
 */
function slowFile(pdf: Buffer, size: number): Buffer {
  const [b, c] = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(pdf.toString('latin1'))!.slice(1).map(Number);
  const d = String(size - c!).padStart(10, '0');
  const ranges = `\n/ByteRange [0 ${b} ${c} ${d}]`.repeat(7);
  const padding = Buffer.alloc(size - pdf.length - ranges.length, 0x20);
  return Buffer.concat([pdf, Buffer.from(ranges), padding]);
}

describe('verification off the event loop', () => {
  let t: TestApp;
  let base: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    base = await listen(t);
    const cast = await createCast(t);
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    pdf = await documentBytes(t, made.document.id);
    // The pool's workers start on first use: not part of what is measured.
    expect((await upload(base, pdf)).body.verdict).toBe('valid');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a file with 20,000 extra /ByteRange copies is refused within a bounded time while /api/health answers within its budget', async () => {
    const hostile = withByteRangeCopies(pdf, 20_000);
    const health = pollHealth(base);
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    const res = await upload(base, hostile);
    const took = performance.now() - t0;
    const { worst, count } = await health.stop();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ verdict: 'invalid', reason: 'malformed', title: '签名无效' });
    expect(res.body.technical.details.join()).toContain('超过上限');
    expect(took).toBeLessThan(3000);
    expect(count).toBeGreaterThan(2);
    expect(worst).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('a file slower than the time budget is ended with 验证超时, health answering throughout, and the next file verifies', async () => {
    const slow = slowFile(pdf, 4 * 1024 * 1024);
    const quick = await createTestApp({ env: { VERIFY_TIMEOUT_MS: '20' } });
    try {
      const quickBase = await listen(quick);
      await upload(quickBase, pdf);
      const health = pollHealth(quickBase);
      const res = await upload(quickBase, slow);
      const { worst } = await health.stop();
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body).toMatchObject({ code: 'VERIFY_TIMEOUT' });
      expect(res.body.message).toContain('验证超时');
      expect(worst).toBeLessThan(HEALTH_BUDGET_MS);
    } finally {
      await quick.close();
    }
    // With the default budget the same file is checked in full: slow, not wrong.
    const full = await upload(base, slow);
    expect(full.status, JSON.stringify(full.body)).toBe(200);
    expect(full.body).toMatchObject({ verdict: 'tampered', reason: 'appended' });
    expect(full.body.technical.signatures).toHaveLength(8);
    expect((await upload(base, pdf)).body.verdict).toBe('valid');
  });

  it('when every worker is busy and the queue is full, the next upload is answered 系统繁忙 (503)', async () => {
    const busy = await createTestApp({ env: { VERIFY_WORKERS: '1', VERIFY_QUEUE: '0' } });
    try {
      const busyBase = await listen(busy);
      const slow = slowFile(pdf, 12 * 1024 * 1024);
      const answers = await Promise.all([
        upload(busyBase, slow),
        upload(busyBase, slow),
        upload(busyBase, slow),
      ]);
      const codes = answers.map((a) => a.status).sort();
      expect(codes[0]).toBe(200);
      expect(codes).toContain(503);
      const refused = answers.find((a) => a.status === 503)!;
      expect(refused.body).toMatchObject({
        code: 'VERIFY_BUSY',
        message: '验真请求过多，系统繁忙，请稍后再试',
      });
    } finally {
      await busy.close();
    }
  });
});
