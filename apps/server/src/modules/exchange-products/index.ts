import type { Module } from '../index.js';
import { registerApiKeyRoutes } from './key-routes.js';
import { registerConsoleRoutes } from './console-routes.js';
import { registerInsurerApiRoutes } from './insurer-api/routes.js';
import { registerProductRoutes, registerStatsRoutes } from './routes.js';
import { registerPersonalRoutes } from './personal-routes.js';
import { registerInsurerSimulator } from './simulator/index.js';

/**
 * Insurance exchange products (EX-1, EX-2, EX-6…EX-9): the product showcase, listing and change
 * approvals, publication, disclosures, the insurer system interface (API keys, HMAC signatures,
 * idempotency, webhooks), underwriting and issuance of personal applications. Owns the products,
 * product_versions, disclosures, exchange_applications, insurer_api_keys, insurer_api_nonces,
 * idempotency_records and webhook_deliveries tables.
 */
export const exchangeProductsModule: Module = async (app, ctx, workflows) => {
  await registerProductRoutes(app, ctx);
  await registerApiKeyRoutes(app, ctx);
  await registerConsoleRoutes(app, ctx, workflows);
  await registerPersonalRoutes(app, ctx);
  await registerStatsRoutes(app, ctx);
  await registerInsurerApiRoutes(app, ctx, workflows);
  // The simulator (INSURER_SIMULATOR) plays an insurer over the API above; it is not the adapter.
  await registerInsurerSimulator(app, ctx);
};

export {
  prepareApplicationIssue,
  recordApplicationIssued,
  type ApplicationIssueInput,
  type ApplicationRow,
} from './operations/underwrite-application.js';
export type { ExchangeProductsWorkflows } from './workflows.js';
export { findListedProduct, getProductVersion, type ListedProduct } from './operations/public-products.js';
export { DEDUCTION_CAP_FEN, ZProductContent, type ProductContent } from './schemas.js';
export {
  notifyInsurerOfOrder,
  deliverDueWebhooks,
  startWebhookLoop,
  webhookTransport,
  type OrderForWebhook,
} from './insurer-api/webhooks.js';
export { signRequest, canonicalRequest } from './insurer-api/signature.js';
export { createApiKeyFor } from './insurer-api/keys.js';
export { INSURER_API_PREFIX } from './insurer-api/routes.js';
export {
  connectSimulatedInsurer,
  insurerSimulatorOf,
  SIMULATOR_WEBHOOK_PATH,
  type InsurerSimulator,
} from './simulator/index.js';
