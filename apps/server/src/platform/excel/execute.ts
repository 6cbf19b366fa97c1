import { and, asc, between, eq, sql } from 'drizzle-orm';
import { isRole } from '@policyhub/domain';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import type { AuthUser } from '../access.js';
import { actorOf } from '../access.js';
import { recordAudit } from '../audit/index.js';
import { importRows, imports } from './tables.js';
import { organizations, users } from '../identity/tables.js';
import { AppError, isAppError } from '../errors.js';
import type { JobContext, JobResult } from '../jobs/types.js';
import { workbookReading } from './parse-pool.js';
import { readImportRows } from './reader.js';
import { getTemplate } from './registry.js';
import { duplicateMarker, processRow, type ProcessedRow } from './rows.js';
import type { ImportRun, TemplateDefinition, TemplateRow } from './types.js';
import { buildResultWorkbook, XLSX_MIME } from './workbooks.js';

/** The job type that carries out a validated import (业务办理). */
export const IMPORT_JOB_TYPE = 'import.execute';

export type ImportJobPayload = { importId: string; ip: string | null };

// Progress is persisted at most this often (rows, or milliseconds for slow templates).
const PROGRESS_ROWS = 500;
const PROGRESS_MS = 1000;

async function loadOwner(ctx: AppContext, userId: string): Promise<AuthUser> {
  const [row] = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      status: users.status,
      orgId: users.orgId,
      orgPath: organizations.path,
      orgType: organizations.type,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.status !== 'active' || !isRole(row.role)) {
    throw new AppError('FORBIDDEN', { message: '导入发起人的账号已停用，无法继续办理' });
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    orgId: row.orgId,
    orgPath: row.orgPath,
    orgType: row.orgType,
  };
}

function pgCode(error: unknown): string | undefined {
  for (let e: any = error; e; e = e.cause) if (typeof e.code === 'string') return e.code;
  return undefined;
}

/**
 * 业务办理 of one import, as a job handler. Re-reads the stored workbook as a stream and carries
 * out each row in a transaction together with its `import_rows` record, so every row is
 * all-or-nothing and a retried job skips rows already recorded: nothing is ever done twice.
 * Cheap templates run many rows per transaction and fall back to one row per transaction only
 * when a batch fails. Ends with the result workbook of the failed rows.
 */
export async function runImportJob(ctx: AppContext, job: JobContext): Promise<JobResult> {
  try {
    return await executeImportRows(ctx, job);
  } catch (error) {
    // The task records why; the import becomes 'failed' so its owner can start it again (the
    // rows already done are recorded in import_rows and skipped).
    await ctx.db
      .update(imports)
      .set({ status: 'failed' })
      .where(
        and(eq(imports.id, (job.payload as ImportJobPayload).importId), eq(imports.status, 'executing')),
      );
    throw error;
  }
}

