import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isMemberEditable, toHalfWidth } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { AuthUser } from '../../../platform/access.js';
import { memberScope, memberSelect, type MemberRow } from '../members-repository.js';
import { unionMembers } from '../tables.js';
import { BASE_ROLES, findUnitByNo, unionScopeOf } from '../units.js';
import type { MemberSearch, MemberView } from '../members-schemas.js';

/** A member as the 入会管理 table shows it: ID number and mobile masked, the 打回 reason on its row. */
export function memberView(row: MemberRow): MemberView {
  return {
    id: row.id,
    memberNo: row.memberNo,
    unitNo: row.unitNo,
    unitName: row.unitName,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    gender: row.gender,
    birthDate: row.birthDate,
    mobileMasked: row.mobileMasked,
    extra: row.extra,
    status: row.status,
    returnReason: row.status === 'returned' ? row.returnReason : null,
    overAge: row.overAgeFileId !== null,
    editable: isMemberEditable(row.status),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The WHERE condition of an 入会管理 search inside the user's scope (the list and every
 * 当前查询结果 action use the same one). The ID number matches exactly through its blind index;
 * 单位编号 filters only for agency offices and HQ (a base unit has one unit). `null` when the
 * search cannot match anything (an unknown 单位编号).
 */
export async function memberSearchCondition(
  ctx: AppContext,
  executor: Executor,
  user: AuthUser,
  search: MemberSearch,
): Promise<SQL | null> {
  const parts: SQL[] = [memberScope(unionScopeOf(user))];
  if (search.status) parts.push(eq(unionMembers.status, search.status));
  if (search.memberNo) parts.push(eq(unionMembers.memberNo, search.memberNo));
  if (search.name)
    parts.push(sql`${unionMembers.name} like ${'%' + search.name.replace(/[\\%_]/g, '\\$&') + '%'}`);
  if (search.idNumber) {
    const id = toHalfWidth(search.idNumber).trim().toUpperCase();
    parts.push(eq(unionMembers.idNumberIdx, ctx.crypto.blindIndex(id)));
  }
  if (search.unitNo && !(BASE_ROLES as readonly string[]).includes(user.role)) {
    const unit = await findUnitByNo(executor, search.unitNo);
    if (!unit) return null;
    parts.push(eq(unionMembers.unitOrgId, unit.orgId));
  }
  return and(...parts)!;
}

export async function listMembers(
  ctx: AppContext,
  user: AuthUser,
  query: MemberSearch & { page: number; pageSize: number },
): Promise<{ items: MemberView[]; total: number; page: number; pageSize: number }> {
  const where = await memberSearchCondition(ctx, ctx.db, user, query);
  if (!where) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const [totalRow] = await ctx.db.select({ n: count() }).from(unionMembers).where(where);
  const rows = (await memberSelect(ctx.db)
    .where(where)
    .orderBy(desc(unionMembers.createdAt), desc(unionMembers.memberNo))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)) as MemberRow[];
  return { items: rows.map(memberView), total: totalRow?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Ids of the members a search selects in the given states, locked for the caller's transaction. */
export async function lockSearchIds(
  executor: Executor,
  where: SQL,
  states: readonly MemberRow['status'][],
): Promise<string[]> {
  const rows = await executor
    .select({ id: unionMembers.id })
    .from(unionMembers)
    .where(and(where, inArray(unionMembers.status, [...states])))
    .for('update');
  return rows.map((r) => r.id);
}
