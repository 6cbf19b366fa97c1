import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { files } from '../../platform/files/tables.js';
import { imports } from '../../platform/excel/tables.js';
import type { AuthUser } from '../../platform/access.js';
import { notFound } from '../../platform/errors.js';

/**
 * Import records belong to the user who uploaded them: every query here is restricted to the
 * owner, so anyone else's import answers 404.
 */

const summaryColumns = {
  id: imports.id,
  template: imports.template,
  status: imports.status,
  orgId: imports.orgId,
  fileName: files.originalName,
  totalRows: imports.totalRows,
  errorRows: imports.errorRows,
  problemCounts: imports.problemCounts,
  succeededRows: imports.succeededRows,
  failedRows: imports.failedRows,
  taskId: imports.taskId,
  resultFileId: imports.resultFileId,
  createdAt: imports.createdAt,
};

const detailColumns = { ...summaryColumns, problems: imports.problems, context: imports.context };

export type ImportSummaryRow = {
  id: string;
  template: string;
  status: string;
  orgId: string | null;
  fileName: string | null;
  totalRows: number;
  errorRows: number;
  problemCounts: { error: number; warning: number; note: number };
  succeededRows: number;
  failedRows: number;
  taskId: string | null;
  resultFileId: string | null;
  createdAt: Date;
};
export type ImportDetailRow = ImportSummaryRow & {
  problems: (typeof imports.$inferSelect)['problems'];
  context: Record<string, unknown>;
};

/** The user's own import, or NOT_FOUND. */
export async function getOwnImport(executor: Executor, user: AuthUser, id: string): Promise<ImportDetailRow> {
  const [row] = await executor
    .select(detailColumns)
    .from(imports)
    .leftJoin(files, eq(files.id, imports.fileId))
    .where(and(eq(imports.id, id), eq(imports.ownerUserId, user.id)))
    .limit(1);
  if (!row) throw notFound('导入记录');
  return row;
}

/** The user's imports, newest first. */
export async function listOwnImports(
  executor: Executor,
  user: AuthUser,
  filter: { template?: string; page: number; pageSize: number },
): Promise<{ items: ImportSummaryRow[]; total: number }> {
  const where = and(
    eq(imports.ownerUserId, user.id),
    filter.template ? eq(imports.template, filter.template) : undefined,
  );
  const items = await executor
    .select(summaryColumns)
    .from(imports)
    .leftJoin(files, eq(files.id, imports.fileId))
    .where(where)
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [count] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(imports)
    .where(where);
  return { items, total: count?.n ?? 0 };
}

export async function insertImport(executor: Executor, values: typeof imports.$inferInsert): Promise<string> {
  const [row] = await executor.insert(imports).values(values).returning({ id: imports.id });
  return row!.id;
}

/**
 * Moves a validated (or interrupted: 'failed') import without error rows to 'executing'. Conditional, so two concurrent
 * requests cannot both queue it; false when the import is not (or no longer) executable.
 */
export async function claimForExecution(
  executor: Executor,
  user: AuthUser,
  id: string,
  /** A `partial` template runs with error rows (they go to the result workbook). */
  allowErrorRows = false,
): Promise<boolean> {
  const rows = await executor
    .update(imports)
    .set({ status: 'executing' })
    .where(
      and(
        eq(imports.id, id),
        eq(imports.ownerUserId, user.id),
        inArray(imports.status, ['validated', 'failed']),
        allowErrorRows ? undefined : eq(imports.errorRows, 0),
      ),
    )
    .returning({ id: imports.id });
  return rows.length > 0;
}

export async function setImportTask(executor: Executor, id: string, taskId: string): Promise<void> {
  await executor.update(imports).set({ taskId }).where(eq(imports.id, id));
}

/**
 * The uploaded workbook of an import (its file id and original name), for a line that shows what
 * was sent; null for an unknown import. Not scoped: the caller has checked access to its subject.
 */
export async function findImportUpload(
  executor: Executor,
  importId: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await executor
    .select({ id: files.id, name: files.originalName })
    .from(imports)
    .innerJoin(files, eq(files.id, imports.fileId))
    .where(eq(imports.id, importId))
    .limit(1);
  return row ?? null;
}
