import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { webhookDeliveries } from './tables.js';
import { findActiveKey, findWebhookKey } from './keys.js';
import { signRequest } from './signature.js';
import {
  checkWebhookTarget,
  isSimulatorTarget,
  systemResolve,
  type CheckedTarget,
  type Resolve,
} from './webhook-target.js';

export const WEBHOOK_EVENTS = ['order.submitted', 'application.submitted'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 5_000;

/**
 * Queues a webhook inside the caller's transaction (outbox pattern): it goes out only if the
 * business change commits, and keeps being retried until the insurer acknowledges it.
 * Returns false when the insurer has no API integration (no active key with a webhook address).
 */
export async function enqueueWebhook(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
  event: WebhookEvent,
  data: Record<string, unknown>,
): Promise<boolean> {
  const target = await findWebhookKey(ctx, executor, insurerOrgId);
  if (!target) return false;
  const id = crypto.randomUUID();
  await executor.insert(webhookDeliveries).values({
    id,
    insurerOrgId,
    event,
    url: target.url,
    payload: { id, event, createdAt: ctx.now().toISOString(), data },
    nextAttemptAt: ctx.now(),
  });
  return true;
}

/** The order fields the `order.submitted` webhook carries (the roster is fetched over the API). */
export type OrderForWebhook = {
  id: string;
  orderNo: string;
  insurerOrgId: string;
  productId: string;
  productVersionId: string;
  rosterCount?: number;
  enterpriseName?: string;
};

/**
 * Sends `order.submitted` to an integrated insurer (inside the caller's transaction). Returns
 * false if the insurer has no API integration, so the caller sends e-mail with attachments instead.
 */
export async function notifyInsurerOfOrder(
  ctx: AppContext,
  executor: Executor,
  order: OrderForWebhook,
): Promise<boolean> {
  return enqueueWebhook(ctx, executor, order.insurerOrgId, 'order.submitted', {
    orderNo: order.orderNo,
    productId: order.productId,
    productVersionId: order.productVersionId,
    rosterCount: order.rosterCount ?? null,
    enterpriseName: order.enterpriseName ?? null,
  });
}

/** How one webhook reaches its receiver: HTTP, or the app itself for its own (simulator) endpoint. */
export type WebhookTransport = (
  url: string,
  body: string,
  headers: Record<string, string>,
) => Promise<number>;

const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * One POST to an address that passed checkWebhookTarget, connecting to the checked IP address
 * (the `lookup` hook answers with it, so a DNS answer that changed in between cannot redirect
 * the connection); TLS still verifies the certificate for the host name. Redirects are not
 * followed (a 3xx is a failed delivery), so a redirect cannot lead to a refused target either.
 */
function postPinned(target: CheckedTarget, body: string, headers: Record<string, string>): Promise<number> {
  const { url, pinned } = target;
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        lookup,
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('timeout', () => request.destroy(new Error('回调地址在 10 秒内未响应')));
    request.on('error', reject);
    request.end(body);
  });
}

export function webhookTransport(
  ctx: AppContext,
  app: FastifyInstance | null,
  resolve: Resolve = systemResolve,
): WebhookTransport {
  return async (url, body, headers) => {
    if (app && isSimulatorTarget(ctx, url)) {
      // The built-in simulator's endpoint: same bytes and headers, no socket.
      const res = await app.inject({
        method: 'POST',
        url: url.slice(ctx.config.publicUrl.length),
        payload: body,
        headers: { ...headers, 'content-type': 'application/json' },
      });
      return res.statusCode;
    }
    // Checked again at every delivery: the row may predate the rules, or DNS may have changed.
    return postPinned(await checkWebhookTarget(ctx, url, resolve), body, headers);
  };
}

/**
 * Delivers due webhooks once: each is signed with the insurer's key (same scheme as requests),
 * a 2xx marks it delivered, anything else is retried with exponential backoff and given up
 * ('dead') after MAX_ATTEMPTS.
 */
export async function deliverDueWebhooks(
  ctx: AppContext,
  transport: WebhookTransport,
): Promise<{ delivered: number; failed: number }> {
  const due = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, ctx.now())))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(50);
  let delivered = 0;
  let failed = 0;
  for (const row of due) {
    // Claim the row (another process may be delivering the same batch).
    const claimed = await ctx.db
      .update(webhookDeliveries)
      .set({ attempts: row.attempts + 1, nextAttemptAt: new Date(ctx.now().getTime() + 60_000) })
      .where(and(eq(webhookDeliveries.id, row.id), eq(webhookDeliveries.attempts, row.attempts)))
      .returning({ id: webhookDeliveries.id });
    if (claimed.length === 0) continue;
    const attempts = row.attempts + 1;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const target = await findWebhookKey(ctx, ctx.db, row.insurerOrgId);
      const key = target ? await findActiveKey(ctx, target.keyId) : null;
      if (!target || !key) throw new Error('保险公司已无有效的 API 密钥');
      const body = JSON.stringify(row.payload);
      const u = new URL(row.url);
      const headers = signRequest({
        keyId: target.keyId,
        secret: key.secret,
        method: 'POST',
        path: `${u.pathname}${u.search}`,
        body,
        timestamp: ctx.now().getTime(),
      });
      status = await transport(row.url, body, { ...headers, 'x-ph-event': row.event });
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (!error) {
      delivered++;
      await ctx.db
        .update(webhookDeliveries)
        .set({ status: 'delivered', lastStatus: status, lastError: null, deliveredAt: ctx.now() })
        .where(eq(webhookDeliveries.id, row.id));
    } else {
      failed++;
      const dead = attempts >= MAX_ATTEMPTS;
      await ctx.db
        .update(webhookDeliveries)
        .set({
          status: dead ? 'dead' : 'pending',
          lastStatus: status,
          lastError: error.slice(0, 500),
          nextAttemptAt: new Date(ctx.now().getTime() + BASE_DELAY_MS * 2 ** (attempts - 1)),
        })
        .where(eq(webhookDeliveries.id, row.id));
    }
  }
  return { delivered, failed };
}

/** Starts the delivery loop of a serving process (not in test mode: tests deliver explicitly). */
export function startWebhookLoop(app: FastifyInstance, ctx: AppContext): void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<unknown> | undefined;
  const transport = webhookTransport(ctx, app);
  const tick = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = deliverDueWebhooks(ctx, transport)
          .catch((error) => ctx.log.error({ err: error }, 'Webhook 投递失败'))
          .finally(tick);
      },
      Math.max(ctx.config.outboxPollMs, 500),
    );
    timer.unref();
  };
  app.addHook('onReady', async () => tick());
  app.addHook('onClose', async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  });
}
