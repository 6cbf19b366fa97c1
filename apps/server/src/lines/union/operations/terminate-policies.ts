import { and, desc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { beijingDate, beijingMidnight, DAY_MS, endOfBeijingDay, isCalendarDate } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { actorOf, scopeCondition, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import {
  currentStatus,
  findPolicies,
  findPolicy,
  idNumberIndex,
  terminatePolicy,
  nextBusinessNumber,
  policyDocumentData,
  searchPolicies,
  yuan,
  type PolicyRecord,
} from '../../../modules/policies/index.js';
import {
  approveStep,
  getApprovalRequest,
  returnStep,
  submitForApproval,
  type ApprovalRequestView,
} from '../../../modules/approvals/index.js';
import { findEndorsementDocuments, issueDocument } from '../../../modules/documents/index.js';
import { endorsePolicy } from '../../../workflows/endorse-policy.js';
import { unionTerminations } from '../tables.js';
import { AGENCY_ROLES, BASE_ROLES, HQ_ROLES } from '../units.js';
import { terminationApproval } from '../termination-approval.js';
import {
  OPEN_TERMINATION_STATUSES,
  TERMINATION_STATUS_LABELS,
  type TerminationStatus,
} from '../terminations-schemas.js';
import { unionPolicyRows, type UnionPolicyRow } from './union-policy-rows.js';

type Filter = { productCode?: string; policyNo?: string; memberNo?: string; idNumber?: string };
type Page = { page: number; pageSize: number };

function policySearchOf(ctx: AppContext, filter: Filter) {
  return {
    line: 'MUTUAL_AID' as const,
    ...(filter.productCode ? { productCode: filter.productCode } : {}),
    ...(filter.policyNo ? { policyNo: filter.policyNo } : {}),
    ...(filter.memberNo ? { memberNo: filter.memberNo } : {}),
    ...(filter.idNumber ? { idNumberIdx: idNumberIndex(ctx.crypto, filter.idNumber) } : {}),
  };
}

const isInForce = (ctx: AppContext, p: PolicyRecord) => {
  const s = currentStatus(p, ctx.now());
  return s === 'issued' || s === 'endorsed';
};

/** Days from one Beijing date to another (b − a). */
const daysBetween = (a: string, b: string) =>
  Math.round((beijingMidnight(b).getTime() - beijingMidnight(a).getTime()) / DAY_MS);

/**
 * The unearned premium of a policy ended at the end of `terminationDate` (自终止日期二十四时起终止),
 * day-based and exact in fen: premium × days not covered ÷ days of cover, rounded half up.
 * Cover days count both the first and the last day (2026-01-01…2026-12-31 = 365).
 */
export function unearnedPremiumFen(
  premiumFen: number,
  period: { startDate: string; endDate: string },
  terminationDate: string,
): number {
  const total = daysBetween(period.startDate, period.endDate) + 1;
  const left = daysBetween(terminationDate, period.endDate);
  if (total <= 0 || left <= 0) return 0;
  // Integer arithmetic: floor((2·p·left + total) / (2·total)) = p·left/total rounded half up.
  return Number((2n * BigInt(premiumFen) * BigInt(left) + BigInt(total)) / (2n * BigInt(total)));
}

async function openRequestsOf(executor: Executor, policyIds: string[]): Promise<Map<string, string>> {
  if (!policyIds.length) return new Map();
  const rows = await executor
    .select({ policyId: unionTerminations.policyId, requestNo: unionTerminations.requestNo })
    .from(unionTerminations)
    .where(
      and(
        inArray(unionTerminations.policyId, policyIds),
        inArray(unionTerminations.status, [...OPEN_TERMINATION_STATUSES]),
      ),
    );
  return new Map(rows.map((r) => [r.policyId, r.requestNo]));
}

/** 创建保单终止申请 → 【搜索】: the unit's policies in 打印生效 (in force), in the user's scope. */
export async function listTerminablePolicies(
  ctx: AppContext,
  user: AuthUser,
  query: Filter & Page,
): Promise<{ items: UnionPolicyRow[]; total: number; page: number; pageSize: number }> {
  const found = await searchPolicies(
    ctx.db,
    scopeOf(user),
    { ...policySearchOf(ctx, query), inForceAt: ctx.now() },
    query,
  );
  const open = await openRequestsOf(
    ctx.db,
    found.items.map((p) => p.id),
  );
  return {
    items: await unionPolicyRows(ctx, ctx.db, found.items, open),
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export type TerminationView = {
  id: string;
  requestNo: string;
  status: TerminationStatus;
  statusLabel: string;
  terminationDate: string;
  reason: string;
  returnReason: string | null;
  awaitingLevel: string | null;
  canDecide: boolean;
  refundFen: number;
  formDocumentId: string | null;
  endorsementNo: string | null;
  endorsementDocumentId: string | null;
  approvalId: string | null;
  createdAt: string;
  policy: UnionPolicyRow;
};

type TerminationRow = typeof unionTerminations.$inferSelect;

async function viewsOf(ctx: AppContext, user: AuthUser, rows: TerminationRow[]): Promise<TerminationView[]> {
  const policies = await findPolicies(
    ctx.db,
    rows.map((r) => r.policyId),
  );
  const byId = new Map(policies.map((p) => [p.id, p]));
  const policyRows = new Map((await unionPolicyRows(ctx, ctx.db, policies)).map((r) => [r.policyId, r]));
  const endorsementDocs = await findEndorsementDocuments(
    ctx.db,
    rows.flatMap((r) => (r.endorsementId ? [r.endorsementId] : [])),
  );
  const out: TerminationView[] = [];
  for (const r of rows) {
    const policy = byId.get(r.policyId)!;
    const status = r.status as TerminationStatus;
    let approval: ApprovalRequestView | null = null;
    if (r.approvalId && status !== 'approved')
      approval = await getApprovalRequest(ctx.db, user, r.approvalId).catch(() => null);
    const lastReturn =
      status === 'returned'
        ? [...(approval?.steps ?? [])].reverse().find((s) => s.action === 'return')
        : null;
    const level =
      approval && approval.status === 'submitted' && approval.currentLevel !== null
        ? approval.levels[approval.currentLevel]
        : null;
    const termination = policy.details.earlyTermination as
      { refundFen?: number; requestNo?: string } | undefined;
    const doc = r.endorsementId ? endorsementDocs.get(r.endorsementId) : undefined;
    out.push({
      id: r.id,
      requestNo: r.requestNo,
      status,
      statusLabel: TERMINATION_STATUS_LABELS[status],
      terminationDate: r.terminationDate,
      reason: r.reason,
      returnReason: lastReturn?.reason ?? null,
      awaitingLevel: level?.label.zh ?? null,
      canDecide:
        (status === 'submitted' && (AGENCY_ROLES as readonly string[]).includes(user.role)) ||
        (status === 'forwarded' && (HQ_ROLES as readonly string[]).includes(user.role)),
      refundFen:
        status === 'approved' && termination?.requestNo === r.requestNo
          ? (termination.refundFen ?? 0)
          : unearnedPremiumFen(
              policy.premiumFen,
              { startDate: beijingDate(policy.startsAt), endDate: beijingDate(policy.endsAt) },
              r.terminationDate,
            ),
      formDocumentId: r.formDocumentId,
      endorsementNo: doc?.documentNo ?? null,
      endorsementDocumentId: doc?.id ?? null,
      approvalId: r.approvalId,
      createdAt: r.createdAt.toISOString(),
      policy: policyRows.get(r.policyId)!,
    });
  }
  return out;
}

const terminationScope = (user: AuthUser) =>
  scopeCondition(scopeOf(user), { orgIdColumn: unionTerminations.unitOrgId });

/** Rows by id in the user's scope, locked; any id outside it (or unknown) answers 404. */
async function rowsInScope(tx: Executor, user: AuthUser, ids: string[]): Promise<TerminationRow[]> {
  const unique = [...new Set(ids)];
  const rows = await tx
    .select()
    .from(unionTerminations)
    .where(and(inArray(unionTerminations.id, unique), terminationScope(user)))
    .for('update');
  if (rows.length !== unique.length) throw notFound('保单提前终止申请');
  return unique.map((id) => rows.find((r) => r.id === id)!);
}

/**
 * 【终止保单】→【确定】: one request in 新建 per selected policy, with the termination date and the
 * reason. Refused, creating none: a policy outside the scope (404), not 打印生效, a date before
 * the start or after the end of cover, a policy that already has an open request.
 */
export async function createTerminations(
  ctx: AppContext,
  user: AuthUser,
  ip: string | null,
  input: { policyIds: string[]; terminationDate: string; reason: string },
): Promise<TerminationView[]> {
  if (!isCalendarDate(input.terminationDate))
    throw new AppError('VALIDATION_FAILED', { message: '终止日期格式应为 YYYY-MM-DD' });
  const scope = scopeOf(user);
  const created = await ctx.db.transaction(async (tx) => {
    const rows: TerminationRow[] = [];
    for (const policyId of [...new Set(input.policyIds)]) {
      // One open request per policy: concurrent creations for one policy take turns.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`union.termination:${policyId}`}))`);
      const policy = await findPolicy(tx, policyId, scope);
      if (!policy || policy.line !== 'MUTUAL_AID' || !policy.orgId) throw notFound('保单');
      if (!isInForce(ctx, policy))
        throw new AppError('INVALID_STATE', {
          message: `保单 ${policy.policyNo} 的保单状态不是打印生效，不能申请提前终止`,
        });
      const start = beijingDate(policy.startsAt);
      const end = beijingDate(policy.endsAt);
      if (input.terminationDate < start)
        throw new AppError('VALIDATION_FAILED', {
          message: `保单 ${policy.policyNo} 的终止日期不能早于保险起期 ${start}`,
        });
      if (input.terminationDate > end)
        throw new AppError('VALIDATION_FAILED', {
          message: `保单 ${policy.policyNo} 的终止日期不能晚于保险止期 ${end}`,
        });
      const [open] = await tx
        .select({ requestNo: unionTerminations.requestNo })
        .from(unionTerminations)
        .where(
          and(
            eq(unionTerminations.policyId, policy.id),
            inArray(unionTerminations.status, [...OPEN_TERMINATION_STATUSES]),
          ),
        );
      if (open)
        throw new AppError('CONFLICT', {
          message: `保单 ${policy.policyNo} 已有未完成的提前终止申请（申请编号 ${open.requestNo}），不能重复创建`,
        });
      const requestNo = await nextBusinessNumber(tx, 'ZZ', ctx.now());
      const [row] = await tx
        .insert(unionTerminations)
        .values({
          requestNo,
          policyId: policy.id,
          unitOrgId: policy.orgId,
          terminationDate: input.terminationDate,
          reason: input.reason.trim(),
          status: 'new',
          createdBy: user.id,
          createdAt: ctx.now(),
        })
        .returning();
      await recordAudit(tx, actorOf(user, ip), {
        action: 'union.termination.create',
        entityType: 'union_termination',
        entityId: row!.id,
        detail: { requestNo, policyNo: policy.policyNo, terminationDate: input.terminationDate },
      });
      rows.push(row!);
    }
    return rows;
  });
  return viewsOf(ctx, user, created);
}

/** 保单提前终止 → 【搜索】: the requests in scope by status and policy conditions, newest first. */
export async function listTerminations(
  ctx: AppContext,
  user: AuthUser,
  query: Filter & Page & { status?: TerminationStatus; awaitingMe?: 'true' | 'false' },
): Promise<{ items: TerminationView[]; total: number; page: number; pageSize: number }> {
  const conditions: (SQL | undefined)[] = [terminationScope(user)];
  if (query.status) conditions.push(eq(unionTerminations.status, query.status));
  if (query.awaitingMe === 'true') {
    const at: TerminationStatus[] = [
      ...((AGENCY_ROLES as readonly string[]).includes(user.role) ? (['submitted'] as const) : []),
      ...((HQ_ROLES as readonly string[]).includes(user.role) ? (['forwarded'] as const) : []),
    ];
    conditions.push(at.length ? inArray(unionTerminations.status, at) : sql`false`);
  }
  if (query.productCode || query.policyNo || query.memberNo || query.idNumber) {
    const matching = await searchPolicies(ctx.db, scopeOf(user), policySearchOf(ctx, query), {
      page: 1,
      pageSize: 10_000,
    });
    conditions.push(
      matching.items.length
        ? inArray(
            unionTerminations.policyId,
            matching.items.map((p) => p.id),
          )
        : sql`false`,
    );
  }
  const where = and(...conditions);
  const [total] = await ctx.db.select({ n: count() }).from(unionTerminations).where(where);
  const rows = await ctx.db
    .select()
    .from(unionTerminations)
    .where(where)
    .orderBy(desc(unionTerminations.createdAt), desc(unionTerminations.requestNo))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: await viewsOf(ctx, user, rows),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * 【批量导出打印】: the signed 保单提前终止申请表 of each chosen request (one PDF per request — the
 * template is one request's form), issued once and kept (formDocumentId); later exports give
 * the same document. Each comes back with its download link (the seed's 申请表下载链接).
 */
export async function exportTerminationForms(
  ctx: AppContext,
  user: AuthUser,
  ip: string | null,
  ids: string[],
): Promise<{ id: string; requestNo: string; policyNo: string; documentId: string; downloadUrl: string }[]> {
  return ctx.db.transaction(async (tx) => {
    const rows = await rowsInScope(tx, user, ids);
    const out = [];
    for (const row of rows) {
      const policy = (await findPolicy(tx, row.policyId))!;
      let documentId = row.formDocumentId;
      if (!documentId) {
        const data = await policyDocumentData(tx, policy.id);
        const [view] = await unionPolicyRows(ctx, tx, [policy]);
        const refundFen = unearnedPremiumFen(
          policy.premiumFen,
          { startDate: beijingDate(policy.startsAt), endDate: beijingDate(policy.endsAt) },
          row.terminationDate,
        );
        const doc = await issueDocument(ctx, tx, {
          kind: 'termination',
          policyId: policy.id,
          policy,
          insurerOrgId: policy.insurerOrgId,
          actor: actorOf(user, ip),
          data: {
            requestNo: row.requestNo,
            policyNo: policy.policyNo,
            productName: policy.productName,
            insurer: data.insurer,
            policyholder: data.policyholder,
            appliedAt: row.createdAt,
            terminationDate: row.terminationDate,
            reason: row.reason,
            ...(data.insured ? { insured: data.insured } : {}),
            refund: { amount: yuan(refundFen), accountName: view?.unitName ?? undefined },
            extraSections: [
              {
                title: '单位与会员',
                fields: [
                  { label: '单位编号', value: view?.unitNo ?? '' },
                  { label: '单位名称', value: view?.unitName ?? '' },
                  { label: '会员编号', value: view?.memberNo ?? '' },
                  { label: '份数', value: view?.copies ?? '' },
                  { label: '保险期间', value: `${view?.startDate} 至 ${view?.endDate}`, wide: true },
                  { label: '基层工会（盖章）', value: '', wide: true },
                ],
              },
            ],
          },
        });
        documentId = doc.id;
        await tx
          .update(unionTerminations)
          .set({ formDocumentId: documentId })
          .where(eq(unionTerminations.id, row.id));
      }
      out.push({
        id: row.id,
        requestNo: row.requestNo,
        policyNo: policy.policyNo,
        documentId,
        downloadUrl: `/api/documents/${documentId}/download`,
      });
    }
    return out;
  });
}

/**
 * 【提交保单申请】: the checked requests in 新建 or 打回 go up to the agency office (modules/approvals,
 * chain union.termination). Only base-unit operators submit; anything else among them is refused.
 */
export async function submitTerminations(
  ctx: AppContext,
  user: AuthUser,
  ip: string | null,
  ids: string[],
): Promise<TerminationView[]> {
  if (!(BASE_ROLES as readonly string[]).includes(user.role))
    throw new AppError('FORBIDDEN', { message: '只有基层工会可以提交保单提前终止申请' });
  const rows = await ctx.db.transaction(async (tx) => {
    const locked = await rowsInScope(tx, user, ids);
    for (const row of locked) {
      if (row.status !== 'new' && row.status !== 'returned')
        throw new AppError('INVALID_STATE', {
          message: `申请 ${row.requestNo} 状态为「${TERMINATION_STATUS_LABELS[row.status as TerminationStatus]}」，只有新建或打回的申请可以提交`,
        });
      const approval = await submitForApproval(ctx, tx, {
        ...terminationApproval(row.id, row.unitOrgId),
        by: user,
        ip,
      });
      await tx
        .update(unionTerminations)
        .set({ status: 'submitted', approvalId: approval.id })
        .where(eq(unionTerminations.id, row.id));
    }
    return tx
      .select()
      .from(unionTerminations)
      .where(
        inArray(
          unionTerminations.id,
          locked.map((r) => r.id),
        ),
      );
  });
  return viewsOf(ctx, user, rows);
}

/**
 * The agency office's or HQ's decision on the checked requests: approve (代办处 → 总会; at 总会 the
 * policy ends: a signed 电子批单 through workflows/endorse-policy, cover to the termination date's
 * 24:00, the unearned premium refunded) or return (打回) with a reason the base unit sees.
 */
export async function decideTerminations(
  ctx: AppContext,
  user: AuthUser,
  ip: string | null,
  input: { ids: string[]; action: 'approve' | 'return'; reason?: string },
): Promise<TerminationView[]> {
  if (input.action === 'return' && !input.reason?.trim())
    throw new AppError('VALIDATION_FAILED', { message: '请填写打回原因' });
  const actor = actorOf(user, ip);
  const rows = await ctx.db.transaction(async (tx) => {
    const locked = await rowsInScope(tx, user, input.ids);
    for (const row of locked) {
      if (row.status !== 'submitted' && row.status !== 'forwarded')
        throw new AppError('INVALID_STATE', {
          message: `申请 ${row.requestNo} 状态为「${TERMINATION_STATUS_LABELS[row.status as TerminationStatus]}」，不在审批中`,
        });
      const request = { subject: { type: 'union.termination', id: row.id } };
      if (input.action === 'return') {
        await returnStep(ctx, tx, { request, by: user, ip, reason: input.reason!.trim() });
        await tx
          .update(unionTerminations)
          .set({ status: 'returned' })
          .where(eq(unionTerminations.id, row.id));
        continue;
      }
      const approval = await approveStep(ctx, tx, {
        request,
        by: user,
        ip,
        ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
      });
      if (approval.status !== 'approved') {
        await tx
          .update(unionTerminations)
          .set({ status: 'forwarded' })
          .where(eq(unionTerminations.id, row.id));
        continue;
      }
      const endorsementId = await endPolicy(ctx, tx, actor, row);
      await tx
        .update(unionTerminations)
        .set({ status: 'approved', endorsementId })
        .where(eq(unionTerminations.id, row.id));
      await recordAudit(tx, actor, {
        action: 'union.termination.approve',
        entityType: 'union_termination',
        entityId: row.id,
        detail: { requestNo: row.requestNo, terminationDate: row.terminationDate },
      });
    }
    return tx
      .select()
      .from(unionTerminations)
      .where(
        inArray(
          unionTerminations.id,
          locked.map((r) => r.id),
        ),
      );
  });
  return viewsOf(ctx, user, rows);
}

/** The approved request's effect on its policy; returns the endorsement id. */
async function endPolicy(
  ctx: AppContext,
  tx: Executor,
  actor: ReturnType<typeof actorOf>,
  row: TerminationRow,
): Promise<string> {
  const policy = await findPolicy(tx, row.policyId);
  if (!policy) throw notFound('保单');
  if (!isInForce(ctx, policy))
    throw new AppError('INVALID_STATE', {
      message: `保单 ${policy.policyNo} 的保单状态不是打印生效，不能终止`,
    });
  const startDate = beijingDate(policy.startsAt);
  const endDate = beijingDate(policy.endsAt);
  if (row.terminationDate > endDate)
    throw new AppError('INVALID_STATE', { message: `保单 ${policy.policyNo} 的保险止期已早于终止日期` });
  const refundFen = unearnedPremiumFen(policy.premiumFen, { startDate, endDate }, row.terminationDate);
  const endsAt = endOfBeijingDay(row.terminationDate);
  const { endorsement } = await endorsePolicy(
    ctx,
    actor,
    {
      policyId: policy.id,
      kind: 'early_termination',
      description: [
        `经基层工会申请（申请编号 ${row.requestNo}），代办处审核、总会审批同意，本保单自 ${row.terminationDate} 二十四时起提前终止。`,
        `保险期间由 ${startDate} 至 ${endDate} 变更为 ${startDate} 至 ${row.terminationDate}；退还未满期保险费 ${(refundFen / 100).toFixed(2)} 元（按日计算）。`,
      ].join('\n'),
      changes: [
        { item: '保险止期', before: endDate, after: row.terminationDate },
        {
          item: '保险费（元）',
          before: (policy.premiumFen / 100).toFixed(2),
          after: ((policy.premiumFen - refundFen) / 100).toFixed(2),
        },
      ],
      effectiveAt: endsAt,
      patch: {
        endsAt,
        premiumFen: policy.premiumFen - refundFen,
        details: {
          earlyTermination: {
            requestNo: row.requestNo,
            terminationDate: row.terminationDate,
            refundFen,
            originalEndDate: endDate,
          },
        },
      },
      premiumChangeFen: -refundFen,
      reason: row.reason,
    },
    tx,
  );
  // Ending today or earlier: the policy is 已终止 now (verification says so); a later date keeps it
  // in force until that day's 24:00 (the 批单 shows the new end) and then it is 已到期.
  if (row.terminationDate <= beijingDate(ctx.now()))
    await terminatePolicy(ctx, tx, actor, {
      policyId: policy.id,
      reason: `提前终止（申请编号 ${row.requestNo}）：${row.reason}`,
      at: endsAt.getTime() < ctx.now().getTime() ? endsAt : ctx.now(),
    });
  return endorsement.id;
}

/** Next month's first day as a date (for month ranges). */
export function monthRange(month: string): { from: Date; to: Date } {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: beijingMidnight(first), to: new Date(beijingMidnight(next).getTime() - 1) };
}
