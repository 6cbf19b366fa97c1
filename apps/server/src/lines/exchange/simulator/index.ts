import { beijingDate } from '@policyhub/domain';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZApp } from '../../../app.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { insurerApiKeys } from '../../../modules/insurer-gateway/tables.js';
import { AppError } from '../../../platform/errors.js';
import { authenticateInsurer, callerOf, setRawBody } from '../../../modules/insurer-gateway/auth.js';
import { createApiKeyFor, findActiveKey } from '../../../modules/insurer-gateway/keys.js';
import { SIMULATOR_WEBHOOK_PATH } from '../../../modules/insurer-gateway/webhook-target.js';
import { INSURER_API_PREFIX } from '../insurer-api-routes.js';
import { signRequest } from '../../../modules/insurer-gateway/signature.js';
import { getProductVersion } from '../product-content.js';
import { questionnaireOutcome } from '../quote.js';

/**
 * THE INSURER SIMULATOR — not the real adapter. The real integration is the insurer system API
 * (../insurer-api: HMAC-signed routes under /api/insurer-api/v1 plus signed webhooks); a real
 * insurer's system calls it over the network. This simulator plays an insurer for the demo and
 * the tests over exactly that API: it receives the platform's signed webhooks at its own local
 * endpoint, then calls the API with requests signed by the insurer's key, after a configurable
 * latency and with injected failures (INSURER_SIMULATOR*). Its underwriting rules are the
 * product's questionnaire flags (declineIfYes → 拒保, manualIfYes → 人工核保, else 承保).
 *
 * Being in-process, it reads the insurer's secret from the key table instead of keeping its own
 * copy, and sends its requests through Fastify's inject instead of a socket.
 */
export { SIMULATOR_WEBHOOK_PATH };

export type InsurerSimulator = {
  enabled: boolean;
  /** Resolves when every webhook received so far has been processed. */
  idle(): Promise<void>;
  /** What the simulator did, newest last (for the tests and the demo log). */
  log: { event: string; ref: string; outcome: string }[];
};

const simulators = new WeakMap<AppContext, InsurerSimulator>();

/** The app's simulator (disabled when INSURER_SIMULATOR=0). */
export function insurerSimulatorOf(ctx: AppContext): InsurerSimulator {
  return simulators.get(ctx) ?? { enabled: false, idle: async () => undefined, log: [] };
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

/** A tax code that matches the product's configured format (tries the usual shapes). */
export function simulatedTaxCode(format: string): string | null {
  const digits = (n: number) => Array.from({ length: n }, () => crypto.randomInt(0, 10)).join('');
  const alnum = (n: number) =>
    Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[crypto.randomInt(0, 34)]).join('');
  const re = new RegExp(format);
  for (const candidate of [`TY${digits(18)}`, alnum(20), `SY${digits(16)}`, digits(18), `TY${digits(16)}`])
    if (re.test(candidate)) return candidate;
  return null;
}

type SignedClient = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: unknown }>;

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

/** Registers the simulator's webhook endpoint when INSURER_SIMULATOR is on. */
export async function registerInsurerSimulator(app: ZApp, ctx: AppContext): Promise<void> {
  const settings = ctx.config.insurerSimulator;
  if (!settings.enabled) return;
  const pending = new Set<Promise<void>>();
  const sim: InsurerSimulator = {
    enabled: true,
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    log: [],
  };
  simulators.set(ctx, sim);

  const handle = async (keyId: string, event: string, data: Record<string, unknown>) => {
    if (settings.latencyMs > 0) await new Promise((r) => setTimeout(r, settings.latencyMs));
    const key = await findActiveKey(ctx, keyId);
    if (!key) return;
    const call = clientFor(app, keyId, key.secret);
    const P = INSURER_API_PREFIX;
    if (event === 'order.submitted') {
      const orderNo = String(data.orderNo);
      const order = await call('GET', `${P}/orders/${encodeURIComponent(orderNo)}`);
      if (order.status !== 200)
        return void sim.log.push({ event, ref: orderNo, outcome: `order ${order.status}` });
      const roster = (order.json as { roster: unknown[] }).roster;
      const today = beijingDate(ctx.now());
      const end = beijingDate(new Date(ctx.now().getTime() + 30 * 86_400_000));
      const result =
        roster.length > 0
          ? {
              passed: true,
              windowStart: today,
              windowEnd: end,
              invitationCode: `SIM${crypto.randomInt(100000, 999999)}`,
              remarks: '模拟器自动预核保通过',
            }
          : { passed: false, reason: '人员清单为空' };
      const res = await call('POST', `${P}/orders/${encodeURIComponent(orderNo)}/pre-underwriting`, result);
      sim.log.push({
        event,
        ref: orderNo,
        outcome: res.status === 200 ? (result.passed ? 'passed' : 'failed') : `error ${res.status}`,
      });
      return;
    }
    if (event === 'application.submitted') {
      const applicationNo = String(data.applicationNo);
      const appRes = await call('GET', `${P}/applications/${encodeURIComponent(applicationNo)}`);
      if (appRes.status !== 200)
        return void sim.log.push({ event, ref: applicationNo, outcome: `application ${appRes.status}` });
      const application = appRes.json as {
        productVersionId: string;
        answers: Record<string, boolean>;
        status: string;
      };
      const version = await getProductVersion(ctx, application.productVersionId);
      if (!version) return;
      const rule = questionnaireOutcome(version.version.content, application.answers);
      const decision = await call('POST', `${P}/applications/${encodeURIComponent(applicationNo)}/decision`, {
        decision: rule.outcome,
        reason: rule.reason,
        insurerRef: `SIM-${applicationNo}`,
      });
      if (decision.status !== 200 || rule.outcome !== 'accept')
        return void sim.log.push({
          event,
          ref: applicationNo,
          outcome: decision.status === 200 ? rule.outcome : `error ${decision.status}`,
        });
      const taxCode = simulatedTaxCode(version.version.content.taxCodeFormat);
      if (!taxCode) return void sim.log.push({ event, ref: applicationNo, outcome: 'accepted, no tax code' });
      const issued = await call('POST', `${P}/applications/${encodeURIComponent(applicationNo)}/policy`, {
        taxCode,
      });
      sim.log.push({
        event,
        ref: applicationNo,
        outcome: issued.status === 201 ? 'issued' : `error ${issued.status}`,
      });
    }
  };

  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      setRawBody(request, body as Buffer);
      try {
        done(null, JSON.parse((body as Buffer).toString('utf8') || 'null'));
      } catch {
        done(new AppError('VALIDATION_FAILED', { message: '请求体不是有效的 JSON' }), undefined);
      }
    });
    // The platform signs webhooks like insurers sign requests; the simulator checks them the same way.
    scope.addHook('preValidation', async (request) => {
      await authenticateInsurer(ctx, request);
    });
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
        const caller = callerOf(request);
        if (settings.failureRate > 0 && Math.random() < settings.failureRate)
          return reply.code(503).send({ code: 'UNAVAILABLE', message: '模拟器注入的故障，请稍后重试' });
        const payload = (request.body ?? {}) as { event?: string; data?: Record<string, unknown> };
        const job = handle(caller.keyId, String(payload.event), payload.data ?? {})
          .catch((error) => ctx.log.warn({ err: error }, '保险公司模拟器处理失败'))
          .finally(() => pending.delete(job));
        pending.add(job);
        return reply.code(202).send({ accepted: true });
      },
    );
  });
}
