import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { approvalMachine, isRole, type ApprovalAction, type ApprovalStatus } from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import { scopeIncludesOrgPath, type DataScope } from '../../platform/access.js';
import { approvalRequests, approvalSteps } from './tables.js';
import { orgPaths } from './chain.js';
import type { ApprovalRequestView, ApprovalStepView } from './schemas.js';

export type RequestRow = typeof approvalRequests.$inferSelect;
type StepRow = typeof approvalSteps.$inferSelect;

/** A subject of an approval: what kind of thing, and its id. */
export type ApprovalSubject = { type: string; id: string };

export async function findRequestRows(
  executor: Executor,
  where: SQL,
  options: { forUpdate?: boolean } = {},
): Promise<RequestRow[]> {
  const query = executor.select().from(approvalRequests).where(where);
  return options.forUpdate ? query.for('update') : query;
}

export const bySubject = (subject: ApprovalSubject) =>
  and(eq(approvalRequests.subjectType, subject.type), eq(approvalRequests.subjectId, subject.id))!;

export const byId = (id: string) => eq(approvalRequests.id, id);

/**
 * Whether a scope sees a request: the owner organization (the submitter's side) or an
 * organization acting at one of its levels is inside it. Out of scope answers 404.
 */
export async function visibleRows(executor: Executor, scope: DataScope, rows: RequestRow[]) {
  if (scope.kind === 'all') return rows;
  const paths = await orgPaths(
    executor,
    rows.flatMap((r) => [r.ownerOrgId, ...r.levels.map((l) => l.orgId)]),
  );
  return rows.filter((r) =>
    [r.ownerOrgId, ...r.levels.map((l) => l.orgId)].some((id) =>
      scopeIncludesOrgPath(scope, paths.get(id) ?? null),
    ),
  );
}

export type StepInput = {
  action: ApprovalAction;
  level: number | null;
  from: ApprovalStatus;
  to: ApprovalStatus;
  actor: {
    userId: string | null;
    name: string;
    role: string | null;
    orgId: string | null;
    orgName: string | null;
  };
  reason: string | null;
  at: Date;
};

/** Appends the next step of a locked request. */
export async function insertStep(executor: Executor, requestId: string, step: StepInput): Promise<void> {
  const existing = await executor
    .select({ seq: approvalSteps.seq })
    .from(approvalSteps)
    .where(eq(approvalSteps.requestId, requestId));
  const seq = existing.reduce((max, s) => Math.max(max, s.seq), 0) + 1;
  await executor.insert(approvalSteps).values({
    requestId,
    seq,
    action: step.action,
    level: step.level,
    fromStatus: step.from,
    toStatus: step.to,
    actorUserId: step.actor.userId,
    actorName: step.actor.name,
    actorRole: step.actor.role,
    actorOrgId: step.actor.orgId,
    actorOrgName: step.actor.orgName,
    reason: step.reason,
    at: step.at,
  });
}

function toStepView(s: StepRow): ApprovalStepView {
  return {
    seq: s.seq,
    action: s.action as ApprovalAction,
    level: s.level,
    fromStatus: s.fromStatus as ApprovalStatus,
    toStatus: s.toStatus as ApprovalStatus,
    actor: {
      userId: s.actorUserId,
      name: s.actorName,
      role: s.actorRole && isRole(s.actorRole) ? s.actorRole : null,
      orgId: s.actorOrgId,
      orgName: s.actorOrgName,
    },
    reason: s.reason,
    at: s.at.toISOString(),
  };
}

/** Requests with their steps (oldest first), as the timeline shows them. */
export async function toRequestViews(executor: Executor, rows: RequestRow[]): Promise<ApprovalRequestView[]> {
  if (rows.length === 0) return [];
  const steps = await executor
    .select()
    .from(approvalSteps)
    .where(
      inArray(
        approvalSteps.requestId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(approvalSteps.requestId), asc(approvalSteps.seq));
  return rows.map((r) => {
    const status = r.status;
    if (!approvalMachine.isState(status))
      throw new Error(`approval request ${r.id}: unknown status ${status}`);
    return {
      id: r.id,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      ownerOrgId: r.ownerOrgId,
      line: r.line,
      chain: r.chain,
      status,
      currentLevel: status === 'submitted' ? r.currentLevel : null,
      levels: r.levels.map((l) => ({ ...l, roles: l.roles.filter(isRole) })),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      steps: steps.filter((s) => s.requestId === r.id).map(toStepView),
    };
  });
}
