import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import type { Actor } from '../platform/audit/index.js';
import {
  endorsementDocumentData,
  recordEndorsement,
  type EndorsementInput,
  type EndorsementRecord,
  type PolicyRecord,
} from '../modules/policies/index.js';
import { issueDocument, type IssuedDocument } from '../modules/documents/index.js';

/**
 * Endorses a policy (ED-6): records the endorsement (next sequence, new version, status
 * 'endorsed') and issues its signed 批单 linked to the policy, in one transaction — so there is
 * never an endorsement without its e-endorsement. Undo as in issue-policy.ts: the rollback
 * removes the rows; a PDF already stored stays as an unreferenced, never-overwritten object.
 */
export async function endorsePolicy(
  ctx: AppContext,
  actor: Actor,
  input: EndorsementInput & { premiumChangeFen?: number; reason?: string },
  executor: Executor = ctx.db,
): Promise<{ policy: PolicyRecord; endorsement: EndorsementRecord; document: IssuedDocument }> {
  return executor.transaction(async (tx) => {
    const { endorsement, policy } = await recordEndorsement(ctx, tx, actor, input);
    const data = await endorsementDocumentData(tx, endorsement.id, {
      ...(input.premiumChangeFen !== undefined ? { premiumChangeFen: input.premiumChangeFen } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    });
    const document = await issueDocument(ctx, tx, {
      kind: 'endorsement',
      policyId: policy.id,
      endorsementId: endorsement.id,
      insurerOrgId: policy.insurerOrgId,
      data,
      actor,
    });
    return { policy, endorsement, document };
  });
}
