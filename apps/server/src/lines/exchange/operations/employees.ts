import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { exchangeInvitations, exchangeOrders } from '../tables.js';
import { rosterPeopleQuery } from '../../../modules/rosters/index.js';
import { orderRosterSubject } from '../roster-template.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { beijingDay } from '../../../modules/policies/index.js';
import { addOrderEvent, getOrder } from '../repository.js';
import type { InvitationStatus } from '../statuses.js';

type EmployeeStatus = InvitationStatus | 'pending';

/** Minimum time between two reminders of one order. */
export const REMIND_INTERVAL_MS = 60 * 60_000;

const statusSql = sql<string>`coalesce(${exchangeInvitations.status}, 'pending')`;

/**
 * Who has applied and who has not (EX-8): the enterprise's own employees on the order's roster
 * with their invitation status (the mobile masked). Another organization's order answers 404.
 */
export async function listOrderEmployees(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  filters: { status?: EmployeeStatus; page: number; pageSize: number },
) {
  assertRole(user, ['enterprise_operator', 'exchange_admin']);
  const order = await getOrder(ctx.db, scopeOf(user), orderId);
  const roster = rosterPeopleQuery(ctx.db, orderRosterSubject(order.id));
  const join = and(eq(exchangeInvitations.orderId, order.id), eq(exchangeInvitations.userId, roster.userId));
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(sql`${statusSql} = ${filters.status}`);
  const counts = await ctx.db
    .select({ status: statusSql, n: sql<number>`count(*)::int` })
    .from(roster)
    .leftJoin(exchangeInvitations, join)
    .groupBy(statusSql);
  const count = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  const filteredTotal = filters.status ? count(filters.status) : counts.reduce((a, c) => a + c.n, 0);
  const rows = await ctx.db
    .select({
      rowNo: roster.rowNo,
      name: roster.name,
      mobile: roster.mobile,
      status: statusSql,
      remindedAt: exchangeInvitations.remindedAt,
    })
    .from(roster)
    .leftJoin(exchangeInvitations, join)
    .where(and(...conditions))
    .orderBy(asc(roster.rowNo))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  return {
    items: rows.map((r) => ({
      rowNo: r.rowNo,
      name: r.name,
      mobileMasked: maskMobile(r.mobile ?? ''),
      status: r.status as EmployeeStatus,
      remindedAt: r.remindedAt?.toISOString() ?? null,
    })),
    total: filteredTotal,
    page: filters.page,
    pageSize: filters.pageSize,
    summary: {
      total: counts.reduce((a, c) => a + c.n, 0),
      invited: count('invited'),
      applied: count('applied'),
      issued: count('issued'),
      declined: count('declined'),
    },
  };
}

/**
 * 提醒投保: an SMS to every invited employee who has not applied, at most once an hour per
 * order and only until the window closes.
 */
export async function remindEmployees(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  ip: string | null,
): Promise<{ reminded: number }> {
  assertRole(user, ['enterprise_operator']);
  return ctx.db.transaction(async (tx) => {
    const order = await getOrder(tx, scopeOf(user), orderId, { forUpdate: true });
    if (order.status !== 'passed')
      throw new AppError('INVALID_STATE', { message: '订单通过预核保后才能提醒员工投保' });
    const now = ctx.now();
    const today = beijingDay(now);
    if (order.windowEnd && today > order.windowEnd.replace(/-/g, ''))
      throw new AppError('INVALID_STATE', { message: `投保期已于 ${order.windowEnd} 结束，不能再提醒` });
    if (order.remindedAt && now.getTime() - order.remindedAt.getTime() < REMIND_INTERVAL_MS) {
      const minutes = Math.ceil((REMIND_INTERVAL_MS - (now.getTime() - order.remindedAt.getTime())) / 60_000);
      throw new AppError('RATE_LIMITED', { message: `每小时只能提醒一次，请 ${minutes} 分钟后再试` });
    }
    const roster = rosterPeopleQuery(tx, orderRosterSubject(order.id));
    const targets = await tx
      .select({
        invitationId: exchangeInvitations.id,
        userId: exchangeInvitations.userId,
        rowNo: roster.rowNo,
        name: roster.name,
        mobile: roster.mobile,
      })
      .from(exchangeInvitations)
      .innerJoin(roster, eq(roster.rowNo, exchangeInvitations.rosterRowNo))
      .where(and(eq(exchangeInvitations.orderId, order.id), eq(exchangeInvitations.status, 'invited')));
    const stamp = now.toISOString().slice(0, 13);
    for (const t of targets) {
      await ctx.notify.enqueue(tx, {
        channel: 'sms',
        to: t.mobile ?? '',
        template: 'exchange_reminder',
        params: {
          name: t.name,
          companyName: order.company?.name ?? order.enterpriseName,
          productName: order.productName,
          windowEnd: order.windowEnd ?? '',
          url: `${ctx.config.publicUrl}/personal`,
        },
        userId: t.userId,
        orgId: order.enterpriseOrgId,
        dedupeKey: `exchange-remind:${order.id}:${t.rowNo}:${stamp}`,
      });
    }
    if (targets.length > 0)
      await tx
        .update(exchangeInvitations)
        .set({ remindedAt: now })
        .where(
          inArray(
            exchangeInvitations.id,
            targets.map((t) => t.invitationId),
          ),
        );
    await tx.update(exchangeOrders).set({ remindedAt: now }).where(eq(exchangeOrders.id, order.id));
    const actor = actorOf(user, ip);
    await addOrderEvent(tx, order.id, actor, 'remind', now, { count: targets.length });
    await recordAudit(tx, actor, {
      action: 'exchange.order_remind',
      entityType: 'exchange_order',
      entityId: order.id,
      detail: { count: targets.length },
    });
    return { reminded: targets.length };
  });
}
