import { inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { AuthUser } from '../../../platform/access.js';
import { actorOf, assertRole } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { unionMembers } from '../tables.js';
import { AGENCY_ROLES, BASE_ROLES, HQ_ROLES } from '../units.js';
import type { MemberSearch } from '../members-schemas.js';
import { lockSearchIds, memberSearchCondition } from './list-members.js';

/** The words the user types to confirm 【全部删除】 (the seed: 输入全部删除四个汉字). */
export const DELETE_ALL_WORDS = '全部删除';

const CHUNK = 5000;

async function inChunks(ids: string[], run: (chunk: string[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await run(ids.slice(i, i + CHUNK));
}

type Action = {
  roles: readonly AuthUser['role'][];
  from: readonly ('new' | 'returned' | 'submitted')[];
  audit: string;
  apply: (ctx: AppContext, tx: Executor, ids: string[], user: AuthUser) => Promise<unknown>;
};

async function bySearch(
  ctx: AppContext,
  user: AuthUser,
  search: MemberSearch,
  ip: string | null,
  action: Action,
  detail: Record<string, unknown> = {},
): Promise<{ count: number }> {
  assertRole(user, action.roles);
  return ctx.db.transaction(async (tx) => {
    const where = await memberSearchCondition(ctx, tx, user, search);
    if (!where) return { count: 0 };
    const ids = await lockSearchIds(tx, where, action.from);
    if (ids.length === 0) return { count: 0 };
    await action.apply(ctx, tx, ids, user);
    await recordAudit(tx, actorOf(user, ip), {
      action: action.audit,
      entityType: 'union_member',
      ...(ids.length === 1 ? { entityId: ids[0]! } : {}),
      detail: { count: ids.length, search, ...detail, memberIds: ids.slice(0, 200) },
    });
    return { count: ids.length };
  });
}

/** 【当前查询结果上报】 (base unit): every 新建/打回 member of the search goes to 上报. */
export function submitSearch(ctx: AppContext, user: AuthUser, search: MemberSearch, ip: string | null) {
  return bySearch(ctx, user, search, ip, {
    roles: BASE_ROLES,
    from: ['new', 'returned'],
    audit: 'union.member_submit',
    apply: (_ctx, tx, ids) =>
      inChunks(ids, (chunk) =>
        tx
          .update(unionMembers)
          .set({ status: 'submitted', returnReason: null, submittedAt: ctx.now(), updatedAt: ctx.now() })
          .where(inArray(unionMembers.id, chunk)),
      ),
  });
}

/** 财务确认 (agency office / HQ): every 上报 member of the search is confirmed (can be insured). */
export function confirmSearch(ctx: AppContext, user: AuthUser, search: MemberSearch, ip: string | null) {
  return bySearch(ctx, user, search, ip, {
    roles: [...AGENCY_ROLES, ...HQ_ROLES],
    from: ['submitted'],
    audit: 'union.member_confirm',
    apply: (_ctx, tx, ids, u) =>
      inChunks(ids, (chunk) =>
        tx
          .update(unionMembers)
          .set({ status: 'confirmed', confirmedAt: ctx.now(), confirmedBy: u.id, updatedAt: ctx.now() })
          .where(inArray(unionMembers.id, chunk)),
      ),
  });
}

/** 【当前查询结果打回】 (agency office / HQ): every 上报 member of the search back to the unit, with the reason. */
export function returnSearch(
  ctx: AppContext,
  user: AuthUser,
  search: MemberSearch,
  reason: string,
  ip: string | null,
) {
  return bySearch(
    ctx,
    user,
    search,
    ip,
    {
      roles: [...AGENCY_ROLES, ...HQ_ROLES],
      from: ['submitted'],
      audit: 'union.member_return',
      apply: (_ctx, tx, ids) =>
        inChunks(ids, (chunk) =>
          tx
            .update(unionMembers)
            .set({ status: 'returned', returnReason: reason, updatedAt: ctx.now() })
            .where(inArray(unionMembers.id, chunk)),
        ),
    },
    { reason },
  );
}

/** 【全部删除】 (base unit): the search's 新建 members, only after the typed 全部删除. */
export function deleteSearch(
  ctx: AppContext,
  user: AuthUser,
  search: MemberSearch,
  confirm: string,
  ip: string | null,
) {
  if (confirm !== DELETE_ALL_WORDS)
    throw new AppError('VALIDATION_FAILED', {
      message: `请输入“${DELETE_ALL_WORDS}”四个汉字确认，未删除任何会员`,
      details: { field: 'confirm' },
    });
  return bySearch(ctx, user, search, ip, {
    roles: BASE_ROLES,
    from: ['new'],
    audit: 'union.member_delete_all',
    apply: (_ctx, tx, ids) =>
      inChunks(ids, (chunk) => tx.delete(unionMembers).where(inArray(unionMembers.id, chunk))),
  });
}
