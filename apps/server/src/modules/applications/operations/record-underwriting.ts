import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { getApplication, type ApplicationScope } from '../repository.js';
import type { ApplicationRecord, UnderwritingDecision } from '../types.js';
import { transitionApplication } from './move-application.js';

export type UnderwritingInput = {
  decision: UnderwritingDecision;
  reason?: string | null;
  insurerRef?: string | null;
};

const TARGET = { accept: 'accepted', decline: 'declined', manual: 'manual_review' } as const;

/**
 * The insurer's underwriting outcome (核保结论) on an application: the status move the machine
 * allows (accept → accepted, decline → declined, manual → manual_review), the decision with its
 * reason (a decline needs one), the insurer's reference, who decided and when, and the audit row
 * `application.<decision>` — in the caller's transaction. An illegal move changes nothing.
 */
export async function recordUnderwriting(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  scope: ApplicationScope,
  applicationNo: string,
  input: UnderwritingInput,
): Promise<ApplicationRecord> {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'decline' && !reason)
    throw new AppError('VALIDATION_FAILED', { message: '拒保须说明原因' });
  return executor.transaction(async (tx) => {
    const current = await getApplication(tx, scope, applicationNo, { forUpdate: true });
    const updated = await transitionApplication(tx, current, TARGET[input.decision], {
      decision: input.decision,
      decisionReason: reason,
      insurerRef: input.insurerRef ?? current.insurerRef,
      decidedBy: actor.userId,
      decidedByName: actor.name,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      action: `application.${input.decision}`,
      entityType: 'application',
      entityId: current.id,
      detail: { applicationNo, line: current.line, reason },
    });
    return updated;
  });
}
