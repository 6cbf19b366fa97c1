import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { tasks } from '../../platform/jobs/tables.js';
import type { TaskView } from './schemas.js';

const columns = {
  id: tasks.id,
  type: tasks.type,
  title: tasks.title,
  // Only the title's values leave the payload (the rest may hold personal data).
  titleParams: sql<Record<string, unknown> | null>`${tasks.payload}->'titleParams'`,
  status: tasks.status,
  progressDone: tasks.progressDone,
  progressTotal: tasks.progressTotal,
  result: tasks.result,
  error: tasks.error,
  resultFileId: tasks.resultFileId,
  attempts: tasks.attempts,
  createdAt: tasks.createdAt,
  finishedAt: tasks.finishedAt,
};

/** The string and number values of a stored `titleParams` (anything else is dropped). */
function titleParamsOf(value: Record<string, unknown> | null): TaskView['titleParams'] {
  const params: TaskView['titleParams'] = {};
  if (!value || typeof value !== 'object') return params;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) params[key] = v;
  }
  return params;
}

function toView(
  row: {
    createdAt: Date;
    finishedAt: Date | null;
    status: string;
    titleParams: Record<string, unknown> | null;
  } & Omit<TaskView, 'createdAt' | 'finishedAt' | 'status' | 'titleParams'>,
): TaskView {
  return {
    ...row,
    titleParams: titleParamsOf(row.titleParams),
    status: row.status as TaskView['status'],
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

/** The tasks a user started, newest first. */
export async function findTasksOfUser(
  executor: Executor,
  userId: string,
  page: { page: number; pageSize: number },
) {
  const where = eq(tasks.ownerUserId, userId);
  const [rows, [total]] = await Promise.all([
    executor
      .select(columns)
      .from(tasks)
      .where(where)
      .orderBy(desc(tasks.createdAt), desc(tasks.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    executor.select({ n: count() }).from(tasks).where(where),
  ]);
  return { items: rows.map(toView), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

/** One task of a user, or null (also when it belongs to someone else). */
export async function findTaskOfUser(
  executor: Executor,
  userId: string,
  taskId: string,
): Promise<TaskView | null> {
  const [row] = await executor
    .select(columns)
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.ownerUserId, userId)))
    .limit(1);
  return row ? toView(row) : null;
}
