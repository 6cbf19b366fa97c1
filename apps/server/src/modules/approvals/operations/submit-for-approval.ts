import { eq } from 'drizzle-orm';
import { checkApprovalAction, type Line, type Role } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { scopeIncludesOrgPath, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { organizations } from '../../../platform/identity/tables.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { approvalRequests } from '../tables.js';
import { resolveLevels, type ApprovalChain } from '../chain.js';
import {
  bySubject,
  findRequestRows,
  insertStep,
  toRequestViews,
  type ApprovalSubject,
  type RequestRow,
} from '../repository.js';
import type { ApprovalRequestView } from '../schemas.js';

/**
 * A submitter without a session, recorded as the subject names it: the contact of a public
 * self-registration, or the submitter of a subject stored before approvals existed (`at` then
 * is when the subject was submitted).
 */
export type RecordedSubmitter = {
  kind: 'recorded';
  userId: string | null;
  name: string;
  role: Role | null;
  orgId: string | null;
  at?: Date;
};

export type ApprovalTarget = {
  subject: ApprovalSubject;
  /** The organization the subject belongs to; the chain's levels are found above it. */
  ownerOrgId: string;
  line?: Line | null;
  chain: ApprovalChain;
};

const REMARKS_MAX = 500;

/** The remarks of a submission recorded after the fact (also written by migration 0008). */
export const BACKFILL_REMARKS = '审批记录启用前提交，据原申请补记';

/** Trimmed remarks or reason, null when blank; VALIDATION_FAILED in Chinese when too long. */
export function cleanReason(value: string | null | undefined, what: string): string | null {
  const text = value?.trim() ?? '';
  if (Array.from(text).length > REMARKS_MAX)
    throw new AppError('VALIDATION_FAILED', { message: `${what}不超过 ${REMARKS_MAX} 个字` });
  return text || null;
}

async function orgName(executor: Executor, orgId: string | null): Promise<string | null> {
  if (!orgId) return null;
  const [org] = await executor
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org?.name ?? null;
}

/** The step's who, as stored: user id, name, role and organization (with its name then). */
export async function stepActorOf(executor: Executor, by: AuthUser | RecordedSubmitter) {
  const orgNameThen = await orgName(executor, by.orgId);
  return 'kind' in by
    ? { userId: by.userId, name: by.name, role: by.role, orgId: by.orgId, orgName: orgNameThen }
    : { userId: by.id, name: by.displayName, role: by.role, orgId: by.orgId, orgName: orgNameThen };
}

/**
 * Opens the request of a subject as a draft, or returns (locked) the one it already has — one
 * request per subject, so a returned subject is resubmitted on the same request.
 */
export async function openApprovalRequest(
  ctx: AppContext,
  executor: Executor,
  target: ApprovalTarget,
): Promise<RequestRow> {
  const [existing] = await findRequestRows(executor, bySubject(target.subject), { forUpdate: true });
  if (existing) return existing;
  const levels = await resolveLevels(executor, target.chain, target.ownerOrgId);
  const now = ctx.now();
  await executor
    .insert(approvalRequests)
    .values({
      subjectType: target.subject.type,
      subjectId: target.subject.id,
      ownerOrgId: target.ownerOrgId,
      line: target.line ?? null,
      chain: target.chain.code,
      levels,
      status: 'draft',
      currentLevel: 0,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
  const [row] = await findRequestRows(executor, bySubject(target.subject), { forUpdate: true });
  return row!;
}

/**
 * Submits a subject for approval (its first level acts next), or resubmits it after a return.
 * A signed-in submitter needs one of the chain's submit roles and the owner organization in
 * their scope. Runs in the caller's transaction; the step and its audit row commit with it.
 */
export async function submitForApproval(
  ctx: AppContext,
  executor: Executor,
  input: ApprovalTarget & { by: AuthUser | RecordedSubmitter; ip: string | null; remarks?: string | null },
): Promise<ApprovalRequestView> {
  const remarks = cleanReason(input.remarks, '提交说明');
  if (!('kind' in input.by)) {
    const user = input.by;
    const [owner] = await executor
      .select({ path: organizations.path })
      .from(organizations)
      .where(eq(organizations.id, input.ownerOrgId));
    if (!scopeIncludesOrgPath(scopeOf(user), owner?.path ?? null)) throw notFound('审批对象');
    if (!input.chain.submitRoles.includes(user.role))
      throw new AppError('FORBIDDEN', { message: '您的角色不能提交此审批申请' });
  }
  const row = await openApprovalRequest(ctx, executor, input);
  const action = row.status === 'returned' ? 'resubmit' : 'submit';
  const move = checkApprovalAction(row.status, action);
  if (!move.ok) throw new AppError('INVALID_STATE', { message: move.reason });
  const at = ('kind' in input.by && input.by.at) || ctx.now();
  const actor = await stepActorOf(executor, input.by);
  await executor
    .update(approvalRequests)
    .set({ status: move.value, currentLevel: 0, updatedAt: ctx.now() })
    .where(eq(approvalRequests.id, row.id));
  await insertStep(executor, row.id, {
    action,
    level: null,
    from: row.status as 'draft' | 'returned',
    to: move.value,
    actor,
    reason: remarks,
    at,
  });
  await recordAudit(
    executor,
    { userId: actor.userId, name: actor.name, orgId: actor.orgId, ip: input.ip },
    {
      action: action === 'submit' ? 'approval.submit' : 'approval.resubmit',
      entityType: 'approval_request',
      entityId: row.id,
      detail: {
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        chain: row.chain,
        ...(remarks ? { remarks } : {}),
      },
    },
  );
  const [after] = await findRequestRows(executor, eq(approvalRequests.id, row.id));
  return (await toRequestViews(executor, [after!]))[0]!;
}

/**
 * The request of a subject that must be under review: a subject submitted before approvals
 * existed (or restored from an older backup) gets its request now, its submission recorded
 * from what the subject stored. Idempotent: a subject with a request keeps it as it is,
 * except that a draft or returned one is (re)submitted by `submittedBy`.
 */
export async function ensureSubmitted(
  ctx: AppContext,
  executor: Executor,
  input: ApprovalTarget & { submittedBy: RecordedSubmitter; ip: string | null },
): Promise<ApprovalRequestView> {
  const row = await openApprovalRequest(ctx, executor, input);
  if (row.status === 'draft' || row.status === 'returned')
    return submitForApproval(ctx, executor, { ...input, by: input.submittedBy, remarks: BACKFILL_REMARKS });
  return (await toRequestViews(executor, [row]))[0]!;
}
