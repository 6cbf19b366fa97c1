import { eq } from 'drizzle-orm';
import { APPROVAL_REASON_REQUIRED, checkApprovalAction, type ApprovalAction } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { actorOf, scopeIncludesOrgPath, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { approvalRequests } from '../tables.js';
import { orgPaths } from '../chain.js';
import {
  byId,
  bySubject,
  findRequestRows,
  insertStep,
  toRequestViews,
  visibleRows,
  type ApprovalSubject,
} from '../repository.js';
import type { ApprovalRequestView } from '../schemas.js';
import { cleanReason, stepActorOf } from './submit-for-approval.js';

/** Which request: by its id, or by its subject. */
export type RequestRef = { requestId: string } | { subject: ApprovalSubject };

export type DecideInput = { request: RequestRef; by: AuthUser; ip: string | null; reason?: string | null };

const REASON_NAMES: Record<ApprovalAction, string> = {
  submit: '提交说明',
  resubmit: '提交说明',
  approve: '审批意见',
  return: '退回原因',
  reject: '驳回原因',
};

/**
 * One decision at the level the request is at. Refused, changing nothing: a request outside the
 * user's scope (404), an out-of-order action (409, e.g. approving an approved request), a user
 * whose scope does not hold the level's organization or whose role may not act there (403), a
 * return or rejection without a reason (400).
 */
async function decide(
  ctx: AppContext,
  executor: Executor,
  action: 'approve' | 'return' | 'reject',
  input: DecideInput,
): Promise<ApprovalRequestView> {
  const where =
    'requestId' in input.request ? byId(input.request.requestId) : bySubject(input.request.subject);
  const scope = scopeOf(input.by);
  const [row] = await visibleRows(
    executor,
    scope,
    await findRequestRows(executor, where, { forUpdate: true }),
  );
  if (!row) throw notFound('审批申请');
  const lastLevel = row.currentLevel >= row.levels.length - 1;
  const move = checkApprovalAction(row.status, action, { lastLevel });
  if (!move.ok) throw new AppError('INVALID_STATE', { message: move.reason });
  const level = row.levels[row.currentLevel]!;
  const levelPath = (await orgPaths(executor, [level.orgId])).get(level.orgId) ?? null;
  if (!scopeIncludesOrgPath(scope, levelPath) || !level.roles.includes(input.by.role))
    throw new AppError('FORBIDDEN', {
      message: `当前审批环节为「${level.label.zh}」（${level.orgName}），您无权办理`,
    });
  const reason = cleanReason(input.reason, REASON_NAMES[action]);
  if (!reason && APPROVAL_REASON_REQUIRED.includes(action))
    throw new AppError('VALIDATION_FAILED', { message: `请填写${REASON_NAMES[action]}` });

  const now = ctx.now();
  const nextLevel = action === 'approve' && !lastLevel ? row.currentLevel + 1 : row.currentLevel;
  const final = move.value === 'approved' || move.value === 'rejected';
  await executor
    .update(approvalRequests)
    .set({
      status: move.value,
      currentLevel: nextLevel,
      updatedAt: now,
      ...(final ? { decidedAt: now } : {}),
    })
    .where(eq(approvalRequests.id, row.id));
  await insertStep(executor, row.id, {
    action,
    level: row.currentLevel,
    from: 'submitted',
    to: move.value,
    actor: await stepActorOf(executor, input.by),
    reason,
    at: now,
  });
  await recordAudit(executor, actorOf(input.by, input.ip), {
    action: `approval.${action}`,
    entityType: 'approval_request',
    entityId: row.id,
    detail: {
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      level: row.currentLevel,
      levelLabel: level.label.zh,
      status: move.value,
      ...(reason ? { reason } : {}),
    },
  });
  const [after] = await findRequestRows(executor, byId(row.id));
  return (await toRequestViews(executor, [after!]))[0]!;
}

/** Approves at the current level: the request moves one level up, or is approved at the last. */
export function approveStep(ctx: AppContext, executor: Executor, input: DecideInput) {
  return decide(ctx, executor, 'approve', input);
}

/** Returns (打回) the request to its submitter with a reason; they may resubmit it. */
export function returnStep(ctx: AppContext, executor: Executor, input: DecideInput & { reason: string }) {
  return decide(ctx, executor, 'return', input);
}

/** Rejects the request for good, with a reason. */
export function rejectStep(ctx: AppContext, executor: Executor, input: DecideInput & { reason: string }) {
  return decide(ctx, executor, 'reject', input);
}
