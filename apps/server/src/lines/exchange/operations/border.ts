import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { exchangeInvitations, exchangeOrders } from '../tables.js';
import { findRosterPeople } from '../../../modules/rosters/index.js';
import { orderRosterSubject } from '../roster-template.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { getOrder } from '../repository.js';
import { INVITATION_STATUSES, type InvitationStatus } from '../statuses.js';
import { toOrderView, type OrderView } from '../views.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type InsurerRosterEntry = {
  rowNo: number;
  name: string;
  idType: string;
  idNumber: string;
  gender: string | null;
  birthDate: string | null;
  mobile: string;
  extra: Record<string, string>;
  userId: string | null;
};

/**
 * An order sent to this insurer, with its full roster (ID numbers decrypted: the insurer
 * underwrites), for the insurer API; null when the order is not this insurer's or not sent yet.
 */
export async function getOrderForInsurer(
  ctx: AppContext,
  insurerOrgId: string,
  orderNo: string,
): Promise<{ order: OrderView; roster: InsurerRosterEntry[] } | null> {
  const [row] = await ctx.db
    .select({ id: exchangeOrders.id })
    .from(exchangeOrders)
    .where(
      and(
        eq(exchangeOrders.orderNo, orderNo),
        eq(exchangeOrders.insurerOrgId, insurerOrgId),
        inArray(exchangeOrders.status, ['sent', 'passed', 'failed']),
      ),
    )
    .limit(1);
  if (!row) return null;
  const order = await getOrder(ctx.db, { kind: 'all' }, row.id);
  const roster = await findRosterPeople(ctx.db, orderRosterSubject(row.id));
  return {
    order: toOrderView(order),
    roster: roster.map((r) => ({
      rowNo: r.rowNo,
      name: r.name,
      idType: r.idType,
      idNumber: ctx.crypto.decrypt(r.idNumberEnc),
      gender: r.gender,
      birthDate: r.birthDate,
      mobile: r.mobile ?? '',
      extra: r.extra,
      userId: r.userId,
    })),
  };
}

export type UserInvitation = {
  invitationId: string;
  orderId: string;
  orderNo: string;
  enterpriseOrgId: string;
  productId: string;
  productVersionId: string;
  insurerOrgId: string;
  windowStart: string;
  windowEnd: string;
  invitationCode: string | null;
  status: InvitationStatus;
  createdAt: Date;
};

/** A user's invitations (待处理订单), newest first. */
export async function findInvitationsForUser(ctx: AppContext, userId: string): Promise<UserInvitation[]> {
  if (!UUID.test(userId)) return [];
  const rows = await ctx.db
    .select({
      invitationId: exchangeInvitations.id,
      orderId: exchangeOrders.id,
      orderNo: exchangeOrders.orderNo,
      enterpriseOrgId: exchangeOrders.enterpriseOrgId,
      productId: exchangeOrders.productId,
      productVersionId: exchangeOrders.productVersionId,
      insurerOrgId: exchangeOrders.insurerOrgId,
      windowStart: exchangeOrders.windowStart,
      windowEnd: exchangeOrders.windowEnd,
      invitationCode: exchangeOrders.invitationCode,
      status: exchangeInvitations.status,
      createdAt: exchangeInvitations.createdAt,
    })
    .from(exchangeInvitations)
    .innerJoin(exchangeOrders, eq(exchangeOrders.id, exchangeInvitations.orderId))
    .where(and(eq(exchangeInvitations.userId, userId), eq(exchangeOrders.status, 'passed')))
    .orderBy(desc(exchangeInvitations.createdAt));
  return rows.map((r) => ({
    ...r,
    windowStart: r.windowStart ?? '',
    windowEnd: r.windowEnd ?? '',
    status: r.status as InvitationStatus,
  }));
}

/** Moves an invitation to applied / issued / declined (or back to invited), inside the caller's transaction. */
export async function markInvitation(
  ctx: AppContext,
  executor: Executor,
  invitationId: string,
  status: InvitationStatus,
): Promise<void> {
  if (!(INVITATION_STATUSES as readonly string[]).includes(status))
    throw new AppError('VALIDATION_FAILED', { message: '邀请状态不正确' });
  if (!UUID.test(invitationId)) throw notFound('投保邀请');
  const updated = await executor
    .update(exchangeInvitations)
    .set({ status })
    .where(eq(exchangeInvitations.id, invitationId))
    .returning({ id: exchangeInvitations.id });
  if (updated.length === 0) throw notFound('投保邀请');
  void ctx;
}
