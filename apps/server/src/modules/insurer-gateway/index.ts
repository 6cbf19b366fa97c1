import type { Module } from '../index.js';
import { registerApiKeyRoutes } from './routes.js';
import { registerInsurerSimulator } from './simulator/index.js';
import { adoptPendingWebhooks, defineWebhookJob } from './webhooks.js';

/**
 * The insurer gateway (EX-8): per-insurer API keys, HMAC request signatures with nonces,
 * idempotency records and signed webhooks to insurers, delivered as pg-boss jobs. Owns
 * insurer_api_keys, insurer_api_nonces, idempotency_records and webhook_deliveries.
 *
 * THE REAL INTERFACE is what any insurer integrates with: the signed HTTP API under
 * INSURER_API_PREFIX, whose endpoints the lines add with `registerInsurerEndpoints` (endpoints.ts),
 * and the webhooks of the events the lines declare (`enqueueWebhook`). simulator/ is an adapter
 * that plays an insurer over that same interface (INSURER_SIMULATOR); the lines register what it
 * answers (`handleSimulatedEvents`).
 */
export const insurerGatewayModule: Module = async (app, ctx) => {
  await registerApiKeyRoutes(app, ctx);
  defineWebhookJob(app, ctx);
  // Pending rows written before deliveries were jobs get their job (once per start, never twice).
  app.addHook('onReady', async () => {
    await adoptPendingWebhooks(ctx).catch((error) =>
      ctx.log.error({ err: error }, '待投递的 Webhook 未能排入后台任务'),
    );
  });
  await registerInsurerSimulator(app, ctx);
};

export {
  INSURER_API_PREFIX,
  SIGNED,
  keepRawJsonBody,
  registerInsurerEndpoints,
  replyIdempotent,
} from './endpoints.js';
export {
  WEBHOOK_JOB_TYPE,
  WEBHOOK_MAX_ATTEMPTS,
  enqueueWebhook,
  deliverWebhook,
  webhookTransport,
  type WebhookJob,
  type WebhookTransport,
} from './webhooks.js';
export { signRequest, canonicalRequest } from './signature.js';
export { createApiKeyFor } from './keys.js';
export { callerOf, type InsurerCaller } from './auth.js';
export {
  connectSimulatedInsurer,
  handleSimulatedEvents,
  insurerSimulatorOf,
  SIMULATOR_WEBHOOK_PATH,
  type InsurerSimulator,
  type SignedClient,
  type SimulatedEventHandler,
} from './simulator/index.js';
