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
import { getProductVersion } from '../product-content.js';
import { notifyApplicationDeclined } from './notify-applicant.js';

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
 * modules/applications; a decline also closes the employee's invitation (this line's rule) and
 * queues the employee's SMS (and e-mail) with the reason, in the same transaction.
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
    if (updated.status === 'declined') {
      const { invitationId } = exchangeDetailsOf(updated);
      if (invitationId) await markInvitationStatus(ctx, tx, invitationId, 'declined');
      const version = await getProductVersion(ctx, updated.productVersionId, tx);
      await notifyApplicationDeclined(ctx, tx, updated, version?.name ?? '');
    }
    return updated;
  });
}
