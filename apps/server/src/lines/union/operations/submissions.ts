import type { ApplicationStatus } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/audit/index.js';
import type { AuthUser } from '../../../platform/access.js';
import { AppError } from '../../../platform/errors.js';
import {
  moveOrgApplications,
  searchOrgApplications,
  totalOrgApplications,
  type ApplicationRecord,
  type OrgApplicationSearch,
} from '../../../modules/applications/index.js';
import { findProductNames } from '../../../modules/products/index.js';
import { findPolicies } from '../../../modules/policies/index.js';
import { AGENCY_ROLES, HQ_ROLES, unionScopeOf } from '../units.js';
import { UNION_LINE } from '../product-content.js';
import type { Submission, SubmissionSearch } from '../chain-schemas.js';
import { unitInScope, unitsByOrgIds } from './unit-lookup.js';
import { enqueueCertificates } from './issue-certificates.js';

const isHq = (user: AuthUser) => (HQ_ROLES as readonly string[]).includes(user.role);
const isAgency = (user: AuthUser) => (AGENCY_ROLES as readonly string[]).includes(user.role);

/** 上报 at the agency office, 代办处已上报 at HQ: what each level works on. */
export function defaultStatusOf(user: AuthUser): ApplicationStatus {
  return isHq(user) ? 'underwriting' : 'submitted';
}

