import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { Actor } from '../../../platform/audit/index.js';
import {
  prepareApplicationIssue,
  recordApplicationIssued,
  type ApplicationIssueInput,
  type ApplicationRow,
} from './underwrite-application.js';
import { issuePolicy } from '../../../workflows/issue-policy.js';

/**
 * Issues the policy of an accepted exchange application (EX-8): the policy on the shared spine
 * and its signed e-policy, and the application's move to 'issued', in ONE transaction — there is
 * never an issued application without its signed policy, nor a policy of an unissued one.
 * Steps and how each is undone:
 */
export async function issueApplicationPolicy(
  ctx: AppContext,
  actor: Actor,
  input: ApplicationIssueInput & { insurerOrgId: string; applicationNo: string },
  executor: Executor = ctx.db,
): Promise<{ application: ApplicationRow; policyNo: string; documentId: string }> {
  return executor.transaction(async (tx) => {
    /**
     * 1. prepareApplicationIssue (this line) — locks the application row, checks the
     *    status move and the 税优识别码 format, builds the policy. Writes nothing; the lock is
     *    released by commit or rollback.
     */
    const { application, policy: policyInput } = await prepareApplicationIssue(
      ctx,
      tx,
      input.insurerOrgId,
      input.applicationNo,
      input,
    );
    /**
     * 2. issuePolicy (policies + documents) — policy rows (rolled back with the transaction) and
     *    the signed e-policy: its PDF is stored content-addressed before its row is written, so a
     *    rollback leaves at most an unreferenced, never-overwritten object in the file store.
     */
    const { policy, document } = await issuePolicy(ctx, actor, policyInput, tx);
    /**
     * 3. recordApplicationIssued (this line) — application → 'issued' with its policy,
     *    invitation → 'issued', audit row: database only, undone by the rollback.
     */
    const updated = await recordApplicationIssued(ctx, tx, actor, application, input, {
      policyId: policy.id,
      policyNo: policy.policyNo,
      documentId: document.id,
    });
    return { application: updated, policyNo: policy.policyNo, documentId: document.id };
  });
}
