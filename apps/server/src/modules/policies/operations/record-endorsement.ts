import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { endorsements, policies, policyInsured } from '../tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { currentStatus, LINE_NUMBER_CODES, POLICY_STATUS_LABELS } from '../labels.js';
import { nextBusinessNumber } from '../numbers.js';
import { protectIdNumber } from '../identity.js';
import {
  findEndorsementRow,
  findPolicyRow,
  type EndorsementRecord,
  type PolicyRecord,
} from '../repository.js';
import type { NewInsured } from './create-policy.js';

export type EndorsementInput = {
  policyId: string;
  /** e.g. change_info, add_insured, remove_insured, change_period, change_coverage, other. */
  kind: string;
  /** The endorsement wording (批文), one sentence or more. */
  description: string;
  changes?: { item: string; before: unknown; after: unknown }[];
  effectiveAt: Date;
  /** Fields of the policy that change (the new values). */
  patch?: {
    endsAt?: Date;
    sumInsuredFen?: number;
    premiumFen?: number;
    holderName?: string;
    details?: Record<string, unknown>;
  };
  insuredAdded?: NewInsured[];
  /** Sequence numbers of insured persons leaving the policy. */
  insuredRemoved?: number[];
};

/**
 * Records an endorsement (批改) on a policy in force: the change, the next sequence and number,
 * the policy's new version and status 'endorsed'. The signed 批单 is issued by the caller in the
 * same transaction (workflows/endorse-policy.ts), so a failed signature leaves no endorsement.
 */
export async function recordEndorsement(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: EndorsementInput,
): Promise<{ endorsement: EndorsementRecord; policy: PolicyRecord }> {
  // Row lock: concurrent endorsements of one policy take turns, so sequences and versions stay dense.
  await executor.execute(sql`select 1 from ${policies} where ${policies.id} = ${input.policyId} for update`);
  const policy = await findPolicyRow(executor, input.policyId);
  if (!policy) throw notFound('保单');
  const now = ctx.now();
  const status = currentStatus(policy, now);
  if (status !== 'issued' && status !== 'endorsed')
    throw new AppError('INVALID_STATE', { message: `保单${POLICY_STATUS_LABELS[status]}，不能批改` });
  if (!input.description.trim()) throw new AppError('VALIDATION_FAILED', { message: '请填写批改内容' });
  const patch = input.patch ?? {};
  if (patch.endsAt && patch.endsAt.getTime() <= policy.startsAt.getTime())
    throw new AppError('VALIDATION_FAILED', { message: '保险止期须晚于保险起期' });

  const [last] = await executor
    .select({ seq: sql<number>`coalesce(max(${endorsements.seq}), 0)` })
    .from(endorsements)
    .where(eq(endorsements.policyId, policy.id));
  const seq = Number(last?.seq ?? 0) + 1;
  const endorsementNo = await nextBusinessNumber(executor, `PE${LINE_NUMBER_CODES[policy.line]}`, now);
  const [row] = await executor
    .insert(endorsements)
    .values({
      policyId: policy.id,
      seq,
      endorsementNo,
      kind: input.kind,
      description: input.description.trim(),
      changes: input.changes ?? [],
      effectiveAt: input.effectiveAt,
      createdAt: now,
    })
    .returning({ id: endorsements.id });

  if (input.insuredRemoved?.length) {
    await executor
      .delete(policyInsured)
      .where(and(eq(policyInsured.policyId, policy.id), inArray(policyInsured.seq, input.insuredRemoved)));
  }
  if (input.insuredAdded?.length) {
    const [max] = await executor
      .select({ seq: sql<number>`coalesce(max(${policyInsured.seq}), 0)` })
      .from(policyInsured)
      .where(eq(policyInsured.policyId, policy.id));
    let next = Number(max?.seq ?? 0);
    await executor.insert(policyInsured).values(
      input.insuredAdded.map((p, i) => {
        const id = protectIdNumber(ctx.crypto, `新增第 ${i + 1} 位被保险人证件`, p.idType, p.idNumber);
        return {
          policyId: policy.id,
          seq: ++next,
          name: p.name.trim(),
          idType: p.idType,
          idNumberEnc: id.enc,
          idNumberIdx: id.idx,
          idNumberMasked: id.masked,
          gender: p.gender ?? null,
          birthDate: p.birthDate ?? null,
          extra: p.extra ?? {},
        };
      }),
    );
  }

  await executor
    .update(policies)
    .set({
      status: 'endorsed',
      version: sql`${policies.version} + 1`,
      statusChangedAt: now,
      ...(patch.endsAt ? { endsAt: patch.endsAt } : {}),
      ...(patch.sumInsuredFen !== undefined ? { sumInsuredFen: patch.sumInsuredFen } : {}),
      ...(patch.premiumFen !== undefined ? { premiumFen: patch.premiumFen } : {}),
      ...(patch.holderName ? { holderName: patch.holderName.trim() } : {}),
      ...(patch.details ? { details: { ...policy.details, ...patch.details } } : {}),
    })
    .where(eq(policies.id, policy.id));
  await recordAudit(executor, actor, {
    action: 'policy.endorse',
    entityType: 'policy',
    entityId: policy.id,
    detail: { policyNo: policy.policyNo, endorsementNo, seq, kind: input.kind },
  });
  return {
    endorsement: (await findEndorsementRow(executor, row!.id))!,
    policy: (await findPolicyRow(executor, policy.id))!,
  };
}
