import type { ApplicationStatus } from '@policyhub/domain';
import {
  bigint,
  bigserial,
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
import { sql } from 'drizzle-orm';

/**
 * The one schema for PGlite and PostgreSQL. Keep to SQL both PostgreSQL 15 (Debian) and 18
 * (PGlite) accept. Each module writes only its own tables (STYLE rule 1); the owner is noted.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// ── organizations (owner: modules/organizations) ──────────────────────────────────────────────
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    type: text('type').notNull(), // OrgType from @policyhub/domain
    name: text('name').notNull(),
    /** Unified social credit code or other registration number. */
    code: text('code'),
    /** Materialised path of ids, '/root/child/…/self/': a subtree is `path LIKE prefix || '%'`. */
    path: text('path').notNull(),
    status: text('status').notNull().default('active'), // active | pending | rejected | disabled
    contactName: text('contact_name'),
    contactMobile: text('contact_mobile'),
    contactEmail: text('contact_email'),
    createdAt: createdAt(),
  },
  (t) => [index('organizations_path_idx').on(t.path), index('organizations_parent_idx').on(t.parentId)],
);

// ── users (owner: modules/accounts) ───────────────────────────────────────────────────────────
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id'),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(), // Role from @policyhub/domain
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    status: text('status').notNull().default('active'), // active | disabled | pending
    mobile: text('mobile'),
    email: text('email'),
    /** SMS second factor chosen by the user where the role does not require it. */
    smsTwoFactor: boolean('sms_two_factor').notNull().default(false),
    /** Resident ID, AES-GCM encrypted (platform/crypto) with a blind index for lookup. */
    idNumberEnc: text('id_number_enc'),
    idNumberIdx: text('id_number_idx'),
    idNumberMasked: text('id_number_masked'),
    gender: text('gender'),
    birthDate: text('birth_date'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_org_idx').on(t.orgId),
    index('users_id_number_idx').on(t.idNumberIdx),
    // Login by mobile number (modules/accounts).
    index('users_mobile_idx').on(t.mobile),
  ],
);

// ── sessions, captchas, SMS codes (owner: modules/accounts, platform/http — session.ts) ───────
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    /** 'sms' = password ok, SMS code pending; 'password' = must change password; 'active'. */
    stage: text('stage').notNull(),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const captchas = pgTable('captchas', {
  id: uuid('id').primaryKey().defaultRandom(),
  answerHash: text('answer_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id'),
    mobile: text('mobile').notNull(),
    purpose: text('purpose').notNull(), // login | …
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sms_codes_user_idx').on(t.userId, t.purpose)],
);

/**
 * Failed logins with a name that matches no account, counted and locked exactly like
 * users.failed_logins / locked_until, so the answers do not tell which names exist. Keyed by the
 * blind index of the normalised name (a mistyped name may be a password or a phone number).
 */
export const loginNameFailures = pgTable('login_name_failures', {
  nameIdx: text('name_idx').primaryKey(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
});

// ── bank cards (owner: modules/accounts; PL-7 encrypted at rest) ─────────────────────────────
export const bankCards = pgTable(
  'bank_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    holderName: text('holder_name').notNull(),
    bankName: text('bank_name'),
    cardEnc: text('card_enc').notNull(),
    cardIdx: text('card_idx').notNull(),
    cardMasked: text('card_masked').notNull(),
    keyId: text('key_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('bank_cards_user_idx').on(t.userId), index('bank_cards_idx').on(t.cardIdx)],
);

// ── audit (owner: platform/audit; append-only, hash-chained) ─────────────────────────────────
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    actorOrgId: uuid('actor_org_id'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    ip: text('ip'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_action_idx').on(t.action),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_actor_idx').on(t.actorUserId),
  ],
);

// ── outbox (owner: platform/notify) ───────────────────────────────────────────────────────────
/** Delivery attempts of a message before it is 'dead' (the column default). */
export const OUTBOX_MAX_ATTEMPTS = 6;

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull(), // sms | email
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    subject: text('subject'),
    body: text('body').notNull(),
    /** File ids attached to an e-mail. */
    attachments: jsonb('attachments').$type<{ fileId: string; filename: string }[]>().notNull().default([]),
    status: text('status').notNull().default('pending'), // pending | sending | sent | dead
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(OUTBOX_MAX_ATTEMPTS),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    provider: text('provider'),
    providerMessageId: text('provider_message_id'),
    userId: uuid('user_id'),
    orgId: uuid('org_id'),
    /** Optional de-duplication key: the same key is never queued twice. */
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_recipient_idx').on(t.recipient),
    uniqueIndex('outbox_dedupe_uq').on(t.dedupeKey),
  ],
);

