import type { ApplicationStatus, Line } from '@policyhub/domain';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { scopeCondition, type DataScope } from '../../../platform/access.js';
import { applications } from '../tables.js';
import { toApplicationRecord } from '../repository.js';
import type { ApplicationRecord } from '../types.js';
import { assertApplicationMove } from './move-application.js';

/**
 * A search over the applications an organization tree owns (the union's 投保管理 at a base unit,
 * an agency office or HQ): line, status, product and owning organization (one unit), inside the
 * data scope on the owning organization only (never the insurer's side).
 */
export type OrgApplicationSearch = {
  line: Line;
  /** One status, or several (the base unit's 新建 + 打回, its 全部). */
  status: ApplicationStatus | readonly ApplicationStatus[];
  productId?: string | null;
  orgId?: string | null;
  /** The applicant's blind index (a member's ID number). */
  applicantIdNumberIdx?: string;
  /** Any of these applicants' blind indexes (a batch check loads its members' applications). */
  applicantIdNumberIdxIn?: readonly string[];
  /** Equality on top-level string keys of `details` (memberNo, expectedEffectiveDate). */
  details?: Record<string, string>;
  ids?: readonly string[];
};

const NO_ID = '00000000-0000-0000-0000-000000000000';

const statusesOf = (search: OrgApplicationSearch): readonly ApplicationStatus[] =>
  typeof search.status === 'string' ? [search.status] : search.status;

function whereOf(scope: DataScope, search: OrgApplicationSearch): SQL {
  const statuses = statusesOf(search);
  return and(
    scopeCondition(scope, { orgIdColumn: applications.orgId }),
    eq(applications.line, search.line),
    statuses.length === 1
      ? eq(applications.status, statuses[0]!)
      : inArray(applications.status, [...statuses]),
    search.productId ? eq(applications.productId, search.productId) : undefined,
    search.orgId ? eq(applications.orgId, search.orgId) : undefined,
    search.applicantIdNumberIdx
      ? eq(applications.applicantIdNumberIdx, search.applicantIdNumberIdx)
      : undefined,
    search.applicantIdNumberIdxIn
      ? inArray(
          applications.applicantIdNumberIdx,
          search.applicantIdNumberIdxIn.length ? [...search.applicantIdNumberIdxIn] : [''],
        )
      : undefined,
    ...Object.entries(search.details ?? {}).map(
      ([key, value]) => sql`${applications.details} ->> ${key} = ${value}`,
    ),
    search.ids ? inArray(applications.id, search.ids.length ? [...search.ids] : [NO_ID]) : undefined,
  )!;
}

/**
 * One page of a search, grouped by owning organization and product, newest first inside them —
 * the order of applications_org_status_idx (org, status, product, created), so the first page is
 * read from the index in order and stops after `pageSize` rows however many match.
 */
export async function searchOrgApplications(
  executor: Executor,
  scope: DataScope,
  search: OrgApplicationSearch,
  page: { page: number; pageSize: number; countUpTo?: number },
): Promise<{ items: ApplicationRecord[]; total: number; totalExact: boolean }> {
  const where = whereOf(scope, search);
  const rows = await executor
    .select()
    .from(applications)
    .where(where)
    .orderBy(desc(applications.orgId), desc(applications.productId), desc(applications.createdAt))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const items = rows.map(toApplicationRecord);
  if (page.countUpTo !== undefined) {
    // A bounded count: an agency office over a million rows needs "more than N", not the exact
    // number, and counting every row cost more than the page itself (357 ms over 1M).
    const limit = page.countUpTo;
    const first = executor
      .select({ one: sql`1`.as('one') })
      .from(applications)
      .where(where)
      .limit(limit + 1)
      .as('first');
    const [row] = await executor.select({ n: sql<number>`count(*)::int`.mapWith(Number) }).from(first);
    const n = row?.n ?? 0;
    return { items, total: Math.min(n, limit), totalExact: n <= limit };
  }
  const [count] = await executor
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(applications)
    .where(where);
  return { items, total: count?.n ?? 0, totalExact: true };
}

