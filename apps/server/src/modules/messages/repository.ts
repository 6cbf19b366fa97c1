import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { outbox } from '../../platform/notify/tables.js';

export type MessageFilters = { channel?: string; status?: string; recipient?: string };

/** Outbox rows, newest first (the outbox is platform-wide: only platform roles read it). */
export async function findOutboxMessages(
  executor: Executor,
  filters: MessageFilters,
  page: { page: number; pageSize: number },
) {
  const conditions: SQL[] = [];
  if (filters.channel) conditions.push(eq(outbox.channel, filters.channel));
  if (filters.status) conditions.push(eq(outbox.status, filters.status));
  if (filters.recipient) conditions.push(eq(outbox.recipient, filters.recipient));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    executor
      .select({
        id: outbox.id,
        channel: outbox.channel,
        recipient: outbox.recipient,
        template: outbox.template,
        params: outbox.params,
        subject: outbox.subject,
        body: outbox.body,
        status: outbox.status,
        attempts: outbox.attempts,
        lastError: outbox.lastError,
        createdAt: outbox.createdAt,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    executor.select({ n: count() }).from(outbox).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