// ── files (owner: platform/files) ────────────────────────────────────────────────────────────
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    purpose: text('purpose').notNull(),
    ownerUserId: uuid('owner_user_id'),
    ownerOrgId: uuid('owner_org_id'),
    createdAt: createdAt(),
  },
  (t) => [index('files_owner_org_idx').on(t.ownerOrgId), index('files_sha_idx').on(t.sha256)],
);

// ── tasks: user-visible background work (owner: platform/jobs; pg-boss runs them) ────────────
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('queued'), // queued | running | succeeded | failed
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    resultFileId: uuid('result_file_id'),
    ownerUserId: uuid('owner_user_id'),
    orgId: uuid('org_id'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('tasks_owner_idx').on(t.ownerUserId, t.createdAt), index('tasks_org_idx').on(t.orgId)],
);

// ── Excel imports (owner: platform/excel, modules/imports — its HTTP front) ──────────────────
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    template: text('template').notNull(),
    /** Template-specific context, e.g. the organization users are imported into. */
    context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
    fileId: uuid('file_id').notNull(),
    status: text('status').notNull(), // validated | invalid | executing | done | failed
    totalRows: integer('total_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    /** Per-row problems and normalisation notes found by validation (capped list). */
    problems: jsonb('problems')
      .$type<{ row: number; column?: string; message: string; level: 'error' | 'warning' | 'note' }[]>()
      .notNull()
      .default([]),
    /** Exact counts by level; `problems` keeps only the first ones. */
    problemCounts: jsonb('problem_counts')
      .$type<{ error: number; warning: number; note: number }>()
      .notNull()
      .default({ error: 0, warning: 0, note: 0 }),
    succeededRows: integer('succeeded_rows').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    taskId: uuid('task_id'),
    resultFileId: uuid('result_file_id'),
    ownerUserId: uuid('owner_user_id').notNull(),
    orgId: uuid('org_id'),
    createdAt: createdAt(),
  },
  (t) => [index('imports_owner_idx').on(t.ownerUserId)],
);

/** Per-row execution record: makes execution idempotent (a retried row is never done twice). */
export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id').notNull(),
    rowNo: integer('row_no').notNull(),
    status: text('status').notNull(), // done | failed
    entityId: text('entity_id'),
    error: text('error'),
  },
  (t) => [uniqueIndex('import_rows_uq').on(t.importId, t.rowNo)],
);

/**
 * A generic insured-person roster filled by the Excel 'roster' template (owner: modules/imports).
 * Lines of business (exchange rosters, travel insured lists, union members) build on it.
 */
export const rosterEntries = pgTable(
  'roster_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importId: uuid('import_id').notNull(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(), // IdType from @policyhub/domain
    /** Document number, AES-GCM encrypted (platform/crypto) with a blind index for lookup. */
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender'), // M | F
    birthDate: text('birth_date'), // YYYY-MM-DD
    mobile: text('mobile'),
    rowNo: integer('row_no').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('roster_entries_row_uq').on(t.importId, t.rowNo),
    index('roster_entries_org_idx').on(t.orgId),
    index('roster_entries_id_number_idx').on(t.idNumberIdx),
  ],
);

/** Small key/value store for platform settings and generated secrets (dev keys, CA …) (owner: shared). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── policies: the spine shared by all four lines (owner: modules/policies) ───────────────────
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Business number (PH + line code + yyyymmdd + sequence), separate from the id (STYLE 8). */
    policyNo: text('policy_no').notNull(),
    line: text('line').notNull(), // TAX_HEALTH | MUTUAL_AID | TRAVEL | MOTOR
    productCode: text('product_code').notNull(),
    productName: text('product_name').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    /** Owning organization for data scope (enterprise, union base, travel agency); null for individuals. */
    orgId: uuid('org_id'),
    holderUserId: uuid('holder_user_id'),
    holderName: text('holder_name').notNull(),
    holderIdType: text('holder_id_type').notNull(),
    holderIdNumberEnc: text('holder_id_number_enc').notNull(),
    holderIdNumberIdx: text('holder_id_number_idx').notNull(),
    holderIdNumberMasked: text('holder_id_number_masked').notNull(),
    sumInsuredFen: bigint('sum_insured_fen', { mode: 'number' }).notNull().default(0),
    premiumFen: bigint('premium_fen', { mode: 'number' }).notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** Last instant of cover (e.g. 23:59:59 Beijing time of the last day). */
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('issued'), // issued | endorsed | cancelled | terminated
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The policy this one was reissued for (换发, workflows/reissue-policy.ts); that one is cancelled. */
    replacesPolicyId: uuid('replaces_policy_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('policies_policy_no_uq').on(t.policyNo),
    index('policies_replaces_idx').on(t.replacesPolicyId),
    index('policies_org_idx').on(t.orgId),
    index('policies_insurer_idx').on(t.insurerOrgId),
    index('policies_holder_user_idx').on(t.holderUserId),
    index('policies_holder_id_idx').on(t.holderIdNumberIdx),
  ],
);