/** 汇总金额: the premium (fen) and head-count (insured people) of everything a search matches. */
export async function totalOrgApplications(
  executor: Executor,
  scope: DataScope,
  search: OrgApplicationSearch,
): Promise<{ count: number; headCount: number; premiumFen: number }> {
  const [row] = await executor
    .select({
      count: sql<number>`count(*)::int`.mapWith(Number),
      headCount: sql<number>`coalesce(sum(jsonb_array_length(${applications.insured})), 0)::int`.mapWith(
        Number,
      ),
      premiumFen: sql<number>`coalesce(sum(${applications.premiumFen}), 0)::bigint`.mapWith(Number),
    })
    .from(applications)
    .where(whereOf(scope, search));
  return { count: row?.count ?? 0, headCount: row?.headCount ?? 0, premiumFen: row?.premiumFen ?? 0 };
}

/** Every application a search matches (a batch check's facts; the caller bounds the search). */
export async function listOrgApplications(
  executor: Executor,
  scope: DataScope,
  search: OrgApplicationSearch,
): Promise<ApplicationRecord[]> {
  const rows = await executor.select().from(applications).where(whereOf(scope, search));
  return rows.map(toApplicationRecord);
}

/**
 * Merges `patch` into the details of every application a search matches, without moving them
 * (修改预期生效时间); one audit row `application.update` for the batch, in the caller's
 * transaction. Returns how many changed.
 */
export async function patchOrgApplications(
  executor: Executor,
  actor: Actor,
  scope: DataScope,
  search: OrgApplicationSearch,
  patch: Record<string, unknown>,
): Promise<number> {
  const rows = await executor
    .update(applications)
    .set({ details: sql`${applications.details} || ${JSON.stringify(patch)}::jsonb` })
    .where(whereOf(scope, search))
    .returning({ id: applications.id, applicationNo: applications.applicationNo });
  if (rows.length)
    await recordAudit(executor, actor, {
      action: 'application.update',
      entityType: 'application',
      ...(rows.length === 1 ? { entityId: rows[0]!.id } : {}),
      detail: {
        line: search.line,
        count: rows.length,
        applicationNos: rows.slice(0, 2000).map((r) => r.applicationNo),
        patch,
      },
    });
  return rows.length;
}

/**
 * Moves every application a search matches (当前查询结果上报 / 打回 / 财务确认) from the searched
 * status to `to` in one statement, merging `details` into each row's details and setting the
 * other columns given; the machine must allow the move. One audit row `application.status` for
 * the batch (numbers listed, up to 2,000), in the caller's transaction. Returns the moved rows' ids
 * and numbers (nothing matched → empty, nothing written).
 */
export async function moveOrgApplications(
  executor: Executor,
  actor: Actor,
  scope: DataScope,
  search: OrgApplicationSearch,
  to: ApplicationStatus,
  changes: {
    details?: Record<string, unknown>;
    decision?: 'accept' | null;
    decidedAt?: Date;
    onlyIds?: readonly string[];
  } = {},
): Promise<{ id: string; applicationNo: string }[]> {
  if (!statusesOf(search).length) return [];
  let status: ApplicationStatus = to;
  for (const from of statusesOf(search)) status = assertApplicationMove(from, to);
  const set: Partial<typeof applications.$inferInsert> & Record<string, unknown> = { status };
  if (changes.details)
    set.details = sql`${applications.details} || ${JSON.stringify(changes.details)}::jsonb` as never;
  if (changes.decision !== undefined) {
    set.decision = changes.decision;
    set.decidedBy = actor.userId;
    set.decidedByName = actor.name;
    set.decidedAt = changes.decidedAt ?? new Date();
  }
  const moved = await executor
    .update(applications)
    .set(set)
    .where(
      and(
        whereOf(scope, search),
        changes.onlyIds ? inArray(applications.id, [...changes.onlyIds]) : undefined,
      ),
    )
    .returning({ id: applications.id, applicationNo: applications.applicationNo });
  if (moved.length)
    await recordAudit(executor, actor, {
      action: 'application.status',
      entityType: 'application',
      ...(moved.length === 1 ? { entityId: moved[0]!.id } : {}),
      detail: {
        line: search.line,
        from: search.status,
        to,
        count: moved.length,
        applicationNos: moved.slice(0, 2000).map((m) => m.applicationNo),
        ...(changes.details ? { details: changes.details } : {}),
      },
    });
  return moved;
}

