import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { auditLog } from '../../../platform/audit/tables.js';
import { exchangeOrders } from '../tables.js';
import { countRosterPeople, findRosterPeople, linkRosterPeople } from '../../../modules/rosters/index.js';
import { orderRosterSubject } from '../roster-template.js';
import { organizations } from '../../../platform/identity/tables.js';
import { findProductNames } from '../../../modules/products/index.js';
import { recordAudit, SYSTEM_ACTOR } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import type { JobContext, JobResult } from '../../../platform/jobs/index.js';
import {
  chooseIndividualUsernames,
  createIndividualAccounts,
  findIndividualsByIdIndex,
  generateInitialPassword,
} from '../../../modules/accounts/index.js';
import { hashInitialPasswords } from '../initial-passwords.js';

/** The job that opens the employees' personal accounts and invitations after a pass. */
export const INVITE_JOB_TYPE = 'exchange.invite';

// Rows per transaction: big enough for multi-row statements, small enough to keep locks short.
const CHUNK = 1000;

type RosterRow = {
  rowNo: number;
  name: string;
  idNumberEnc: string;
  idNumberIdx: string;
  idNumberMasked: string;
  gender: string | null;
  birthDate: string | null;
  mobile: string;
};

type OrderInfo = {
  id: string;
  orderNo: string;
  enterpriseOrgId: string;
  productName: string;
  insurerName: string;
  companyName: string;
  windowStart: string;
  windowEnd: string;
};

/**
 * One chunk, all-or-nothing: existing individual accounts with the same ID number are reused,
 * the others are created with an initial password; the roster's people are linked to the accounts (modules/rosters),
 * the invitations inserted and the SMS queued (dedupe key per order and roster row). A roster
 * row with a user is therefore finished, and a rerun skips it: nothing is created twice.
 */
async function inviteChunk(
  ctx: AppContext,
  tx: Executor,
  order: OrderInfo,
  rows: RosterRow[],
): Promise<{ created: number; reused: number }> {
  const byIdx = await findIndividualsByIdIndex(tx, [...new Set(rows.map((r) => r.idNumberIdx))]);

  // The same person twice in one chunk gets one account.
  const fresh: RosterRow[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (byIdx.has(r.idNumberIdx) || seen.has(r.idNumberIdx)) continue;
    seen.add(r.idNumberIdx);
    fresh.push(r);
  }
  const usernames = await chooseIndividualUsernames(tx, fresh.length);
  const passwords = usernames.map((u) => generateInitialPassword(u));
  const hashes = await hashInitialPasswords(passwords);
  const passwordByIdx = new Map<string, string>();
  const created = await createIndividualAccounts(
    tx,
    fresh.map((r, i) => ({ ...r, username: usernames[i]!, passwordHash: hashes[i]! })),
    ctx.now(),
  );
  fresh.forEach((r, i) => passwordByIdx.set(r.idNumberIdx, passwords[i]!));
  for (const [idx, account] of created) byIdx.set(idx, account);

  const links = rows.map((r) => ({ row_no: r.rowNo, user_id: byIdx.get(r.idNumberIdx)!.id }));
  await linkRosterPeople(
    tx,
    orderRosterSubject(order.id),
    links.map((l) => ({ rowNo: l.row_no, userId: l.user_id })),
  );
  await tx.execute(sql`
    insert into exchange_invitations (order_id, user_id, roster_row_no, status, created_at)
    select ${order.id}::uuid, x.user_id, x.row_no, 'invited', ${ctx.now().toISOString()}::timestamptz
    from json_to_recordset(${JSON.stringify(links)}::json) as x(row_no integer, user_id uuid)
    on conflict (order_id, user_id) do nothing`);

  // One statement for the chunk's SMS (de-duplicated per order and roster row).
  const url = `${ctx.config.publicUrl}/personal`;
  await ctx.notify.enqueueMany(
    tx,
    rows.map((r) => {
      const account = byIdx.get(r.idNumberIdx)!;
      const password = passwordByIdx.get(r.idNumberIdx);
      // A row of a reused account (or the second row of one person) does not carry a password.
      if (password !== undefined) passwordByIdx.delete(r.idNumberIdx);
      return {
        channel: 'sms' as const,
        to: r.mobile,
        template: password !== undefined ? 'exchange_invitation' : 'exchange_invitation_existing',
        params: {
          name: r.name,
          companyName: order.companyName,
          productName: order.productName,
          insurerName: order.insurerName,
          windowStart: order.windowStart,
          windowEnd: order.windowEnd,
          username: account.username,
          url,
          ...(password !== undefined ? { password } : {}),
        },
        userId: account.id,
        orgId: order.enterpriseOrgId,
        dedupeKey: `exchange-invite:${order.id}:${r.rowNo}`,
      };
    }),
  );

  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'exchange.invite_batch',
    entityType: 'exchange_order',
    entityId: order.id,
    detail: {
      orderNo: order.orderNo,
      rows: rows.length,
      created: fresh.length,
      reused: rows.length - fresh.length,
    },
  });
  return { created: fresh.length, reused: rows.length - fresh.length };
}

