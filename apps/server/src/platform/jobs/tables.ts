import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';

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
