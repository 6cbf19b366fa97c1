import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';

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
