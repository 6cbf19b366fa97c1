import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';

// ── captchas, SMS codes, failed logins (owner: modules/accounts, platform/http — session.ts) ─────
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
