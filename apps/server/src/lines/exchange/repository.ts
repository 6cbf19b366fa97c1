import { and, desc, eq, sql, type SQL, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { exchangeOrderEvents, exchangeOrders } from './tables.js';
import { organizations } from '../../platform/identity/tables.js';
import { findProductNames } from '../../modules/products/index.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import type { Actor } from '../../platform/audit/index.js';
import { notFound } from '../../platform/errors.js';
import { ORDER_STATUSES, type OrderStatus } from './statuses.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const orderColumns = {
  id: exchangeOrders.id,
  orderNo: exchangeOrders.orderNo,
  enterpriseOrgId: exchangeOrders.enterpriseOrgId,
  productId: exchangeOrders.productId,
  productVersionId: exchangeOrders.productVersionId,
  insurerOrgId: exchangeOrders.insurerOrgId,
  status: exchangeOrders.status,
  company: exchangeOrders.company,
  scans: exchangeOrders.scans,
  rosterImportId: exchangeOrders.rosterImportId,
  rosterCount: exchangeOrders.rosterCount,
  sentVia: exchangeOrders.sentVia,
  sentAt: exchangeOrders.sentAt,
  windowStart: exchangeOrders.windowStart,
  windowEnd: exchangeOrders.windowEnd,
  invitationCode: exchangeOrders.invitationCode,
  remarks: exchangeOrders.remarks,
  failReason: exchangeOrders.failReason,
  inviteTaskId: exchangeOrders.inviteTaskId,
  remindedAt: exchangeOrders.remindedAt,
  submittedAt: exchangeOrders.submittedAt,
  decidedAt: exchangeOrders.decidedAt,
  createdAt: exchangeOrders.createdAt,
};

export type OrderRow = {
  id: string;
  orderNo: string;
  enterpriseOrgId: string;
  productId: string;
  productVersionId: string;
  insurerOrgId: string;
  status: OrderStatus;
  company: Record<string, string> | null;
  scans: { licence?: string; orgCode?: string; taxCert?: string };
  rosterImportId: string | null;
  rosterCount: number;
  sentVia: string | null;
  sentAt: Date | null;
  windowStart: string | null;
  windowEnd: string | null;
  invitationCode: string | null;
  remarks: string | null;
  failReason: string | null;
  inviteTaskId: string | null;
  remindedAt: Date | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
  enterpriseName: string;
  insurerName: string;
  productName: string;
};

/** Adds the product names (modules/products reads its own table). */
async function withProductNames<T extends { productId: string }>(
  executor: Executor,
  rows: T[],
): Promise<(T & { productName: string })[]> {
  const names = await findProductNames(
    executor,
    rows.map((r) => r.productId),
  );
  return rows.map((r) => ({ ...r, productName: names.get(r.productId) ?? '' }));
}

function ordersQuery(executor: Executor) {
  const enterprise = sql<string>`(select name from ${organizations} where id = ${exchangeOrders.enterpriseOrgId})`;
  const insurer = sql<string>`(select name from ${organizations} where id = ${exchangeOrders.insurerOrgId})`;
  return executor
    .select({
      ...orderColumns,
      enterpriseName: enterprise.as('enterprise_name'),
      insurerName: insurer.as('insurer_name'),
    })
    .from(exchangeOrders);
}

/**
 * One order inside the scope (another organization's order answers 404). `forUpdate` locks the
 * row, so concurrent transitions of one order are serialised. `view: 'insurer'` scopes by the
 * insurer instead of the enterprise and finds only orders sent to it (as the 投保案件 list).
 */
export async function getOrder(
  executor: Executor,
  scope: DataScope,
  orderId: string,
  options: { forUpdate?: boolean; view?: 'enterprise' | 'insurer' } = {},
): Promise<OrderRow> {
  if (!UUID.test(orderId)) throw notFound('订单');
  if (options.forUpdate) {
    await executor
      .select({ id: exchangeOrders.id })
      .from(exchangeOrders)
      .where(eq(exchangeOrders.id, orderId))
      .for('update');
  }
  const scoped =
    options.view === 'insurer'
      ? and(
          scopeCondition(scope, { orgIdColumn: exchangeOrders.insurerOrgId }),
          inArray(exchangeOrders.status, ['sent', 'passed', 'failed']),
        )
      : scopeCondition(scope, { orgIdColumn: exchangeOrders.enterpriseOrgId });
  const [row] = await ordersQuery(executor)
    .where(and(eq(exchangeOrders.id, orderId), scoped))
    .limit(1);
  if (!row) throw notFound('订单');
  const [named] = await withProductNames(executor, [row]);
  return named as OrderRow;
}

