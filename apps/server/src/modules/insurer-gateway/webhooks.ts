import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
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

/** The pg-boss job that delivers one attempt of one webhook (platform/jobs system job). */
export const WEBHOOK_JOB_TYPE = 'insurer-gateway.webhook';
/** Attempts before a webhook is given up ('dead'); the delay doubles from WEBHOOK_RETRY_SECONDS. */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** The payload of a delivery job: which webhook, and which attempt of it the job is. */
export type WebhookJob = { deliveryId: string; attempt: number };

/**
 * The job id of one attempt: the delivery id for the first, a name-based UUID for the next ones.
 * One id per attempt means queueing an attempt twice queues it once (see adoptPendingWebhooks).
 */
export function webhookJobId(deliveryId: string, attempt: number): string {
  if (attempt === 1) return deliveryId;
  const h = crypto.createHash('sha256').update(`${deliveryId}#${attempt}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function queueAttempt(
  ctx: AppContext,
  executor: Executor,
  job: WebhookJob,
  startAfter?: Date,
): Promise<void> {
  await ctx.jobs.enqueueSystem(executor, {
    type: WEBHOOK_JOB_TYPE,
    id: webhookJobId(job.deliveryId, job.attempt),
    payload: job,
    ...(startAfter ? { startAfter } : {}),
  });
}

/**
 * Queues a webhook inside the caller's transaction: the webhook_deliveries row and the pg-boss job
 * of its first attempt commit with the business change or not at all, and the job is retried
 * until the insurer acknowledges it. Only events some line declares (`webhookEvents`) are sent.
 * Returns the delivery id (also the payload's `id`, on which the receiver dedupes), or null when
 * the insurer has no API integration (no active key with a webhook address).
 */
export async function enqueueWebhook(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
  event: string,
  data: Record<string, unknown>,
): Promise<string | null> {
  if (!ctx.lines.declaresEvent(event))
    throw new AppError('WEBHOOK_EVENT_UNDECLARED', {
      message: `Webhook 事件 ${event} 未由任何业务线声明（line.ts 的 webhookEvents），已拒绝发送`,
    });
  const target = await findWebhookKey(ctx, executor, insurerOrgId);
  if (!target) return null;
  const id = crypto.randomUUID();
  await executor.insert(webhookDeliveries).values({
    id,
    insurerOrgId,
    event,
    url: target.url,
    payload: { id, event, createdAt: ctx.now().toISOString(), data },
    nextAttemptAt: ctx.now(),
  });
  await queueAttempt(ctx, executor, { deliveryId: id, attempt: 1 });
  return id;
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

const backoffMs = (ctx: AppContext, attempts: number) =>
  Math.round(ctx.config.webhookRetrySeconds * 1000 * 2 ** (attempts - 1));

/**
 * The delivery job: one attempt of one webhook, signed with the insurer's key (same scheme as
 * requests). A 2xx marks it delivered; anything else records the error and queues the next
 * attempt after the backoff (WEBHOOK_RETRY_SECONDS, doubling), in the same transaction, until
 * WEBHOOK_MAX_ATTEMPTS make it 'dead'. Idempotent: the job of attempt n does anything only while
 * the row is pending with n − 1 attempts recorded, and records with that same condition — so a job
 * that runs again (its process died after recording) never delivers a delivered webhook twice.
 * A run cut off between sending and recording is sent again: the receiver dedupes on `id`.
 */
export async function deliverWebhook(
  ctx: AppContext,
  transport: WebhookTransport,
  job: WebhookJob,
): Promise<'delivered' | 'retry' | 'dead' | 'skipped'> {
  const [row] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, job.deliveryId))
    .limit(1);
  if (!row || row.status !== 'pending' || row.attempts !== job.attempt - 1) return 'skipped';
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
  const attempts = job.attempt;
  const recorded = and(
    eq(webhookDeliveries.id, row.id),
    eq(webhookDeliveries.status, 'pending'),
    eq(webhookDeliveries.attempts, attempts - 1),
  );
  if (!error) {
    const updated = await ctx.db
      .update(webhookDeliveries)
      .set({ status: 'delivered', attempts, lastStatus: status, lastError: null, deliveredAt: ctx.now() })
      .where(recorded)
      .returning({ id: webhookDeliveries.id });
    return updated.length > 0 ? 'delivered' : 'skipped';
  }
  const dead = attempts >= WEBHOOK_MAX_ATTEMPTS;
  const nextAttemptAt = new Date(ctx.now().getTime() + backoffMs(ctx, attempts));
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(webhookDeliveries)
      .set({
        status: dead ? 'dead' : 'pending',
        attempts,
        lastStatus: status,
        lastError: error.slice(0, 500),
        nextAttemptAt,
      })
      .where(recorded)
      .returning({ id: webhookDeliveries.id });
    if (updated.length === 0) return 'skipped'; // another run of this attempt recorded first
    if (dead) return 'dead';
    await queueAttempt(ctx, tx, { deliveryId: row.id, attempt: attempts + 1 }, nextAttemptAt);
    return 'retry';
  });
}

/**
 * Gives every pending webhook the job of its next attempt unless it has it (one job id per
 * attempt, so this never doubles a job): rows written before deliveries became jobs. Run once
 * per process start.
 */
export async function adoptPendingWebhooks(ctx: AppContext): Promise<number> {
  const pending = await ctx.db
    .select({
      id: webhookDeliveries.id,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.status, 'pending'));
  let queued = 0;
  for (const row of pending) {
    const fresh = await ctx.jobs.enqueueSystem(ctx.db, {
      type: WEBHOOK_JOB_TYPE,
      id: webhookJobId(row.id, row.attempts + 1),
      payload: { deliveryId: row.id, attempt: row.attempts + 1 } satisfies WebhookJob,
      startAfter: row.nextAttemptAt,
    });
    if (fresh) queued++;
  }
  return queued;
}

function isWebhookJob(payload: Record<string, unknown>): payload is WebhookJob {
  return typeof payload.deliveryId === 'string' && Number.isInteger(payload.attempt);
}

/** Defines the delivery job of this process (every process with workers delivers). */
export function defineWebhookJob(app: FastifyInstance, ctx: AppContext): void {
  const transport = webhookTransport(ctx, app);
  ctx.jobs.defineSystem(WEBHOOK_JOB_TYPE, async ({ payload }) => {
    // A malformed payload would fail the same way on every retry: log it, do not retry.
    if (!isWebhookJob(payload)) return void ctx.log.error({ payload }, 'Webhook 投递任务的内容不正确');
    await deliverWebhook(ctx, transport, payload);
  });
}
