import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { OrgStatus, UserStatus } from '@policyhub/domain';
import { createdAt } from '../db/columns.js';

/**
 * Who is calling: organizations, users and sessions. Every request reads them (platform/http session.ts,
 * the Excel job), so they sit below the modules; only their owners write them.
 */

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
    status: text('status').$type<OrgStatus>().notNull().default('active'), // ORG_STATUSES
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
    status: text('status').$type<UserStatus>().notNull().default('active'), // USER_STATUSES
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
