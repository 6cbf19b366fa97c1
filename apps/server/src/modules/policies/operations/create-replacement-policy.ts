import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { DataScope } from '../../../platform/access.js';
import { policies, policyInsured } from '../tables.js';
import type { Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { currentStatus, POLICY_STATUS_LABELS } from '../labels.js';
import { findPolicyRow, type PolicyRecord } from '../repository.js';
import { createPolicy, type CreatePolicyInput } from './create-policy.js';

/** What a reissue (换发) may change; everything not given is copied from the old policy. */
export type ReissueChanges = Partial<
  Pick<
    CreatePolicyInput,
    'holder' | 'sumInsuredFen' | 'premiumFen' | 'startsAt' | 'endsAt' | 'details' | 'insured'
  >
>;

/**
 * Creates the policy that replaces `policyId` (换发): a NEW policy number, `replaces_policy_id` set,
 * the old one's terms with `changes` applied; the insured list is `changes.insured` when given,
 * else copied row by row (encrypted ID numbers included) from the old policy. Locks the old row
 * FOR UPDATE; refuses when it is not visible in `scope` (404) or no longer in force. It does not
 * cancel the old policy nor sign: workflows/reissue-policy.ts does both in the same transaction.
 */
export async function createReplacementPolicy(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: { policyId: string; changes: ReissueChanges; scope?: DataScope },
): Promise<{ old: PolicyRecord; policy: PolicyRecord }> {
  await executor.execute(sql`select 1 from ${policies} where ${policies.id} = ${input.policyId} for update`);
  const old = await findPolicyRow(executor, input.policyId, input.scope);
  if (!old) throw notFound('保单');
  const status = currentStatus(old, ctx.now());
  if (status !== 'issued' && status !== 'endorsed')
    throw new AppError('INVALID_STATE', { message: `保单${POLICY_STATUS_LABELS[status]}，不能换发` });
  const [secret] = await executor
    .select({ enc: policies.holderIdNumberEnc })
    .from(policies)
    .where(eq(policies.id, old.id));
  const c = input.changes;
  const policy = await createPolicy(ctx, executor, actor, {
    line: old.line,
    productCode: old.productCode,
    productName: old.productName,
    insurerOrgId: old.insurerOrgId,
    orgId: old.orgId,
    holderUserId: old.holderUserId,
    holder: c.holder ?? {
      name: old.holderName,
      idType: old.holderIdType,
      idNumber: ctx.crypto.decrypt(secret!.enc),
    },
    sumInsuredFen: c.sumInsuredFen ?? old.sumInsuredFen,
    premiumFen: c.premiumFen ?? old.premiumFen,
    startsAt: c.startsAt ?? old.startsAt,
    endsAt: c.endsAt ?? old.endsAt,
    details: { ...old.details, ...c.details, replacesPolicyNo: old.policyNo },
    insured: c.insured ?? [],
    replacesPolicyId: old.id,
  });
  if (!c.insured) {
    await executor.execute(sql`
      insert into ${policyInsured}
        (policy_id, seq, name, id_type, id_number_enc, id_number_idx, id_number_masked, gender, birth_date, extra)
      select ${policy.id}::uuid, seq, name, id_type, id_number_enc, id_number_idx, id_number_masked,
             gender, birth_date, extra
        from ${policyInsured} where ${policyInsured.policyId} = ${old.id}`);
  }
  return { old, policy };
}

/** The policy that replaced `policyId` by a reissue, if any (its number). */
export async function findReplacementOf(
  executor: Executor,
  policyId: string,
): Promise<{ id: string; policyNo: string } | null> {
  const [row] = await executor
    .select({ id: policies.id, policyNo: policies.policyNo })
    .from(policies)
    .where(eq(policies.replacesPolicyId, policyId))
    .limit(1);
  return row ?? null;
}
