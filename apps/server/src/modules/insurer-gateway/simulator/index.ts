import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZApp } from '../../../app.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { insurerApiKeys } from '../tables.js';
import { rawBodyOf } from '../auth.js';
import { keepRawJsonBody } from '../endpoints.js';
import { createApiKeyFor, findActiveKey } from '../keys.js';
import {
  canonicalRequest,
  SIGNATURE_HEADERS,
  signaturesEqual,
  signCanonical,
  signRequest,
  TIMESTAMP_WINDOW_MS,
} from '../signature.js';
import { SIMULATOR_WEBHOOK_PATH } from '../webhook-target.js';

/**
 * THE INSURER SIMULATOR — an adapter for the demo and the tests, not the interface. The real
 * interface is what any insurer integrates with: the HMAC-signed insurer system API under
 * /api/insurer-api/v1 (the lines' endpoints, ../endpoints.ts) and the signed webhooks the platform
 * sends (../webhooks.ts). This simulator plays an insurer over exactly that: it receives the
 * webhooks at its own endpoint, verifies them as a real insurer would (signature with its secret,
 * timestamp window, one handling per delivery id), and answers by calling the API with requests
 * signed by its own API key, after a configurable latency and with injected failures
 * (INSURER_SIMULATOR, INSURER_SIMULATOR_LATENCY_MS, INSURER_SIMULATOR_FAILURE_RATE).
 *
 * What it answers is the lines' business: each line registers a handler per event it declares
 * (`handleSimulatedEvents`). Being in process, it reads its secret from the key table instead of
 * keeping a copy, and sends its calls through Fastify's inject instead of a socket.
 */
export { SIMULATOR_WEBHOOK_PATH };

/** A call to the insurer system API signed with the simulated insurer's key. */
export type SignedClient = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: unknown }>;

/**
 * A line's answer to one webhook event: what it fetches and posts back over the API. Returns the
 * reference (order no., application no.) and the outcome for the simulator's log.
 */
export type SimulatedEventHandler = (input: {
  deliveryId: string;
  data: Record<string, unknown>;
  call: SignedClient;
}) => Promise<{ ref: string; outcome: string }>;

export type InsurerSimulator = {
  enabled: boolean;
  /** Resolves when every webhook received so far has been processed. */
  idle(): Promise<void>;
  /** What the simulator did, newest last (for the tests and the demo log). */
  log: { event: string; ref: string; outcome: string }[];
};

type Simulator = InsurerSimulator & {
  handlers: Map<string, SimulatedEventHandler>;
  /** Delivery ids already taken (a re-delivered webhook is acknowledged, not handled again). */
  seen: Set<string>;
};

const simulators = new WeakMap<AppContext, Simulator>();
const disabled: InsurerSimulator = { enabled: false, idle: async () => undefined, log: [] };

/** The app's simulator (disabled when INSURER_SIMULATOR=0). */
export function insurerSimulatorOf(ctx: AppContext): InsurerSimulator {
  return simulators.get(ctx) ?? disabled;
}

/**
 * A line's answers to the events it declares (called from the line's register). Nothing happens
 * when the simulator is off. An event without a handler is acknowledged and logged as ignored.
 */
export function handleSimulatedEvents(
  ctx: AppContext,
  handlers: Record<string, SimulatedEventHandler>,
): void {
  const sim = simulators.get(ctx);
  if (!sim) return;
  for (const [event, handler] of Object.entries(handlers)) {
    if (!ctx.lines.declaresEvent(event)) throw new Error(`模拟器处理的事件 ${event} 未由任何业务线声明`);
    if (sim.handlers.has(event)) throw new Error(`模拟器事件 ${event} 的处理重复注册`);
    sim.handlers.set(event, handler);
  }
}

/**
 * Connects an insurer to the simulator: an API key whose webhooks go to the simulator's endpoint.
 * Idempotent (an existing active simulator key is kept).
 */
export async function connectSimulatedInsurer(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
): Promise<{ keyId: string }> {
  const url = `${ctx.config.publicUrl}${SIMULATOR_WEBHOOK_PATH}`;
  const [existing] = await executor
    .select({ keyId: insurerApiKeys.keyId })
    .from(insurerApiKeys)
    .where(
      and(
        eq(insurerApiKeys.insurerOrgId, insurerOrgId),
        eq(insurerApiKeys.status, 'active'),
        eq(insurerApiKeys.webhookUrl, url),
      ),
    )
    .limit(1);
  if (existing) return existing;
  const created = await createApiKeyFor(ctx, executor, insurerOrgId, url, null);
  return { keyId: created.keyId };
}

