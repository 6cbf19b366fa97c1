import { and, count, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { actorOf, type AuthUser, type DataScope } from '../../../platform/access.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { organizations } from '../../../platform/identity/tables.js';
import { findProductsOfLine } from '../../../modules/products/index.js';
import { normalizeIdNumber } from '../../../modules/policies/index.js';
import { findMemberByIdNumber, findMemberByNo, memberScope, type MemberRow } from '../members-repository.js';
import { unionClaims, unionMembers } from '../tables.js';
import { unionScopeOf } from '../units.js';
import type { z } from 'zod';
import type { ZClaim } from '../member-query-schemas.js';

export type ClaimView = z.output<typeof ZClaim>;

/**
 * 赔付金额 in 元 as typed → 分, exactly: digits with at most two decimals, no rounding (a third
 * decimal is an error, never rounded away). Returns the reason in Chinese when it is not such an
 * amount.
 */
export function yuanToFen(text: string): { ok: true; fen: number } | { ok: false; reason: string } {
  const value = text.trim().replace(/,/g, '');
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) {
    if (/^\d+\.\d{3,}$/.test(value))
      return { ok: false, reason: '赔付金额最多保留两位小数（到分），请核对后重填' };
    return { ok: false, reason: '赔付金额应为以元为单位的数字，如 1234.56' };
  }
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (fen <= 0) return { ok: false, reason: '赔付金额应大于 0' };
  return { ok: true, fen };
}

/** 理赔日期: a real date, not in the future (Beijing day). */
export function checkClaimDate(
  text: string,
  now: Date,
): { ok: true; date: string } | { ok: false; reason: string } {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim().replace(/[/.]/g, '-'));
  if (!m) return { ok: false, reason: '理赔日期格式不正确，应为 2026-01-31 的形式' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return { ok: false, reason: `理赔日期 ${text.trim()} 不存在` };
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (iso > today) return { ok: false, reason: '理赔日期不能晚于今天' };
  return { ok: true, date: iso };
}

/** The member a claim is for, by 身份证号 or 会员编号, inside the scope; null when not found there. */
export async function claimMember(
  ctx: AppContext,
  executor: Executor,
  scope: DataScope,
  key: { memberNo?: string; idNumber?: string },
): Promise<MemberRow | null> {
  if (key.idNumber) return findMemberByIdNumber(executor, ctx.crypto, scope, normalizeIdNumber(key.idNumber));
  if (key.memberNo) return findMemberByNo(executor, scope, key.memberNo);
  return null;
}

export type NewClaim = {
  member: MemberRow;
  claimDate: string;
  product: { id: string; name: string };
  diagnosisCategory: string;
  amountPaidFen: number;
  policyNo: string | null;
  source: 'agency' | 'import';
  importId?: string | null;
};

/** Inserts one claim and its audit row (in the caller's transaction). */
export async function insertClaim(executor: Executor, actor: Actor, claim: NewClaim): Promise<string> {
  const [row] = await executor
    .insert(unionClaims)
    .values({
      memberId: claim.member.id,
      unitOrgId: claim.member.unitOrgId,
      claimDate: claim.claimDate,
      productId: claim.product.id,
      planName: claim.product.name,
      diagnosisCategory: claim.diagnosisCategory,
      amountPaidFen: claim.amountPaidFen,
      policyNo: claim.policyNo,
      source: claim.source,
      importId: claim.importId ?? null,
      createdBy: actor.userId,
    })
    .returning({ id: unionClaims.id });
  await recordAudit(executor, actor, {
    action: 'union.claim.record',
    entityType: 'union_claim',
    entityId: row!.id,
    detail: {
      memberNo: claim.member.memberNo,
      claimDate: claim.claimDate,
      plan: claim.product.name,
      amountPaidFen: claim.amountPaidFen,
      source: claim.source,
    },
  });
  return row!.id;
}

/** The union plans (products of line MUTUAL_AID) by id, code and name. */
export function unionPlans(executor: Executor) {
  return findProductsOfLine(executor, 'MUTUAL_AID');
}

