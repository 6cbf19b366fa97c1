import type { ApplicationStatus } from '@policyhub/domain';
import {
  bigint,
  boolean,
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

// ── exchange products, insurer interface, personal applications (owner: modules/exchange-products) ──
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    line: text('line').notNull().default('TAX_HEALTH'),
    name: text('name').notNull(),
    status: text('status').notNull().default('pending_listing'), // draft | pending_listing | listed | rejected | delisted
    published: boolean('published').notNull().default(false),
    /** The approved version new orders and applications use. */
    currentVersionId: uuid('current_version_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('products_code_uq').on(t.code), index('products_insurer_idx').on(t.insurerOrgId)],
);

/** Product content is versioned: orders and applications keep the version they were made with. */
export const productVersions = pgTable(
  'product_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | rejected | superseded
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    clausesFileId: uuid('clauses_file_id'),
    reviewReason: text('review_reason'),
    submittedBy: uuid('submitted_by'),
    reviewedBy: uuid('reviewed_by'),
    createdAt: createdAt(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('product_versions_no_uq').on(t.productId, t.version),
    index('product_versions_status_idx').on(t.status),
  ],
);

export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('disclosures_product_idx').on(t.productId)],
);

export const exchangeApplications = pgTable(
  'exchange_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationNo: text('application_no').notNull(),
    invitationId: uuid('invitation_id'),
    userId: uuid('user_id').notNull(),
    productId: uuid('product_id').notNull(),
    productVersionId: uuid('product_version_id').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    /** Enterprise of the invitation's order (data scope for statistics); null without one. */
    enterpriseOrgId: uuid('enterprise_org_id'),
    year: integer('year').notNull(),
    /** A state of the application machine (@policyhub/domain applicationMachine). */
    status: text('status').$type<ApplicationStatus>().notNull().default('underwriting'),
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull().default({}),
    /** The applicant as confirmed on the form: name, idType, idNumberEnc/Masked, gender, birthDate, mobile. */
    applicant: jsonb('applicant').$type<Record<string, string | null>>().notNull().default({}),
    bankCardId: uuid('bank_card_id'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    premiumFen: bigint('premium_fen', { mode: 'number' }).notNull(),
    insurerRef: text('insurer_ref'),
    policyId: uuid('policy_id'),
    taxCode: text('tax_code'),
    declineReason: text('decline_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_applications_no_uq').on(t.applicationNo),
    // DOMAIN §4: one person, one policy per product and year (a declined application also counts).
    uniqueIndex('exchange_applications_person_year_uq').on(t.userId, t.productId, t.year),
    index('exchange_applications_insurer_idx').on(t.insurerOrgId),
  ],
);

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

/** Webhooks to insurers, written in the business transaction and delivered with retries (outbox). */
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
