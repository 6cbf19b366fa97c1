import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { Actor } from '../../../platform/audit/index.js';
import {
  getApplication,
  recordUnderwriting,
  type ApplicationRecord,
  type ApplicationScope,
  type UnderwritingInput,
} from '../../../modules/applications/index.js';
import { exchangeDetailsOf } from '../application-details.js';
import { markInvitationStatus } from '../invitations.js';

/** An insurer sees the applications sent to it (console user or API key alike). */
export function insurerScope(insurerOrgId: string): ApplicationScope {
  return { kind: 'insurer', insurerOrgId };
}

/** One application of an insurer by its number; another insurer's → 404. */
export async function getInsurerApplication(
  executor: Executor,
  insurerOrgId: string,
  applicationNo: string,
): Promise<ApplicationRecord> {
  return getApplication(executor, insurerScope(insurerOrgId), applicationNo);
}

export type Decision = UnderwritingInput;

/**
 * The insurer's underwriting decision on an exchange application (核保结论), recorded by
 * modules/applications; a decline also closes the employee's invitation (this line's rule).
 */
export async function decideApplication(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  insurerOrgId: string,
  applicationNo: string,
  input: Decision,
): Promise<ApplicationRecord> {
  return executor.transaction(async (tx) => {
    const updated = await recordUnderwriting(
      ctx,
      tx,
      actor,
      insurerScope(insurerOrgId),
      applicationNo,
      input,
    );
    const { invitationId } = exchangeDetailsOf(updated);
    if (updated.status === 'declined' && invitationId)
      await markInvitationStatus(ctx, tx, invitationId, 'declined');
    return updated;
  });
}