/**
 * Accounts created and reused for an order over every run of its job: each committed chunk's
 * audit row carries its counts (same transaction as the chunk), so an interrupted run's chunks
 * count too — an in-memory counter would report only the last run ("created 12,000" of 20,000).
 */
async function invitedSoFar(ctx: AppContext, orderId: string): Promise<{ created: number; reused: number }> {
  const [sums] = await ctx.db
    .select({
      created: sql<number>`coalesce(sum((${auditLog.detail}->>'created')::int), 0)::int`,
      reused: sql<number>`coalesce(sum((${auditLog.detail}->>'reused')::int), 0)::int`,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'exchange.invite_batch'),
        eq(auditLog.entityType, 'exchange_order'),
        eq(auditLog.entityId, orderId),
      ),
    );
  return { created: sums?.created ?? 0, reused: sums?.reused ?? 0 };
}

/**
 * Job handler: opens the personal accounts of a passed order's roster, chunk by chunk, with
 * progress. Safe to retry: every chunk is one transaction and finished rows are skipped.
 */
export async function runInviteJob(
  ctx: AppContext,
  job: JobContext,
  options: { chunkRows?: number } = {},
): Promise<JobResult> {
  const chunkRows = Math.max(1, options.chunkRows ?? CHUNK);
  const orderId = String(job.payload.orderId ?? '');
  const [order] = await ctx.db
    .select({
      id: exchangeOrders.id,
      orderNo: exchangeOrders.orderNo,
      status: exchangeOrders.status,
      enterpriseOrgId: exchangeOrders.enterpriseOrgId,
      company: exchangeOrders.company,
      windowStart: exchangeOrders.windowStart,
      windowEnd: exchangeOrders.windowEnd,
      productId: exchangeOrders.productId,
      insurerName: sql<string>`(select name from ${organizations} where id = ${exchangeOrders.insurerOrgId})`,
      enterpriseName: sql<string>`(select name from ${organizations} where id = ${exchangeOrders.enterpriseOrgId})`,
    })
    .from(exchangeOrders)
    .where(eq(exchangeOrders.id, orderId))
    .limit(1);
  if (!order) throw new AppError('NOT_FOUND', { message: '订单不存在' });
  if (order.status !== 'passed')
    throw new AppError('INVALID_STATE', { message: '订单未通过预核保，不能开通员工账号' });
  const info: OrderInfo = {
    id: order.id,
    orderNo: order.orderNo,
    enterpriseOrgId: order.enterpriseOrgId,
    productName: (await findProductNames(ctx.db, [order.productId])).get(order.productId) ?? '',
    insurerName: order.insurerName ?? '',
    companyName: order.company?.name ?? order.enterpriseName ?? '',
    windowStart: order.windowStart ?? '',
    windowEnd: order.windowEnd ?? '',
  };
  const totals = await countRosterPeople(ctx.db, orderRosterSubject(orderId));
  const total = totals.total;
  let done = totals.linked;
  await job.progress(done, total);
  for (;;) {
    const result = await ctx.db.transaction(async (tx) => {
      // Locked rows of a concurrent run are re-checked after the wait and skipped when linked.
      const people = await findRosterPeople(tx, orderRosterSubject(orderId), {
        unlinked: true,
        limit: chunkRows,
        forUpdate: true,
      });
      const rows = people.map((p) => ({ ...p, mobile: p.mobile ?? '' }));
      if (rows.length === 0) return null;
      await inviteChunk(ctx, tx, info, rows);
      return { rows: rows.length };
    });
    if (!result) break;
    done += result.rows;
    await job.progress(done, total);
  }
  return { result: { orderId, total, ...(await invitedSoFar(ctx, orderId)) } };
}