/** Insured persons of a policy (owner: modules/policies); the primary key also indexes policy_id. */
export const policyInsured = pgTable(
  'policy_insured',
  {
    policyId: uuid('policy_id').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender'), // M | F
    birthDate: text('birth_date'), // YYYY-MM-DD
    extra: jsonb('extra').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'policy_insured_pk', columns: [t.policyId, t.seq] }),
    index('policy_insured_id_number_idx').on(t.idNumberIdx),
  ],
);

/** Endorsements (批改) chained to a policy by sequence (owner: modules/policies). */
export const endorsements = pgTable(
  'endorsements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    policyId: uuid('policy_id').notNull(),
    seq: integer('seq').notNull(),
    endorsementNo: text('endorsement_no').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    changes: jsonb('changes')
      .$type<{ item: string; before: unknown; after: unknown }[]>()
      .notNull()
      .default([]),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('endorsements_no_uq').on(t.endorsementNo),
    uniqueIndex('endorsements_policy_seq_uq').on(t.policyId, t.seq),
  ],
);

/** Daily counters behind business numbers (owner: modules/policies; documents use it too via index.ts). */
export const numberSequences = pgTable('number_sequences', {
  name: text('name').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
});

// ── signing keys and certificates (owner: modules/documents; ED-2) ───────────────────────────
export const signingKeys = pgTable(
  'signing_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The insurer a signing key belongs to; null for the platform's CAs and TSA. */
    insurerOrgId: uuid('insurer_org_id'),
    kind: text('kind').notNull(), // ca | signing | tsa
    algorithm: text('algorithm').notNull(), // RSA-2048 | ECDSA-P256 | SM2
    subject: text('subject').notNull(),
    serial: text('serial').notNull(),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('active'), // active | retired | revoked
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationReason: text('revocation_reason'),
    certificatePem: text('certificate_pem').notNull(),
    /** Issuer certificates, nearest first. */
    chainPem: jsonb('chain_pem').$type<string[]>().notNull().default([]),
    /** PKCS#8 PEM encrypted with the field-encryption keys; null for an imported CA certificate. */
    privateKeyEnc: text('private_key_enc'),
    /** The CA row that issued this certificate (null for roots and imported keys). */
    issuerKeyId: uuid('issuer_key_id'),
    source: text('source').notNull().default('generated'), // generated | imported
    createdAt: createdAt(),
  },
  (t) => [
    index('signing_keys_insurer_idx').on(t.insurerOrgId),
    // The database, not only a lock, guarantees one active signing key per insurer and one active
    // platform CA/TSA per algorithm, so two processes starting at once cannot both create one.
    uniqueIndex('signing_keys_active_signing_uq')
      .on(t.insurerOrgId)
      .where(sql`status = 'active' and kind = 'signing'`),
    uniqueIndex('signing_keys_active_platform_uq')
      .on(t.kind, t.algorithm)
      .where(sql`status = 'active' and insurer_org_id is null`),
  ],
);

// ── documents: the signed-document archive (owner: modules/documents; ED-5) ──────────────────
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    /** Archive number (ED + yyyymmdd + sequence). */
    documentNo: text('document_no').notNull(),
    kind: text('kind').notNull(), // policy | endorsement | application | termination | reconciliation | receipt
    policyId: uuid('policy_id'),
    endorsementId: uuid('endorsement_id'),
    /** Policy version the document shows. */
    version: integer('version').notNull().default(1),
    insurerOrgId: uuid('insurer_org_id'),
    /** Copied from the policy at issue time, for data scope. */
    orgId: uuid('org_id'),
    holderUserId: uuid('holder_user_id'),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    fileId: uuid('file_id').notNull(),
    storageKey: text('storage_key').notNull(),
    signingKeyId: uuid('signing_key_id'),
    algorithm: text('algorithm').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    retentionUntil: timestamp('retention_until', { withTimezone: true }).notNull(),
    legalHold: boolean('legal_hold').notNull().default(false),
    legalHoldReason: text('legal_hold_reason'),
    specimen: boolean('specimen').notNull().default(false),
    /** Set when the bytes were deleted after the retention date; the row stays as a record. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('documents_no_uq').on(t.documentNo),
    index('documents_policy_idx').on(t.policyId),
    index('documents_sha_idx').on(t.sha256),
    index('documents_org_idx').on(t.orgId),
    index('documents_holder_idx').on(t.holderUserId),
    index('documents_issued_idx').on(t.issuedAt),
  ],
);

/** Public query attempts (ED-4), for the per-policy-number and per-address lockout. */
export const documentQueryAttempts = pgTable(
  'document_query_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Blind index of the policy number as typed (null when the captcha already failed). */
    keyHash: text('key_hash'),
    ip: text('ip'),
    ok: boolean('ok').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('doc_query_key_idx').on(t.keyHash, t.at), index('doc_query_ip_idx').on(t.ip, t.at)],
);

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

