import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { policies } from '../tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { currentStatus, POLICY_STATUS_LABELS } from '../labels.js';
import { findPolicyRow, type PolicyRecord } from '../repository.js';

async function endPolicy(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: { policyId: string; reason: string; at?: Date },
  to: 'cancelled' | 'terminated',
): Promise<PolicyRecord> {
  await executor.execute(sql`select 1 from ${policies} where ${policies.id} = ${input.policyId} for update`);
  const policy = await findPolicyRow(executor, input.policyId);
  if (!policy) throw notFound('保单');
  const now = ctx.now();
  const status = currentStatus(policy, now);
  const verb = to === 'cancelled' ? '撤单' : '终止';
  if (status !== 'issued' && status !== 'endorsed')
    throw new AppError('INVALID_STATE', { message: `保单${POLICY_STATUS_LABELS[status]}，不能${verb}` });
  if (!input.reason.trim()) throw new AppError('VALIDATION_FAILED', { message: `请填写${verb}原因` });
  await executor
    .update(policies)
    .set({ status: to, statusReason: input.reason.trim(), statusChangedAt: input.at ?? now })
    .where(eq(policies.id, policy.id));
  await recordAudit(executor, actor, {
    action: to === 'cancelled' ? 'policy.cancel' : 'policy.terminate',
    entityType: 'policy',
    entityId: policy.id,
    detail: { policyNo: policy.policyNo, reason: input.reason.trim(), from: status },
  });
  return (await findPolicyRow(executor, policy.id))!;
}

/** Cancels (撤单) a policy in force; final, shown by verification as 已撤单. */
export function cancelPolicy(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: { policyId: string; reason: string },
): Promise<PolicyRecord> {
  return endPolicy(ctx, executor, actor, input, 'cancelled');
}

/** Terminates (提前终止) a policy in force; final, shown by verification as 已终止. */
export function terminatePolicy(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: { policyId: string; reason: string; at?: Date },
): Promise<PolicyRecord> {
  return endPolicy(ctx, executor, actor, input, 'terminated');
}
