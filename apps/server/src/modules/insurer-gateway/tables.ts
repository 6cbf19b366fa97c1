import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';

// ── the insurer system interface: API keys, nonces, idempotency, webhooks (owner: modules/insurer-gateway) ──
/** Per-insurer API keys (EX-8): the secret is encrypted with the field keys, shown once. */
export const insurerApiKeys = pgTable(
  'insurer_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    keyId: text('key_id').notNull(),
    secretEnc: text('secret_enc').notNull(),
    /** Where webhooks for this insurer go (signed with the same secret); null = no webhooks. */
    webhookUrl: text('webhook_url'),
    status: text('status').notNull().default('active'), // active | revoked
    createdBy: uuid('created_by'),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('insurer_api_keys_key_uq').on(t.keyId),
    index('insurer_api_keys_org_idx').on(t.insurerOrgId),
  ],
);

/** Nonces seen within the timestamp window, so a replayed signed request is refused. */
export const insurerApiNonces = pgTable(
  'insurer_api_nonces',
  {
    keyId: text('key_id').notNull(),
    nonce: text('nonce').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'insurer_api_nonces_pk', columns: [t.keyId, t.nonce] }),
    index('insurer_api_nonces_at_idx').on(t.at),
  ],
);

export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    insurerOrgId: uuid('insurer_org_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'idempotency_records_pk', columns: [t.insurerOrgId, t.key] })],
);

/**
 * Webhooks to insurers, written in the business transaction with the pg-boss job of their first
 * attempt (webhooks.ts); each attempt's outcome is recorded here (what the console and tests see).
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    event: text('event').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    url: text('url').notNull(),
    status: text('status').notNull().default('pending'), // pending | delivered | dead
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt)],
);