// ── exchange: enterprise registrations, orders, rosters, invitations (owner: modules/exchange) ──
/** Enterprise self-registrations (EX-3) awaiting the exchange admin's 注册登记审核. */
export const exchangeRegistrations = pgTable(
  'exchange_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    companyName: text('company_name').notNull(),
    /** Unified social credit code, or null when the three old numbers were given. */
    creditCode: text('credit_code'),
    orgCode: text('org_code'),
    licenceNo: text('licence_no'),
    taxNo: text('tax_no'),
    email: text('email').notNull(),
    contactName: text('contact_name').notNull(),
    contactMobile: text('contact_mobile').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | rejected
    rejectReason: text('reject_reason'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('exchange_registrations_status_idx').on(t.status, t.createdAt),
    index('exchange_registrations_credit_idx').on(t.creditCode),
    index('exchange_registrations_org_code_idx').on(t.orgCode),
  ],
);

/** 待处理订单: an enterprise's group order for one product version (EX-4, EX-5). */
export const exchangeOrders = pgTable(
  'exchange_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderNo: text('order_no').notNull(),
    enterpriseOrgId: uuid('enterprise_org_id').notNull(),
    productId: uuid('product_id').notNull(),
    productVersionId: uuid('product_version_id').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    status: text('status').notNull().default('draft'), // draft | submitted | sent | passed | failed
    company: jsonb('company').$type<Record<string, string>>(),
    scans: jsonb('scans')
      .$type<{ licence?: string; orgCode?: string; taxCert?: string }>()
      .notNull()
      .default({}),
    rosterImportId: uuid('roster_import_id'),
    rosterCount: integer('roster_count').notNull().default(0),
    sentVia: text('sent_via'), // email | api
    sentAt: timestamp('sent_at', { withTimezone: true }),
    windowStart: text('window_start'), // YYYY-MM-DD
    windowEnd: text('window_end'),
    invitationCode: text('invitation_code'),
    remarks: text('remarks'),
    failReason: text('fail_reason'),
    /** The accounts + invitations job queued on a pass. */
    inviteTaskId: uuid('invite_task_id'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_orders_no_uq').on(t.orderNo),
    index('exchange_orders_enterprise_idx').on(t.enterpriseOrgId),
    index('exchange_orders_insurer_idx').on(t.insurerOrgId),
    index('exchange_orders_status_idx').on(t.status, t.submittedAt),
  ],
);

/** The order's state history (shown on the admin detail page). */
export const exchangeOrderEvents = pgTable(
  'exchange_order_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id').notNull(),
    action: text('action').notNull(),
    actorName: text('actor_name'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('exchange_order_events_order_idx').on(t.orderId, t.id)],
);

/** The employees of an order, from the exchange_roster Excel template. */
export const exchangeRoster = pgTable(
  'exchange_roster',
  {
    orderId: uuid('order_id').notNull(),
    rowNo: integer('row_no').notNull(),
    importId: uuid('import_id').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender'),
    birthDate: text('birth_date'),
    mobile: text('mobile').notNull(),
    /** Tax-health roster columns of DOMAIN §4 (medical insurance type and city, …). */
    extra: jsonb('extra').$type<Record<string, string>>().notNull().default({}),
    /** The personal account after a pass. */
    userId: uuid('user_id'),
  },
  (t) => [
    primaryKey({ name: 'exchange_roster_pk', columns: [t.orderId, t.rowNo] }),
    index('exchange_roster_id_number_idx').on(t.idNumberIdx),
  ],
);

/** An employee's invitation to apply (待投保) after a pass. */
export const exchangeInvitations = pgTable(
  'exchange_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull(),
    userId: uuid('user_id').notNull(),
    rosterRowNo: integer('roster_row_no').notNull(),
    status: text('status').notNull().default('invited'), // invited | applied | issued | declined
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_invitations_order_user_uq').on(t.orderId, t.userId),
    index('exchange_invitations_user_idx').on(t.userId),
  ],
);
