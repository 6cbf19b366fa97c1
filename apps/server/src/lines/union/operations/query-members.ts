import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { organizations } from '../../../platform/identity/tables.js';
import { findApplications, policyNumbersOf } from '../../../modules/applications/index.js';
import { findProductNames } from '../../../modules/products/index.js';
import { normalizeIdNumber } from '../../../modules/policies/index.js';
import { findMemberById, memberScope, memberSelect, type MemberRow } from '../members-repository.js';
import { unionMembers } from '../tables.js';
import { unionScopeOf } from '../units.js';
import { listClaimsOfMember } from './record-claim.js';
import type { z } from 'zod';
import type { ZMemberHistory, ZMemberQueryItem } from '../member-query-schemas.js';

export type MemberQueryItem = z.output<typeof ZMemberQueryItem>;

/** A member as the query shows it: ID number and mobile masked (full view only by reveal). */
export function toQueryItem(row: MemberRow): MemberQueryItem {
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
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * 会员信息查询 (MA-6) by 会员编号, 姓名 or 身份证号 (exact; the ID number by its blind index),
 * inside the user's scope: a base unit finds only its members, an agency office its units'.
 */
export async function queryMembers(
  ctx: AppContext,
  user: AuthUser,
  query: { memberNo?: string; name?: string; idNumber?: string },
): Promise<MemberQueryItem[]> {
  const conditions: SQL[] = [];
  if (query.memberNo) conditions.push(eq(unionMembers.memberNo, query.memberNo));
  if (query.name) conditions.push(eq(unionMembers.name, query.name));
  if (query.idNumber)
    conditions.push(eq(unionMembers.idNumberIdx, ctx.crypto.blindIndex(normalizeIdNumber(query.idNumber))));
  if (conditions.length === 0)
    throw new AppError('VALIDATION_FAILED', { message: '请输入会员编号、姓名或身份证号后再查询' });
  const rows = (await memberSelect(ctx.db)
    .where(and(memberScope(unionScopeOf(user)), ...conditions))
    .orderBy(desc(unionMembers.createdAt))
    .limit(100)) as MemberRow[];
  return rows.map(toQueryItem);
}

async function memberOr404(ctx: AppContext, user: AuthUser, id: string): Promise<MemberRow> {
  const row = await findMemberById(ctx.db, unionScopeOf(user), id);
  if (!row) throw notFound('会员');
  return row;
}

/**
 * A member's details with 投保历史 (the union applications whose applicant is this person, by
 * blind index, inside the user's scope) and 理赔历史 (union_claims).
 */
export async function memberHistory(
  ctx: AppContext,
  user: AuthUser,
  id: string,
): Promise<z.output<typeof ZMemberHistory>> {
  const member = await memberOr404(ctx, user, id);
  const list = await findApplications(ctx.db, unionScopeOf(user), {
    line: 'MUTUAL_AID',
    applicantIdNumberIdx: member.idNumberIdx,
    limit: 200,
  });
  const [names, policyNos] = await Promise.all([
    findProductNames(
      ctx.db,
      list.map((a) => a.productId),
    ),
    policyNumbersOf(ctx.db, list),
  ]);
  const orgIds = [...new Set(list.map((a) => a.orgId).filter((x): x is string => !!x))];
  const orgRows =
    orgIds.length === 0
      ? []
      : await ctx.db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.id, orgIds));
  const orgNames = new Map(orgRows.map((o) => [o.id, o.name]));
  const claims = await listClaimsOfMember(ctx, member.id);
  return {
    member: toQueryItem(member),
    applications: list.map((a) => ({
      applicationNo: a.applicationNo,
      status: a.status,
      productId: a.productId,
      planName: names.get(a.productId) ?? '',
      copies: typeof a.details.copies === 'number' ? a.details.copies : null,
      premiumFen: a.premiumFen,
      policyNo: a.policyId ? (policyNos.get(a.policyId) ?? null) : null,
      unitName: a.orgId ? (orgNames.get(a.orgId) ?? null) : null,
      createdAt: a.createdAt.toISOString(),
    })),
    claims,
  };
}

/** The member's full ID number and mobile, for a user whose scope holds the member — audited (pii.view). */
export async function revealMember(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  ip: string | null,
): Promise<{ idNumber: string; mobile: string | null }> {
  return ctx.db.transaction(async (tx) => {
    const member = await findMemberById(tx, unionScopeOf(user), id);
    if (!member) throw notFound('会员');
    await recordAudit(tx, actorOf(user, ip), {
      action: 'pii.view',
      entityType: 'union_member',
      entityId: member.id,
      detail: { memberNo: member.memberNo, fields: ['idNumber', ...(member.mobileEnc ? ['mobile'] : [])] },
    });
    return {
      idNumber: ctx.crypto.decrypt(member.idNumberEnc),
      mobile: member.mobileEnc ? ctx.crypto.decrypt(member.mobileEnc) : null,
    };
  });
}
