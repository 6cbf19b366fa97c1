import { applicationMachine, type ApplicationStatus } from '@policyhub/domain';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { applications } from '../tables.js';
import { getApplication, toApplicationRecord, type ApplicationScope } from '../repository.js';
import type { ApplicationRecord } from '../types.js';

/** The application machine (packages/domain) decides which moves are legal: one Chinese error otherwise. */
export function assertApplicationMove(from: string, to: ApplicationStatus): ApplicationStatus {
  const move = applicationMachine.checkMove(from, to);
  if (!move.ok) throw new AppError('INVALID_STATE', { message: move.reason });
  return move.value;
}

type Changes = Partial<
  Omit<typeof applications.$inferInsert, 'id' | 'applicationNo' | 'line' | 'status' | 'createdAt'>
>;

/**
 * Moves an application loaded in the caller's transaction to `to` with the other changes of that
 * move. The update also requires the status it was read with, so a concurrent move (without the
 * row lock) is refused instead of overwritten.
 */
export async function transitionApplication(
  executor: Executor,
  application: ApplicationRecord,
  to: ApplicationStatus,
  changes: Changes = {},
): Promise<ApplicationRecord> {
  const status = assertApplicationMove(application.status, to);
  const [row] = await executor
    .update(applications)
    .set({ ...changes, status })
    .where(and(eq(applications.id, application.id), eq(applications.status, application.status)))
    .returning();
  if (!row) throw new AppError('CONFLICT', { message: '投保申请状态已变化，请刷新后重试' });
  return toApplicationRecord(row);
}

/**
 * The moves that carry no other facts. Underwriting outcomes go through recordUnderwriting and
 * 'issued' only through markApplicationIssued (with its policy), never through moveApplication.
 */
export const PLAIN_MOVES = ['submitted', 'underwriting', 'paid', 'cancelled'] as const;
export type PlainMove = (typeof PLAIN_MOVES)[number];

/**
 * A status move without other facts (submit, paid, cancel): locked, checked by the machine,
 * audited as `application.status` with both states. An illegal move changes nothing.
 */
export async function moveApplication(
  executor: Executor,
  actor: Actor,
  scope: ApplicationScope,
  applicationNo: string,
  to: PlainMove,
): Promise<ApplicationRecord> {
  if (!(PLAIN_MOVES as readonly string[]).includes(to))
    throw new AppError('INVALID_STATE', {
      message: `投保申请不能直接变为「${applicationMachine.label(to)}」：须记录核保结论或出单的保单`,
    });
  return executor.transaction(async (tx) => {
    const current = await getApplication(tx, scope, applicationNo, { forUpdate: true });
    const moved = await transitionApplication(tx, current, to);
    await recordAudit(tx, actor, {
      action: 'application.status',
      entityType: 'application',
      entityId: current.id,
      detail: { applicationNo, line: current.line, from: current.status, to },
    });
    return moved;
  });
}
