import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import type { NewInsured } from '../../policies/index.js';
import { findRosterPeople, findRosterState, type RosterSubject } from '../repository.js';

/**
 * The confirmed roster's people as the policy's insured (createPolicy's `insured`): names, ID
 * numbers in clear (createPolicy protects them again), gender, birth date and the line's extra
 * columns, in row order. The copy itself is the caller's (a workflow's) business. A draft roster
 * is refused: only a confirmed list can no longer change under the policy.
 */
export async function rosterInsured(
  ctx: AppContext,
  executor: Executor,
  subject: RosterSubject,
): Promise<NewInsured[]> {
  const roster = await findRosterState(executor, subject);
  if (!roster) throw new AppError('NOT_FOUND', { message: '人员名单不存在' });
  if (roster.status !== 'confirmed')
    throw new AppError('INVALID_STATE', { message: '人员名单尚未确认，不能作为被保险人' });
  const people = await findRosterPeople(executor, subject);
  return people.map((p) => ({
    name: p.name,
    idType: p.idType,
    idNumber: ctx.crypto.decrypt(p.idNumberEnc),
    gender: p.gender === 'M' || p.gender === 'F' ? p.gender : null,
    birthDate: p.birthDate,
    extra: { ...p.extra },
  }));
}
