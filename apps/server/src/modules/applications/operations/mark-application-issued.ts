import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import type { ApplicationRecord } from '../types.js';
import { transitionApplication } from './move-application.js';

/**
 * An application becomes 'issued' and points at its policy (the machine must allow the move),
 * with the insurer's reference and the line's facts of issuance merged into `details` (the
 * exchange: the 税优识别码); audited as `application.issue` — in the caller's transaction, so a
 * rollback undoes all of it.
 */
export async function markApplicationIssued(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  application: ApplicationRecord,
  issued: {
    policyId: string;
    policyNo: string;
    documentId: string;
    insurerRef?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<ApplicationRecord> {
  const updated = await transitionApplication(executor, application, 'issued', {
    policyId: issued.policyId,
    issuedAt: ctx.now(),
    insurerRef: issued.insurerRef ?? application.insurerRef,
    details: { ...application.details, ...issued.details },
  });
  await recordAudit(executor, actor, {
    action: 'application.issue',
    entityType: 'application',
    entityId: application.id,
    detail: {
      applicationNo: application.applicationNo,
      line: application.line,
      policyNo: issued.policyNo,
      documentId: issued.documentId,
    },
  });
  return updated;
}