async function executeImportRows(ctx: AppContext, job: JobContext): Promise<JobResult> {
  const payload = job.payload as ImportJobPayload;
  const [imp] = await ctx.db
    .select({
      id: imports.id,
      template: imports.template,
      context: imports.context,
      fileId: imports.fileId,
      status: imports.status,
      totalRows: imports.totalRows,
      succeededRows: imports.succeededRows,
      failedRows: imports.failedRows,
      resultFileId: imports.resultFileId,
      ownerUserId: imports.ownerUserId,
      orgId: imports.orgId,
    })
    .from(imports)
    .where(eq(imports.id, payload.importId))
    .limit(1);
  if (!imp) throw new AppError('NOT_FOUND', { message: '导入记录不存在' });
  const summary = (succeeded: number, failed: number) => ({ importId: imp.id, succeeded, failed });
  if (imp.status === 'done') {
    return { result: summary(imp.succeededRows, imp.failedRows), resultFileId: imp.resultFileId };
  }
  if (imp.status === 'failed') {
    // A retried job (pg-boss) after an interrupted run picks it up again, like a new execution.
    await ctx.db
      .update(imports)
      .set({ status: 'executing' })
      .where(and(eq(imports.id, imp.id), eq(imports.status, 'failed')));
  } else if (imp.status !== 'executing') throw new AppError('IMPORT_NOT_VALIDATED');

  const template = getTemplate(imp.template);
  const user = await loadOwner(ctx, imp.ownerUserId);
  const run: ImportRun = { importId: imp.id, user, audit: actorOf(user, payload.ip ?? null) };
  const context = await template.prepare(ctx, user, template.contextSchema.parse(imp.context));
  const data = { open: () => ctx.files.openStream(imp.fileId) };
  // The file was accepted under the limit in force at upload; do not re-judge it.
  const readOptions = { maxRows: Number.MAX_SAFE_INTEGER, reading: workbookReading(ctx.config) };

  const runner = new RowRunner(ctx, template, run, context);
  await runner.init();
  let processed = 0;
  let reportedRows = 0;
  let reportedAt = Date.now();
  let chunk: ProcessedRow[] = [];
  const batchSize = Math.max(1, template.batchSize ?? 1);
  const markDuplicate = duplicateMarker(template);

  // The next batch is read and checked while the previous one is written (PostgreSQL works in
  // its own process meanwhile); at most one batch is in flight, so memory stays flat.
  let inflight: Promise<void> = Promise.resolve();
  const write = async (rows: ProcessedRow[]) => {
    await runner.run(rows);
    processed += rows.length;
    if (processed - reportedRows >= PROGRESS_ROWS || Date.now() - reportedAt >= PROGRESS_MS) {
      await job.progress(processed, imp.totalRows);
      reportedRows = processed;
      reportedAt = Date.now();
    }
  };
  const flush = async () => {
    await inflight;
    if (chunk.length === 0) return;
    inflight = write(chunk);
    inflight.catch(() => undefined); // awaited at the next flush; not an unhandled rejection meanwhile
    chunk = [];
  };
  try {
    for await (const { rowNo, cells, header } of readImportRows(data, template, readOptions)) {
      const row = processRow(template, header, rowNo, cells, context);
      markDuplicate(row);
      chunk.push(row);
      if (chunk.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    // Never end (or fail) the job while a batch is still being written.
    await inflight.catch(() => undefined);
  }
  await inflight;

  const counts = await ctx.db
    .select({ status: importRows.status, n: sql<number>`count(*)::int` })
    .from(importRows)
    .where(eq(importRows.importId, imp.id))
    .groupBy(importRows.status);
  const succeeded = counts.find((c) => c.status === 'done')?.n ?? 0;
  const failed = counts.find((c) => c.status === 'failed')?.n ?? 0;
  const failedRows = await ctx.db
    .select({ rowNo: importRows.rowNo, error: importRows.error })
    .from(importRows)
    .where(and(eq(importRows.importId, imp.id), eq(importRows.status, 'failed')))
    .orderBy(asc(importRows.rowNo));
  const failures = new Map(failedRows.map((r) => [r.rowNo, r.error ?? '办理失败']));
  const workbook = await buildResultWorkbook(template, data, failures, readOptions);

  const finished = await ctx.db.transaction(async (tx) => {
    // A concurrent run may have finished first: then this one leaves its record alone.
    const claimed = await tx
      .update(imports)
      .set({ status: 'done' })
      .where(and(eq(imports.id, imp.id), eq(imports.status, 'executing')))
      .returning({ id: imports.id });
    if (claimed.length === 0) return null;
    const file = await ctx.files.saveGenerated(tx, {
      data: workbook,
      originalName: `${template.title}-办理结果.xlsx`,
      mime: XLSX_MIME,
      purpose: 'import.result',
      ownerUserId: imp.ownerUserId,
      ownerOrgId: imp.orgId,
    });
    await tx
      .update(imports)
      .set({ succeededRows: succeeded, failedRows: failed, resultFileId: file.id })
      .where(eq(imports.id, imp.id));
    await recordAudit(tx, run.audit, {
      action: 'import.done',
      entityType: 'import',
      entityId: imp.id,
      detail: { template: template.name, succeeded, failed },
    });
    return { resultFileId: file.id };
  });
  await job.progress(imp.totalRows, imp.totalRows);
  if (!finished) return executeImportRows(ctx, job);
  return { result: summary(succeeded, failed), resultFileId: finished.resultFileId };
}

/** The row of this import whose execution created `entityId` (done), or null. */
export async function importRowOfEntity(
  executor: Executor,
  importId: string,
  entityId: string,
): Promise<number | null> {
  const [row] = await executor
    .select({ rowNo: importRows.rowNo })
    .from(importRows)
    .where(
      and(
        eq(importRows.importId, importId),
        eq(importRows.entityId, entityId),
        eq(importRows.status, 'done'),
      ),
    )
    .limit(1);
  return row?.rowNo ?? null;
}

/** Carries out rows with their `import_rows` records; knows which rows a previous run did. */
class RowRunner {
  private resumed = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly template: TemplateDefinition,
    private readonly importRun: ImportRun,
    private readonly context: unknown,
  ) {}

  private get importId(): string {
    return this.importRun.importId;
  }

  async init(): Promise<void> {
    const [any] = await this.ctx.db
      .select({ rowNo: importRows.rowNo })
      .from(importRows)
      .where(eq(importRows.importId, this.importId))
      .limit(1);
    this.resumed = Boolean(any);
  }

  async run(chunk: readonly ProcessedRow[]): Promise<void> {
    let rows = chunk;
    if (this.resumed) {
      // A retried job: skip every row an earlier run recorded, done or failed.
      const recorded = await this.ctx.db
        .select({ rowNo: importRows.rowNo })
        .from(importRows)
        .where(
          and(
            eq(importRows.importId, this.importId),
            between(importRows.rowNo, rows[0]!.rowNo, rows.at(-1)!.rowNo),
          ),
        );
      const skip = new Set(recorded.map((r) => r.rowNo));
      rows = rows.filter((r) => !skip.has(r.rowNo));
    }
    // Validation refused files with errors; a row that fails now fails alone, with its reasons.
    const invalid = rows.filter((r) => r.hasError);
    for (const row of invalid) {
      const reason = row.problems
        .filter((p) => p.level === 'error')
        .map((p) => (p.column ? `${p.column}：${p.message}` : p.message));
      await this.recordFailure(row.rowNo, reason.join('；'));
    }
    rows = rows.filter((r) => !r.hasError);
    if (rows.length === 0) return;
    if (rows.length > 1 || this.template.executeBatch) {
      if (await this.tryBatch(rows)) return;
    }
    for (const row of rows) await this.runOne(row);
  }

  /** Many rows in one transaction; false (and nothing written) when any of them failed. */
  private async tryBatch(rows: readonly TemplateRow[]): Promise<boolean> {
    const { ctx, template, importRun: run, context, importId } = this;
    try {
      await ctx.db.transaction(async (tx) => {
        let results: { rowNo: number; entityId: string }[];
        if (template.executeBatch) {
          results = await template.executeBatch(ctx, tx, run, context, rows);
        } else {
          results = [];
          for (const row of rows)
            results.push({ rowNo: row.rowNo, ...(await template.execute(ctx, tx, run, context, row)) });
        }
        if (results.length !== rows.length)
          throw new Error(`executeBatch returned ${results.length} of ${rows.length} rows`);
        // A concurrent run that recorded one of these rows makes this insert fail: the batch
        // rolls back and the rows are retried one by one, where the claim settles it. One JSON
        // parameter instead of thousands of bound ones (much faster on both databases).
        const records = JSON.stringify(results.map((r) => ({ row_no: r.rowNo, entity_id: r.entityId })));
        await tx.execute(sql`
          insert into ${importRows} (import_id, row_no, status, entity_id)
          select ${importId}::uuid, x.row_no, 'done', x.entity_id
          from json_to_recordset(${records}::json) as x(row_no integer, entity_id text)`);
      });
      return true;
    } catch (error) {
      ctx.log.debug({ err: error, importId }, 'import batch failed; retrying row by row');
      return false;
    }
  }

  /** One row in its own transaction: claim its record first, so a concurrent run skips it. */
  private async runOne(row: TemplateRow): Promise<void> {
    const { ctx, template, importRun: run, context, importId } = this;
    try {
      await ctx.db.transaction(async (tx) => {
        const claimed = await tx
          .insert(importRows)
          .values({ importId, rowNo: row.rowNo, status: 'done' })
          .onConflictDoNothing()
          .returning({ rowNo: importRows.rowNo });
        if (claimed.length === 0) return;
        const { entityId } = await template.execute(ctx, tx, run, context, row);
        await tx
          .update(importRows)
          .set({ entityId })
          .where(and(eq(importRows.importId, importId), eq(importRows.rowNo, row.rowNo)));
      });
    } catch (error) {
      await this.recordFailure(row.rowNo, this.reasonOf(error));
    }
  }

  private async recordFailure(rowNo: number, reason: string): Promise<void> {
    await this.ctx.db
      .insert(importRows)
      .values({ importId: this.importId, rowNo, status: 'failed', error: reason.slice(0, 500) })
      .onConflictDoNothing();
  }

  private reasonOf(error: unknown): string {
    if (isAppError(error)) return error.message;
    if (pgCode(error) === '23505') return '数据已存在（可能已由其他操作创建），该行未办理';
    this.ctx.log.error({ err: error, importId: this.importId }, 'import row failed');
    return '系统内部错误，该行未办理，请稍后重试或联系管理员';
  }
}
