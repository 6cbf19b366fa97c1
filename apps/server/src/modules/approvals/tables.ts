import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LINES } from '@policyhub/domain';
import { createdAt } from '../../platform/db/columns.js';

/** One level of a request's chain as it was resolved when the request was opened. */
export type StoredLevel = {
  key: string;
  label: { zh: string; en: string };
  /** The organization that acts at this level, and its name then. */
  orgId: string;
  orgName: string;
  /** Roles that may act at this level (users of that organization or above it). */
  roles: string[];
};

// ── approval requests and their steps (owner: modules/approvals) ──────────────────────────────
/** A request on a subject (one per subject) moving along the organization chain in `levels`. */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What is being approved, e.g. 'exchange.registration', 'product.listing', 'product.change'. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The organization the subject belongs to (the submitter's side); data scope. */
    ownerOrgId: uuid('owner_org_id').notNull(),
    line: text('line', { enum: LINES }), // Line from @policyhub/domain, null for subjects of no line
    chain: text('chain').notNull(), // the chain's code
    levels: jsonb('levels').$type<StoredLevel[]>().notNull(),
    status: text('status').notNull().default('draft'), // approvalMachine state
    /** Index into levels of the level that acts now (0 unless submitted and past the first). */
    currentLevel: integer('current_level').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it became approved or rejected. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('approval_requests_subject_uq').on(t.subjectType, t.subjectId),
    index('approval_requests_owner_idx').on(t.ownerOrgId),
    index('approval_requests_status_idx').on(t.status),
  ],
);

/**
 * Every step of a request, append-only: who (user, name, role, organization as they were then),
 * when, the action, at which level, and why. Stored at the time, never derived later.
 */
export const approvalSteps = pgTable(
  'approval_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action').notNull(), // ApprovalAction from @policyhub/domain
    /** The level acted at (approve/return/reject); null for a submission. */
    level: integer('level'),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role'),
    actorOrgId: uuid('actor_org_id'),
    actorOrgName: text('actor_org_name'),
    /** The reason of a return or rejection, the remarks of any other step. */
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('approval_steps_seq_uq').on(t.requestId, t.seq)],
);