/** Applications by id (any status) inside the scope, for a job that works on a batch. */
export async function findApplicationsByIds(
  executor: Executor,
  scope: DataScope,
  ids: readonly string[],
): Promise<ApplicationRecord[]> {
  if (!ids.length) return [];
  const rows = await executor
    .select()
    .from(applications)
    .where(
      and(scopeCondition(scope, { orgIdColumn: applications.orgId }), inArray(applications.id, [...ids])),
    );
  return rows.map(toApplicationRecord);
}

/**
 * Accepted applications become 'issued', each pointing at its policy (bulk 财务确认 → 打印生效),
 * in one statement and one audit row `application.issue` for the batch, in the caller's
 * transaction. Only rows still 'accepted' move (a resumed job never moves one twice); returns
 * how many moved.
 */
export async function markApplicationsIssued(
  executor: Executor,
  actor: Actor,
  line: Line,
  issued: { applicationId: string; applicationNo: string; policyId: string; policyNo: string }[],
  at: Date,
): Promise<number> {
  if (!issued.length) return 0;
  assertApplicationMove('accepted', 'issued');
  const rows = JSON.stringify(issued.map((i) => ({ id: i.applicationId, policy_id: i.policyId })));
  const moved = await executor.execute(sql`
    update ${applications} a set status = 'issued', policy_id = x.policy_id, issued_at = ${at}
      from json_to_recordset(${rows}::json) as x(id uuid, policy_id uuid)
     where a.id = x.id and a.status = 'accepted' and a.line = ${line}
     returning a.id`);
  const n = ((moved as { rows?: unknown[] }).rows ?? (moved as unknown as unknown[])).length;
  if (n)
    await recordAudit(executor, actor, {
      action: 'application.issue',
      entityType: 'application',
      detail: {
        line,
        count: n,
        issued: issued.slice(0, 2000).map((i) => `${i.applicationNo}→${i.policyNo}`),
      },
    });
  return n;
}

/** A short row of an organization's application (what a receipt or a batch job needs). */
export type OrgApplicationBrief = {
  id: string;
  applicationNo: string;
  orgId: string | null;
  productId: string;
  insurerOrgId: string;
  status: ApplicationStatus;
  premiumFen: number;
  headCount: number;
};

/** The applications of one organization in any of `statuses` (and of a product), inside the scope. */
export async function findOrgApplicationBriefs(
  executor: Executor,
  scope: DataScope,
  input: { line: Line; orgId: string; statuses: readonly ApplicationStatus[]; productId?: string | null },
): Promise<OrgApplicationBrief[]> {
  if (!input.statuses.length) return [];
  return executor
    .select({
      id: applications.id,
      applicationNo: applications.applicationNo,
      orgId: applications.orgId,
      productId: applications.productId,
      insurerOrgId: applications.insurerOrgId,
      status: applications.status,
      premiumFen: applications.premiumFen,
      headCount: sql<number>`jsonb_array_length(${applications.insured})::int`.mapWith(Number),
    })
    .from(applications)
    .where(
      and(
        scopeCondition(scope, { orgIdColumn: applications.orgId }),
        eq(applications.line, input.line),
        eq(applications.orgId, input.orgId),
        inArray(applications.status, [...input.statuses]),
        input.productId ? eq(applications.productId, input.productId) : undefined,
      ),
    )
    .orderBy(applications.createdAt, applications.applicationNo);
}