/** 理赔登记 (agency office or HQ): one claim, the amount exact to the fen. */
export async function recordClaim(
  ctx: AppContext,
  user: AuthUser,
  body: {
    memberNo?: string;
    idNumber?: string;
    claimDate: string;
    productId: string;
    diagnosisCategory: string;
    amountPaid: string;
    policyNo?: string;
  },
  ip: string | null,
): Promise<ClaimView> {
  if (!body.memberNo && !body.idNumber)
    throw new AppError('VALIDATION_FAILED', { message: '请填写会员编号或身份证号' });
  const date = checkClaimDate(body.claimDate, ctx.now());
  if (!date.ok) throw new AppError('VALIDATION_FAILED', { message: date.reason });
  const amount = yuanToFen(body.amountPaid);
  if (!amount.ok) throw new AppError('VALIDATION_FAILED', { message: amount.reason });
  if (!body.diagnosisCategory) throw new AppError('VALIDATION_FAILED', { message: '请填写诊断类别' });
  const id = await ctx.db.transaction(async (tx) => {
    const member = await claimMember(ctx, tx, unionScopeOf(user), body);
    if (!member) throw notFound('会员');
    const product = (await unionPlans(tx)).find((p) => p.id === body.productId);
    if (!product) throw new AppError('VALIDATION_FAILED', { message: '保障计划不存在，请重新选择' });
    return insertClaim(tx, actorOf(user, ip), {
      member,
      claimDate: date.date,
      product,
      diagnosisCategory: body.diagnosisCategory,
      amountPaidFen: amount.fen,
      policyNo: body.policyNo || null,
      source: 'agency',
    });
  });
  const [view] = await claimViews(ctx.db, eq(unionClaims.id, id));
  return view!;
}

const claimColumns = {
  id: unionClaims.id,
  memberId: unionClaims.memberId,
  memberNo: unionMembers.memberNo,
  memberName: unionMembers.name,
  idNumberMasked: unionMembers.idNumberMasked,
  unitName: organizations.name,
  claimDate: unionClaims.claimDate,
  productId: unionClaims.productId,
  planName: unionClaims.planName,
  diagnosisCategory: unionClaims.diagnosisCategory,
  amountPaidFen: unionClaims.amountPaidFen,
  policyNo: unionClaims.policyNo,
  source: unionClaims.source,
  createdAt: unionClaims.createdAt,
};

async function claimViews(
  executor: Executor,
  where: ReturnType<typeof and>,
  page?: { limit: number; offset: number },
): Promise<ClaimView[]> {
  const q = executor
    .select(claimColumns)
    .from(unionClaims)
    .innerJoin(unionMembers, eq(unionMembers.id, unionClaims.memberId))
    .leftJoin(organizations, eq(organizations.id, unionClaims.unitOrgId))
    .where(where)
    .orderBy(desc(unionClaims.claimDate), desc(unionClaims.createdAt));
  const rows = page ? await q.limit(page.limit).offset(page.offset) : await q;
  return rows.map((r) => ({
    ...r,
    source: r.source as 'agency' | 'import',
    createdAt: r.createdAt.toISOString(),
  }));
}

/** 理赔历史 of one member (already checked to be in the caller's scope). */
export function listClaimsOfMember(ctx: AppContext, memberId: string): Promise<ClaimView[]> {
  return claimViews(ctx.db, eq(unionClaims.memberId, memberId));
}

/** 理赔记录 inside the user's scope (the member's current unit), newest claim first. */
export async function listClaims(
  ctx: AppContext,
  user: AuthUser,
  query: { memberNo?: string; page: number; pageSize: number },
) {
  const where = and(
    memberScope(unionScopeOf(user)),
    query.memberNo ? eq(unionMembers.memberNo, query.memberNo) : undefined,
  );
  const items = await claimViews(ctx.db, where, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const [total] = await ctx.db
    .select({ n: count() })
    .from(unionClaims)
    .innerJoin(unionMembers, eq(unionMembers.id, unionClaims.memberId))
    .where(where);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
