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
 * never an endorsement without its e-endorsement. Steps and how each is undone:
 */
export async function endorsePolicy(
  ctx: AppContext,
  actor: Actor,
  input: EndorsementInput & { premiumChangeFen?: number; reason?: string },
  executor: Executor = ctx.db,
): Promise<{ policy: PolicyRecord; endorsement: EndorsementRecord; document: IssuedDocument }> {
  return executor.transaction(async (tx) => {
    /**
     * 1. recordEndorsement (policies) — endorsement row, policy patched to its new version and
     *    'endorsed', audited: database only, undone by the rollback.
     */
    const { endorsement, policy } = await recordEndorsement(ctx, tx, actor, input);
    /** 2. endorsementDocumentData (policies) — reads only; nothing to undo. */
    const data = await endorsementDocumentData(tx, endorsement.id, {
      ...(input.premiumChangeFen !== undefined ? { premiumChangeFen: input.premiumChangeFen } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    });
    /**
     * 3. issueDocument (documents) — signs the 批单; the PDF is stored content-addressed before
     *    its row is written, so a rollback leaves at most an unreferenced, never-overwritten
     *    object in the file store and no row.
     */
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
