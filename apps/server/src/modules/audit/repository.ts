import { and, count, desc, eq, gte, ilike, like, lt, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { AuditEntryView } from './schemas.js';

export type AuditFilters = {
  actionPrefix?: string;
  actorName?: string;
  entityType?: string;
  entityId?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Upper bound; exclusive when `toExclusive`. */
  to?: Date;
  toExclusive?: boolean;
};

/** LIKE pattern characters in user input are matched literally. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Both drivers' renderings of a timestamptz ('2026-01-02 03:04:05.6+00', ISO) as ISO 8601. */
export function isoOf(at: string): string {
  const direct = new Date(at);
  if (!Number.isNaN(direct.getTime())) return direct.toISOString();
  return new Date(at.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}

/** Audit entries matching the filters, newest first. */
export async function findAuditEntries(
  executor: Executor,
  filters: AuditFilters,
  page: { page: number; pageSize: number },
) {
  const conditions: SQL[] = [];
  if (filters.actionPrefix) conditions.push(like(auditLog.action, `${escapeLike(filters.actionPrefix)}%`));
  if (filters.actorName) conditions.push(ilike(auditLog.actorName, `%${escapeLike(filters.actorName)}%`));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.from) conditions.push(gte(auditLog.at, filters.from.toISOString()));
  if (filters.to) {
    const bound = filters.to.toISOString();
    conditions.push(filters.toExclusive ? lt(auditLog.at, bound) : lte(auditLog.at, bound));
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    executor
      .select({
        seq: auditLog.seq,
        at: auditLog.at,
        actorName: auditLog.actorName,
        actorUserId: auditLog.actorUserId,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        ip: auditLog.ip,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    executor.select({ n: count() }).from(auditLog).where(where),
  ]);
  const items: AuditEntryView[] = rows.map((row) => ({ ...row, at: isoOf(row.at) }));
  return { items, total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}
