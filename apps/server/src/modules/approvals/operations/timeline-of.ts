import type { Executor } from '../../../platform/db/index.js';
import { scopeOf, type AuthUser, type DataScope } from '../../../platform/access.js';
import { notFound } from '../../../platform/errors.js';
import {
  byId,
  bySubject,
  findRequestRows,
  toRequestViews,
  visibleRows,
  type ApprovalSubject,
} from '../repository.js';
import type { ApprovalRequestView } from '../schemas.js';

/**
 * The request of a subject with its timeline, as a scope sees it (null: no request, or not
 * visible). Callers that already checked access to the subject pass `{ kind: 'all' }`.
 */
export async function timelineOf(
  executor: Executor,
  scope: DataScope,
  subject: ApprovalSubject,
): Promise<ApprovalRequestView | null> {
  const rows = await visibleRows(executor, scope, await findRequestRows(executor, bySubject(subject)));
  return (await toRequestViews(executor, rows))[0] ?? null;
}

/** GET /api/approvals/:id — one request with its timeline; outside the user's scope 404. */
export async function getApprovalRequest(
  executor: Executor,
  user: AuthUser,
  requestId: string,
): Promise<ApprovalRequestView> {
  const rows = await visibleRows(executor, scopeOf(user), await findRequestRows(executor, byId(requestId)));
  if (rows.length === 0) throw notFound('审批申请');
  return (await toRequestViews(executor, rows))[0]!;
}

/** GET /api/approvals?subjectType&subjectId — the subject's requests the user may see (none: empty). */
export async function findSubjectApprovals(
  executor: Executor,
  user: AuthUser,
  subject: ApprovalSubject,
): Promise<ApprovalRequestView[]> {
  const rows = await visibleRows(
    executor,
    scopeOf(user),
    await findRequestRows(executor, bySubject(subject)).then((r) =>
      r.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
    ),
  );
  return toRequestViews(executor, rows);
}
