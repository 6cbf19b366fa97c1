import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';

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
