import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import type { Actor } from '../platform/audit/index.js';
import type { DataScope } from '../platform/access.js';
import { AppError } from '../platform/errors.js';
import {
  cancelPolicy,
  createReplacementPolicy,
  type PolicyRecord,
  type ReissueChanges,
} from '../modules/policies/index.js';
import type { IssuedDocument } from '../modules/documents/index.js';
import { issuePolicyDocument } from './issue-policy.js';

/**
 * Reissues a policy (换发, travel's TR-4): the old policy ends 'cancelled' with the reason, a new
 * policy with a NEW number and `replaces_policy_id` = the old one takes its place, and the new one
 * gets its signed e-policy — in ONE transaction: either all of it happened or nothing did.
 * `scope` (the caller's data scope) makes a policy the caller may not see a 404.
 *
 * The old policy's own e-policy stays valid as a document and its verification now shows
 * 已撤单 with the reason; no separate signed cancellation document is issued: the documents
 * module has no kind for it ('termination' is the holder's 提前终止申请表, 'endorsement' needs an
 * endorsement of the old policy).
 */
export async function reissuePolicy(
  ctx: AppContext,
  actor: Actor,
  input: { policyId: string; reason: string; changes?: ReissueChanges; scope?: DataScope },
  executor: Executor = ctx.db,
): Promise<{ old: PolicyRecord; policy: PolicyRecord; document: IssuedDocument }> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', { message: '请填写换发原因' });
  return executor.transaction(async (tx) => {
    /**
     * 1. createReplacementPolicy (policies) — locks the old policy, refuses one not visible (404)
     *    or no longer in force (已撤单/已终止/已满期), creates the new policy (new number, insured
     *    copied or replaced). Database rows only, undone by the rollback.
     */
    const { policy } = await createReplacementPolicy(ctx, tx, actor, {
      policyId: input.policyId,
      changes: input.changes ?? {},
      ...(input.scope ? { scope: input.scope } : {}),
    });
    /**
     * 2. cancelPolicy (policies) — the old policy → 'cancelled', the reason (with the new number)
     *    stored as its status reason, audited. Database only, undone by the rollback.
     */
    const old = await cancelPolicy(ctx, tx, actor, {
      policyId: input.policyId,
      reason: `${reason}（已换发新保单 ${policy.policyNo}）`,
    });
    /**
     * 3. issuePolicyDocument (documents) — signs the new e-policy; the PDF is stored
     *    content-addressed before its row is written, so a rollback leaves at most an
     *    unreferenced, never-overwritten object in the file store and no row.
     */
    const document = await issuePolicyDocument(ctx, tx, actor, policy);
    return { old, policy, document };
  });
}
