import type { Module } from '../index.js';
import { registerApiKeyRoutes } from './routes.js';

/**
 * The insurer system interface (EX-8): per-insurer API keys, HMAC request signatures with nonces,
 * idempotency records and webhooks to insurers. Owns insurer_api_keys, insurer_api_nonces,
 * idempotency_records and webhook_deliveries. The lines register their endpoints under
 * INSURER_API_PREFIX with `authenticateInsurer` and `idempotent`.
 */
export const insurerGatewayModule: Module = async (app, ctx) => {
  await registerApiKeyRoutes(app, ctx);
};

export const INSURER_API_PREFIX = '/api/insurer-api/v1';

export {
  WEBHOOK_EVENTS,
  enqueueWebhook,
  notifyInsurerOfOrder,
  deliverDueWebhooks,
  startWebhookLoop,
  webhookTransport,
  type OrderForWebhook,
} from './webhooks.js';
export { signRequest, canonicalRequest } from './signature.js';
export { createApiKeyFor } from './keys.js';
export { authenticateInsurer, callerOf, setRawBody } from './auth.js';
export { idempotent } from './idempotency.js';
