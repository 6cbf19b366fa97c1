import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { countPendingListings } from '../../../modules/products/index.js';
import { countOrdersByStatus } from '../repository.js';
import type { OrderStatus } from '../statuses.js';
import { exchangeRegistrations } from '../tables.js';

export type PendingWork = {
  /** 注册登记审核: registrations awaiting a decision. */
  registrationsPending: number;
  /** 挂牌交易审核 and 挂牌变更审核: product versions awaiting review. */
  listingsPending: number;
  listingChangesPending: number;
  /** 投保处理: orders per status (submitted = awaiting 预核保, sent = awaiting the insurer's answer). */
  orders: Record<OrderStatus, number>;
};

/** The exchange admin's home: counts of the work waiting in each review list, read when the home opens. */
export async function pendingWork(ctx: AppContext, user: AuthUser): Promise<PendingWork> {
  assertRole(user, ['exchange_admin']);
  const [registrations] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(exchangeRegistrations)
    .where(eq(exchangeRegistrations.status, 'pending'));
  const listings = await countPendingListings(ctx);
  return {
    registrationsPending: registrations?.n ?? 0,
    listingsPending: listings.listing,
    listingChangesPending: listings.change,
    orders: await countOrdersByStatus(ctx.db, scopeOf(user)),
  };
}
