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
  ],
);

// ── sessions, captchas, SMS codes (owner: modules/accounts) ──────────────────────────────────
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
    maxAttempts: integer('max_attempts').notNull().default(6),
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

// ── Excel imports (owner: platform/excel) ────────────────────────────────────────────────────
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

/** Small key/value store for platform settings and generated secrets (dev keys, CA …). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