async function searchOf(
  ctx: AppContext,
  user: AuthUser,
  input: SubmissionSearch,
): Promise<OrgApplicationSearch & { status: ApplicationStatus }> {
  const unit = input.unitNo ? await unitInScope(ctx.db, unionScopeOf(user), input.unitNo) : null;
  return {
    line: UNION_LINE,
    status: input.status ?? defaultStatusOf(user),
    productId: input.productId ?? null,
    orgId: unit?.orgId ?? null,
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}

/** The rows of the units' applications as the agency office and HQ see them (masked). */
export async function submissionViews(ctx: AppContext, rows: ApplicationRecord[]): Promise<Submission[]> {
  const [units, products, policies] = await Promise.all([
    unitsByOrgIds(
      ctx.db,
      rows.map((r) => r.orgId),
    ),
    findProductNames(
      ctx.db,
      rows.map((r) => r.productId),
    ),
    findPolicies(
      ctx.db,
      rows.map((r) => r.policyId).filter((x): x is string => !!x),
    ),
  ]);
  return rows.map((r) => {
    const unit = r.orgId ? units.get(r.orgId) : undefined;
    const copies = r.details.copies;
    return {
      applicationNo: r.applicationNo,
      status: r.status,
      unitOrgId: r.orgId,
      unitNo: unit?.unitNo ?? null,
      unitName: unit?.name ?? null,
      productId: r.productId,
      productName: products.get(r.productId) ?? null,
      memberNo: str(r.details.memberNo),
      name: r.applicant.name,
      idNumberMasked: r.applicant.idNumberMasked,
      gender: r.applicant.gender,
      copies: typeof copies === 'number' && Number.isInteger(copies) ? copies : null,
      premiumFen: r.premiumFen,
      expectedEffectiveDate: str(r.details.expectedEffectiveDate),
      returnReason: r.status === 'returned' ? str(r.details.returnReason) : null,
      policyNo: policies.find((p) => p.id === r.policyId)?.policyNo ?? null,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** Above this many matches the list says "more than" (【汇总金额】 gives the exact figures). */
export const SUBMISSIONS_COUNT_UP_TO = 10_000;

/** GET /api/union/submissions: a page of the search with its total count (bounded). */
export async function listSubmissions(
  ctx: AppContext,
  user: AuthUser,
  input: SubmissionSearch & { page: number; pageSize: number },
) {
  const search = await searchOf(ctx, user, input);
  const page = await searchOrgApplications(ctx.db, unionScopeOf(user), search, {
    ...input,
    countUpTo: SUBMISSIONS_COUNT_UP_TO,
  });
  return {
    items: await submissionViews(ctx, page.items),
    total: page.total,
    totalExact: page.totalExact,
    page: input.page,
    pageSize: input.pageSize,
    status: search.status,
  };
}

/** 【汇总金额】: amount and head-count of everything the current search matches. */
export async function submissionTotals(ctx: AppContext, user: AuthUser, input: SubmissionSearch) {
  const search = await searchOf(ctx, user, input);
  return { status: search.status, ...(await totalOrgApplications(ctx.db, unionScopeOf(user), search)) };
}

function nothingMatched(): AppError {
  return new AppError('VALIDATION_FAILED', { message: '当前查询结果中没有可处理的投保信息，请先【搜索】' });
}

/** 【当前查询结果上报】 at the agency office: every 上报 row of the search → 代办处已上报 (awaiting 财务确认). */
export async function passSearch(ctx: AppContext, user: AuthUser, actor: Actor, input: SubmissionSearch) {
  if (!isAgency(user)) throw new AppError('FORBIDDEN', { message: '只有代办处可以上报基层单位的投保信息' });
  if (input.status && input.status !== 'submitted')
    throw new AppError('INVALID_STATE', { message: '只能上报状态为「上报」的投保信息' });
  const search = await searchOf(ctx, user, { ...input, status: 'submitted' });
  const moved = await ctx.db.transaction((tx) =>
    moveOrgApplications(tx, actor, unionScopeOf(user), search, 'underwriting'),
  );
  if (!moved.length) throw nothingMatched();
  return { moved: moved.length };
}

/**
 * 【当前查询结果打回】 with a reason, which the base unit sees on each returned row: the agency
 * office returns 上报 rows, HQ 上报 or 代办处已上报 ones.
 */
export async function returnSearch(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  input: SubmissionSearch & { reason: string },
) {
  const status = input.status ?? defaultStatusOf(user);
  const allowed: ApplicationStatus[] = isHq(user) ? ['submitted', 'underwriting'] : ['submitted'];
  if (!allowed.includes(status))
    throw new AppError('INVALID_STATE', {
      message: isHq(user)
        ? '只能打回状态为「上报」或「代办处已上报」的投保信息'
        : '只能打回状态为「上报」的投保信息',
    });
  const search = await searchOf(ctx, user, { ...input, status });
  const moved = await ctx.db.transaction((tx) =>
    moveOrgApplications(tx, actor, unionScopeOf(user), search, 'returned', {
      details: { returnReason: input.reason, returnedAt: ctx.now().toISOString(), returnedBy: actor.name },
    }),
  );
  if (!moved.length) throw nothingMatched();
  return { moved: moved.length };
}

/**
 * 财务确认 at HQ: every 代办处已上报 row of the search is accepted, and one background task (我的任务)
 * issues each member's policy and 电子保障凭证 — queued in the same transaction.
 */
export async function confirmSearch(ctx: AppContext, user: AuthUser, actor: Actor, input: SubmissionSearch) {
  if (!isHq(user)) throw new AppError('FORBIDDEN', { message: '只有总会财务可以确认' });
  if (input.status && input.status !== 'underwriting')
    throw new AppError('INVALID_STATE', { message: '只能确认状态为「代办处已上报」的投保信息' });
  const search = await searchOf(ctx, user, { ...input, status: 'underwriting' });
  return ctx.db.transaction(async (tx) => {
    const moved = await moveOrgApplications(tx, actor, unionScopeOf(user), search, 'accepted', {
      decision: 'accept',
      decidedAt: ctx.now(),
    });
    if (!moved.length) throw nothingMatched();
    const taskId = await enqueueCertificates(ctx, tx, {
      applicationIds: moved.map((m) => m.id),
      ownerUserId: user.id,
      orgId: user.orgId,
    });
    return { moved: moved.length, taskId };
  });
}
