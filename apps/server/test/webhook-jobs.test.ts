import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { webhookDeliveries } from '../src/tables.js';
import {
  SIMULATOR_WEBHOOK_PATH,
  WEBHOOK_JOB_TYPE,
  WEBHOOK_MAX_ATTEMPTS,
  connectSimulatedInsurer,
  createApiKeyFor,
  deliverWebhook,
  enqueueWebhook,
  insurerSimulatorOf,
  signRequest,
  webhookTransport,
} from '../src/modules/insurer-gateway/index.js';
import { adoptPendingWebhooks } from '../src/modules/insurer-gateway/webhooks.js';
import { isAppError } from '../src/platform/errors.js';
import { createOrg, createTestApp, type TestApp } from './helpers.js';

const RETRY_SECONDS = 0.05;

/** Webhook delivery as pg-boss jobs (issue 9 item 9), with real workers and a real receiver. */
describe('webhook delivery on pg-boss jobs', () => {
  let t: TestApp;
  let server: http.Server;
  let port: number;
  /** What the receiver got, by path: the delivery id in the body, and when. */
  const received: { path: string; id: string; at: number; signature: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        WEBHOOK_ALLOWED_HOSTS: 'localhost',
        WEBHOOK_RETRY_SECONDS: String(RETRY_SECONDS),
        JOB_POLL_SECONDS: '0.1',
      },
    });
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const at = Date.now();
        received.push({
          path: req.url ?? '',
          id: (JSON.parse(body) as { id: string }).id,
          at,
          signature: String(req.headers['x-ph-signature']),
        });
        res.writeHead(req.url === '/fail' ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    port = (server.address() as AddressInfo).port;
    await t.ctx.jobs.start();
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  /** An insurer whose API key sends webhooks to the receiver's path. */
  async function insurer(path: '/ok' | '/fail') {
    const org = await createOrg(t, { type: 'insurer' });
    await createApiKeyFor(t.ctx, t.ctx.db, org.id, `http://localhost:${port}${path}`, null);
    return org;
  }

  const delivery = async (id: string) =>
    (await t.ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0];

  async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, ms = 30_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  const jobsOf = async (deliveryId: string) => {
    const rows = (await t.ctx.db.execute(
      sql`select state from pgboss.job where name = ${WEBHOOK_JOB_TYPE} and data->>'deliveryId' = ${deliveryId}`,
    )) as unknown as { rows: { state: string }[] };
    return rows.rows.map((r) => r.state);
  };

  it('a webhook enqueued in a rolled-back transaction is never delivered', async () => {
    const org = await insurer('/ok');
    let rolledBack: string | null = null;
    await expect(
      t.ctx.db.transaction(async (tx) => {
        rolledBack = await enqueueWebhook(t.ctx, tx, org.id, 'order.submitted', { orderNo: 'RB1' });
        throw new Error('the business change fails');
      }),
    ).rejects.toThrow('the business change fails');
    expect(rolledBack).toEqual(expect.any(String));
    // A committed one behind it: once it has arrived, the workers have had their chance.
    const committed = await enqueueWebhook(t.ctx, t.ctx.db, org.id, 'order.submitted', { orderNo: 'OK1' });
    await until('the committed webhook', async () => (await delivery(committed!))?.status === 'delivered');
    expect(received.filter((r) => r.id === committed)).toHaveLength(1);
    expect(received.filter((r) => r.id === rolledBack)).toHaveLength(0);
    expect(await delivery(rolledBack!)).toBeUndefined();
    expect(await jobsOf(rolledBack!)).toEqual([]);
  });

  it(`a failing receiver is retried with doubling delays and ends 'dead' after ${WEBHOOK_MAX_ATTEMPTS} attempts`, async () => {
    const org = await insurer('/fail');
    const id = (await enqueueWebhook(t.ctx, t.ctx.db, org.id, 'application.submitted', {
      applicationNo: 'F1',
    }))!;
    const dead = await until('the dead webhook', async () => {
      const row = await delivery(id);
      return row?.status === 'dead' ? row : null;
    });
    expect(dead).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS, lastStatus: 500, lastError: 'HTTP 500' });
    const hits = received.filter((r) => r.id === id);
    expect(hits).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    // Each attempt waited at least its backoff after the previous one: 50 ms, 100 ms, 200 ms, …
    for (let k = 1; k < hits.length; k++)
      expect(hits[k]!.at - hits[k - 1]!.at).toBeGreaterThanOrEqual(RETRY_SECONDS * 1000 * 2 ** (k - 1) - 5);
    // every attempt is signed afresh (new timestamp and nonce) and carries the same delivery id
    expect(new Set(hits.map((h) => h.signature)).size).toBe(WEBHOOK_MAX_ATTEMPTS);
    // nothing more is queued or sent (one job per attempt, all done)
    // (pg-boss marks the last job completed just after its handler has written 'dead')
    await until('the last job to complete', async () => !(await jobsOf(id)).includes('active'), 5_000);
    expect(await jobsOf(id)).toEqual(Array(WEBHOOK_MAX_ATTEMPTS).fill('completed'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.filter((r) => r.id === id)).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
  });

  it('a delivery job run twice delivers once', async () => {
    const org = await insurer('/ok');
    const id = (await enqueueWebhook(t.ctx, t.ctx.db, org.id, 'order.submitted', { orderNo: 'TW1' }))!;
    await until('the webhook', async () => (await delivery(id))?.status === 'delivered');
    // pg-boss hands the same attempt out again (as after a process died before completing it)
    const again = crypto.randomUUID();
    expect(
      await t.ctx.jobs.enqueueSystem(t.ctx.db, {
        type: WEBHOOK_JOB_TYPE,
        id: again,
        payload: { deliveryId: id, attempt: 1 },
      }),
    ).toBe(true);
    await until('the second run', async () => {
      const rows = (await t.ctx.db.execute(
        sql`select state from pgboss.job where name = ${WEBHOOK_JOB_TYPE} and id = ${again}`,
      )) as unknown as { rows: { state: string }[] };
      return rows.rows[0]?.state === 'completed';
    });
    expect(received.filter((r) => r.id === id)).toHaveLength(1);
    expect(await delivery(id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('an event no line declares is refused with a Chinese message, and nothing is queued', async () => {
    const org = await insurer('/ok');
    const before = await t.ctx.db.select({ id: webhookDeliveries.id }).from(webhookDeliveries);
    const error = await enqueueWebhook(t.ctx, t.ctx.db, org.id, 'policy.teleported', { x: 1 }).catch(
      (e) => e,
    );
    expect(isAppError(error) && error.code).toBe('WEBHOOK_EVENT_UNDECLARED');
    expect((error as Error).message).toContain('policy.teleported');
    expect((error as Error).message).toMatch(/未由任何业务线声明/);
    expect(await t.ctx.db.select({ id: webhookDeliveries.id }).from(webhookDeliveries)).toHaveLength(
      before.length,
    );
    // the lines' events are the ones accepted
    expect(t.ctx.lines.declaresEvent('order.submitted')).toBe(true);
    expect(t.ctx.lines.declaresEvent('policy.teleported')).toBe(false);
  });

  it('a pending webhook without a job (written before deliveries were jobs) gets one, once, and is delivered', async () => {
    const org = await insurer('/ok');
    const id = crypto.randomUUID();
    await t.ctx.db.insert(webhookDeliveries).values({
      id,
      insurerOrgId: org.id,
      event: 'order.submitted',
      url: `http://localhost:${port}/ok`,
      payload: {
        id,
        event: 'order.submitted',
        createdAt: new Date().toISOString(),
        data: { orderNo: 'OLD1' },
      },
      attempts: 2,
      nextAttemptAt: new Date(),
    });
    // A process starting on this database queues its job when ready (the workers here deliver it).
    const starting = await createTestApp({ database: t.database });
    try {
      expect(await adoptPendingWebhooks(t.ctx)).toBe(0); // its job is queued: not a second one
    } finally {
      await starting.close();
    }
    await until('the adopted webhook', async () => (await delivery(id))?.status === 'delivered');
    expect(await delivery(id)).toMatchObject({ attempts: 3 });
    expect(received.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('the simulator checks webhooks like an insurer: a wrong signature is refused, a delivery id is handled once', async () => {
    const org = await createOrg(t, { type: 'insurer' });
    const { keyId } = await connectSimulatedInsurer(t.ctx, t.ctx.db, org.id);
    const body = JSON.stringify({
      id: crypto.randomUUID(),
      event: 'order.submitted',
      data: { orderNo: 'X' },
    });
    const forged = await t.app.inject({
      method: 'POST',
      url: SIMULATOR_WEBHOOK_PATH,
      payload: body,
      headers: {
        'content-type': 'application/json',
        ...signRequest({
          keyId,
          secret: 'not-the-secret',
          method: 'POST',
          path: SIMULATOR_WEBHOOK_PATH,
          body,
        }),
      },
    });
    expect(forged.statusCode).toBe(401);
    const unsigned = await t.app.inject({
      method: 'POST',
      url: SIMULATOR_WEBHOOK_PATH,
      payload: JSON.parse(body),
    });
    expect(unsigned.statusCode).toBe(401);

    const sim = insurerSimulatorOf(t.ctx);
    const orderNo = `SIM${crypto.randomBytes(4).toString('hex')}`;
    const id = (await enqueueWebhook(t.ctx, t.ctx.db, org.id, 'order.submitted', { orderNo }))!;
    await until('the simulator’s webhook', async () => (await delivery(id))?.status === 'delivered');
    await sim.idle();
    // The exchange's answer ran once (the order does not exist: its GET answered 404).
    expect(sim.log.filter((l) => l.ref === orderNo)).toEqual([
      { event: 'order.submitted', ref: orderNo, outcome: 'order 404' },
    ]);
    // Sent again (an acknowledgement lost on the way back): acknowledged, not handled a second time.
    await t.ctx.db
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 1 })
      .where(eq(webhookDeliveries.id, id));
    expect(await deliverWebhook(t.ctx, webhookTransport(t.ctx, t.app), { deliveryId: id, attempt: 2 })).toBe(
      'delivered',
    );
    await sim.idle();
    expect(sim.log.filter((l) => l.ref === orderNo)).toHaveLength(1);
  });
});
