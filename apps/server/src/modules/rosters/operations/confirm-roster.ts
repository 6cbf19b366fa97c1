import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { rosters } from '../tables.js';
import { findRosterState, type RosterRecord, type RosterSubject } from '../repository.js';

/**
 * Confirms the subject's roster: from then on no import replaces it, and it is what the policy's
 * insured people are copied from. Call it inside the transaction that moves the subject on (the
 * exchange: 提交订单), after locking the subject; that move's audit row records it (who and when are
 * also kept on the roster). No roster, an empty one or one already confirmed is refused with
 * nothing changed.
 */
export async function confirmRoster(
  executor: Executor,
  subject: RosterSubject,
  by: { userId: string | null; at: Date },
): Promise<RosterRecord> {
  const roster = await findRosterState(executor, subject, { forUpdate: true });
  if (!roster || roster.peopleCount === 0)
    throw new AppError('INVALID_STATE', { message: '人员名单为空，请先导入名单' });
  if (roster.status === 'confirmed')
    throw new AppError('INVALID_STATE', { message: '人员名单已确认，请勿重复确认' });
  await executor
    .update(rosters)
    .set({ status: 'confirmed', confirmedAt: by.at, confirmedBy: by.userId })
    .where(eq(rosters.id, roster.id));
  return { ...roster, status: 'confirmed', confirmedAt: by.at };
}