function clientFor(app: FastifyInstance, keyId: string, secret: string): SignedClient {
  return async (method, path, body) => {
    const raw = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = signRequest({ keyId, secret, method, path, body: raw });
    if (raw) headers['content-type'] = 'application/json';
    if (method === 'POST' && !path.endsWith('/quotes')) headers['idempotency-key'] = crypto.randomUUID();
    const res = await app.inject({ method, url: path, headers, ...(raw ? { payload: raw } : {}) });
    return { status: res.statusCode, json: res.body ? (JSON.parse(res.body) as unknown) : null };
  };
}

const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name];
  return typeof v === 'string' && v.length > 0 && v.length <= 256 ? v : null;
};

/**
 * What an insurer checks on a webhook before trusting it: its own key, a timestamp within the
 * window, the signature over the exact bytes. Returns the key's secret, or null.
 */
async function verifyWebhook(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ keyId: string; secret: string } | null> {
  const keyId = header(request, SIGNATURE_HEADERS.key);
  const timestamp = header(request, SIGNATURE_HEADERS.timestamp);
  const nonce = header(request, SIGNATURE_HEADERS.nonce);
  const signature = header(request, SIGNATURE_HEADERS.signature);
  if (!keyId || !timestamp || !nonce || !signature) return null;
  if (
    !/^\d{10,16}$/.test(timestamp) ||
    Math.abs(ctx.now().getTime() - Number(timestamp)) > TIMESTAMP_WINDOW_MS
  )
    return null;
  const key = await findActiveKey(ctx, keyId);
  if (!key) return null;
  const expected = signCanonical(
    key.secret,
    canonicalRequest({ method: 'POST', path: request.url, timestamp, nonce, body: rawBodyOf(request) }),
  );
  return signaturesEqual(expected, signature) ? { keyId, secret: key.secret } : null;
}

/** Registers the simulator's webhook endpoint when INSURER_SIMULATOR is on. */
export async function registerInsurerSimulator(app: ZApp, ctx: AppContext): Promise<void> {
  const settings = ctx.config.insurerSimulator;
  if (!settings.enabled) return;
  const pending = new Set<Promise<void>>();
  const sim: Simulator = {
    enabled: true,
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    log: [],
    handlers: new Map(),
    seen: new Set(),
  };
  simulators.set(ctx, sim);

  const handle = async (
    key: { keyId: string; secret: string },
    deliveryId: string,
    event: string,
    data: Record<string, unknown>,
  ) => {
    if (settings.latencyMs > 0) await new Promise((r) => setTimeout(r, settings.latencyMs));
    const handler = sim.handlers.get(event);
    if (!handler) return void sim.log.push({ event, ref: deliveryId, outcome: 'ignored' });
    const done = await handler({ deliveryId, data, call: clientFor(app, key.keyId, key.secret) });
    sim.log.push({ event, ...done });
  };

  await app.register(async (scope) => {
    keepRawJsonBody(scope);
    scope.post(
      SIMULATOR_WEBHOOK_PATH,
      {
        config: { access: 'public', csrfExempt: true },
        schema: {
          tags: ['insurer-simulator'],
          summary: '保险公司模拟器的 Webhook 接收地址（仅模拟器，非真实对接）',
          hide: true,
        },
      },
      async (request, reply) => {
        const key = await verifyWebhook(ctx, request);
        if (!key)
          return reply.code(401).send({ code: 'INSURER_SIGNATURE_INVALID', message: 'Webhook 签名校验失败' });
        if (settings.failureRate > 0 && Math.random() < settings.failureRate)
          return reply.code(503).send({ code: 'UNAVAILABLE', message: '模拟器注入的故障，请稍后重试' });
        const payload = (request.body ?? {}) as {
          id?: unknown;
          event?: unknown;
          data?: Record<string, unknown>;
        };
        const deliveryId = String(payload.id);
        // A receiver dedupes on the delivery id: a webhook sent again is acknowledged, not redone.
        if (sim.seen.has(deliveryId)) return reply.code(200).send({ accepted: true, duplicate: true });
        sim.seen.add(deliveryId);
        const job = handle(key, deliveryId, String(payload.event), payload.data ?? {})
          .catch((error) => ctx.log.warn({ err: error }, '保险公司模拟器处理失败'))
          .finally(() => pending.delete(job));
        pending.add(job);
        return reply.code(202).send({ accepted: true });
      },
    );
  });
}
