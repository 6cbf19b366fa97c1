import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import type { Actor } from '../platform/audit/index.js';
import {
  createPolicy,
  policyDocumentDataWithRecord,
  type CreatePolicyInput,
  type PolicyRecord,
} from '../modules/policies/index.js';
import { issueDocument, type IssuedDocument } from '../modules/documents/index.js';

/**
 * Issues the signed e-policy of an existing policy (its current version), inside `executor`'s
 * transaction. Used after underwriting and payment by every line, and by reissue-policy.ts.
 * Undo: its document row goes with the caller's rollback; the PDF stored before it stays as an
 * unreferenced, never-overwritten object in the file store.
 */
export async function issuePolicyDocument(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  policy: Pick<PolicyRecord, 'id' | 'insurerOrgId'>,
  options: { specimen?: boolean } = {},
): Promise<IssuedDocument> {
  const { data, record } = await policyDocumentDataWithRecord(executor, policy.id);
  return issueDocument(ctx, executor, {
    kind: 'policy',
    policyId: policy.id,
    policy: record,
    insurerOrgId: policy.insurerOrgId,
    data,
    actor,
    ...(options.specimen ? { specimen: true } : {}),
  });
}

/**
 * Records a policy and issues its signed e-policy in one transaction: either both exist
 * afterwards or neither (a failed signature leaves no unsigned policy behind). Steps and undo:
 * 1. createPolicy — database rows, undone by the rollback;
 * 2. issueDocument — renders and signs in memory, then stores the PDF content-addressed before
 *    the rows are written; a rollback leaves at most an unreferenced object in the file store,
 *    never a row without bytes (files are never overwritten, so nothing else is affected).
 */
export async function issuePolicy(
  ctx: AppContext,
  actor: Actor,
  input: CreatePolicyInput,
  executor: Executor = ctx.db,
): Promise<{ policy: PolicyRecord; document: IssuedDocument }> {
  return executor.transaction(async (tx) => {
    /** 1. createPolicy (policies) — database rows, undone by the rollback. */
    const policy = await createPolicy(ctx, tx, actor, input);
    /** 2. issuePolicyDocument (documents) — see above: row rolled back, stored PDF left unreferenced. */
    const document = await issuePolicyDocument(ctx, tx, actor, policy);
    return { policy, document };
  });
}