export type OrderFilters = {
  status?: OrderStatus;
  company?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

/** Orders in the scope, newest first, with the list filters of 投保处理. */
export async function listOrders(
  executor: Executor,
  scope: DataScope,
  filters: OrderFilters,
  /** 'insurer': cases sent to the insurer in scope (its own organization tree), not drafts. */
  view: 'enterprise' | 'insurer' = 'enterprise',
): Promise<{ items: OrderRow[]; total: number }> {
  const conditions: SQL[] =
    view === 'insurer'
      ? [
          scopeCondition(scope, { orgIdColumn: exchangeOrders.insurerOrgId }),
          inArray(exchangeOrders.status, ['sent', 'passed', 'failed']),
        ]
      : [scopeCondition(scope, { orgIdColumn: exchangeOrders.enterpriseOrgId })];
  if (filters.status) conditions.push(eq(exchangeOrders.status, filters.status));
  if (filters.company) {
    const like = `%${filters.company.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`${exchangeOrders.enterpriseOrgId} in (select id from ${organizations} where name ilike ${like})`,
    );
  }
  // Application date (提交日期) in Beijing time; drafts have none and fall out of a date filter.
  if (filters.from)
    conditions.push(
      sql`${exchangeOrders.submittedAt} >= (${filters.from}::date)::timestamp at time zone 'Asia/Shanghai'`,
    );
  if (filters.to)
    conditions.push(
      sql`${exchangeOrders.submittedAt} < ((${filters.to}::date + 1)::timestamp at time zone 'Asia/Shanghai')`,
    );
  const where = and(...conditions);
  const [count] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(exchangeOrders)
    .where(where);
  const items = await ordersQuery(executor)
    .where(where)
    .orderBy(desc(exchangeOrders.createdAt), desc(exchangeOrders.id))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  return { items: (await withProductNames(executor, items)) as OrderRow[], total: count?.n ?? 0 };
}

/** Appends a line to the order's history (in the caller's transaction). */
/** How many orders in `scope` stand in each status (every status present, 0 when none). */
export async function countOrdersByStatus(
  executor: Executor,
  scope: DataScope,
): Promise<Record<OrderStatus, number>> {
  const rows = await executor
    .select({ status: exchangeOrders.status, n: sql<number>`count(*)::int` })
    .from(exchangeOrders)
    .where(scopeCondition(scope, { orgIdColumn: exchangeOrders.enterpriseOrgId }))
    .groupBy(exchangeOrders.status);
  const counts = Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const row of rows) if (row.status in counts) counts[row.status as OrderStatus] = row.n;
  return counts;
}

export async function addOrderEvent(
  executor: Executor,
  orderId: string,
  actor: Actor,
  action: string,
  at: Date,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await executor.insert(exchangeOrderEvents).values({ orderId, action, actorName: actor.name, detail, at });
}

export async function listOrderEvents(executor: Executor, orderId: string) {
  return executor
    .select({
      action: exchangeOrderEvents.action,
      actorName: exchangeOrderEvents.actorName,
      detail: exchangeOrderEvents.detail,
      at: exchangeOrderEvents.at,
    })
    .from(exchangeOrderEvents)
    .where(eq(exchangeOrderEvents.orderId, orderId))
    .orderBy(exchangeOrderEvents.id);
}

/** Organization name and contact e-mail (insurer's case mailbox, enterprise's operator mailbox). */
export async function getOrgContact(executor: Executor, orgId: string) {
  const [row] = await executor
    .select({ id: organizations.id, name: organizations.name, contactEmail: organizations.contactEmail })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .limit(1);
  return row ?? null;
}
