import {
  applicationMachine,
  beijingMidnight,
  isCalendarDate,
  startOfNextBeijingDay,
  type ApplicationStatus,
} from '@policyhub/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { exchangeApplications } from '../tables.js';
import { policies } from '../../../modules/policies/tables.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { CreatePolicyInput } from '../../../modules/policies/index.js';
import { getProductVersion } from '../product-content.js';
import { markInvitationStatus } from '../invitations.js';

export type ApplicationRow = typeof exchangeApplications.$inferSelect;

/** The application machine (packages/domain) decides which status changes are legal. */
function moveApplication(from: string, to: ApplicationStatus): ApplicationStatus {
  const move = applicationMachine.checkMove(from, to);
  if (!move.ok) throw new AppError('INVALID_STATE', { message: move.reason });
  return move.value;
}

export type InsurerApplicationView = {
  applicationNo: string;
  productId: string;
  productVersionId: string;
  year: number;
  status: ApplicationStatus;
  applicant: {
    name: string;
    idType: string;
    idNumber: string;
    gender: string | null;
    birthDate: string | null;
    mobile: string | null;
  };
  answers: Record<string, boolean>;
  premiumFen: number;
  insurerRef: string | null;
  policyNo: string | null;
  declineReason: string | null;
  createdAt: string;
};

/** One application of an insurer by its number, locked for the transition; another insurer's → 404. */
export async function getInsurerApplication(
  executor: Executor,
  insurerOrgId: string,
  applicationNo: string,
  forUpdate = false,
): Promise<ApplicationRow> {
  const q = executor
    .select()
    .from(exchangeApplications)
    .where(
      and(
        eq(exchangeApplications.applicationNo, applicationNo),
        eq(exchangeApplications.insurerOrgId, insurerOrgId),
      ),
    );
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('投保申请');
  return row;
}

export async function insurerApplicationView(
  ctx: AppContext,
  executor: Executor,
  row: ApplicationRow,
): Promise<InsurerApplicationView> {
  const a = row.applicant;
  let policyNo: string | null = null;
  if (row.policyId) {
    const [p] = await executor
      .select({ no: policies.policyNo })
      .from(policies)
      .where(eq(policies.id, row.policyId));
    policyNo = p?.no ?? null;
  }
  return {
    applicationNo: row.applicationNo,
    productId: row.productId,
    productVersionId: row.productVersionId,
    year: row.year,
    status: row.status,
    // The insurer underwrites and issues in the applicant's name: it needs the full ID number.
    applicant: {
      name: a.name ?? '',
      idType: a.idType ?? '',
      idNumber: a.idNumberEnc ? ctx.crypto.decrypt(a.idNumberEnc) : '',
      gender: a.gender ?? null,
      birthDate: a.birthDate ?? null,
      mobile: a.mobile ?? null,
    },
    answers: row.answers,
    premiumFen: row.premiumFen,
    insurerRef: row.insurerRef,
    policyNo,
    declineReason: row.declineReason,
    createdAt: row.createdAt.toISOString(),
  };
}

export type Decision = {
  decision: 'accept' | 'decline' | 'manual';
  reason?: string | null;
  insurerRef?: string | null;
};

/** The insurer's underwriting decision on an application (核保结论). */
export async function decideApplication(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  insurerOrgId: string,
  applicationNo: string,
  input: Decision,
): Promise<ApplicationRow> {
  if (input.decision === 'decline' && !input.reason?.trim())
    throw new AppError('VALIDATION_FAILED', { message: '拒保须说明原因' });
  return executor.transaction(async (tx) => {
    const row = await getInsurerApplication(tx, insurerOrgId, applicationNo, true);
    const status = moveApplication(
      row.status,
      input.decision === 'accept' ? 'accepted' : input.decision === 'decline' ? 'declined' : 'manual_review',
    );
    const [updated] = await tx
      .update(exchangeApplications)
      .set({
        status,
        declineReason: status === 'declined' ? input.reason!.trim() : null,
        insurerRef: input.insurerRef ?? row.insurerRef,
        decidedAt: ctx.now(),
      })
      .where(eq(exchangeApplications.id, row.id))
      .returning();
    if (status === 'declined' && row.invitationId)
      await markInvitationStatus(ctx, tx, row.invitationId, 'declined');
    await recordAudit(tx, actor, {
      action: `exchange_application.${input.decision}`,
      entityType: 'exchange_application',
      entityId: row.id,
      detail: { applicationNo, reason: input.reason ?? null },
    });
    return updated!;
  });
}

export type ApplicationIssueInput = {
  taxCode: string;
  insurerRef?: string | null;
  startsOn?: string | null;
};

/**
 * Step 1 of issuing an accepted application (workflows/issue-application-policy.ts): locks the
 * application (FOR UPDATE, inside the caller's transaction), checks that it may move to 'issued'
 * and that the 税优识别码 matches the format configured on the product version, and builds the
 * policy to create on the shared spine. Writes nothing.
 */
export async function prepareApplicationIssue(
  ctx: AppContext,
  tx: Executor,
  insurerOrgId: string,
  applicationNo: string,
  input: ApplicationIssueInput,
): Promise<{ application: ApplicationRow; policy: CreatePolicyInput }> {
  const row = await getInsurerApplication(tx, insurerOrgId, applicationNo, true);
  moveApplication(row.status, 'issued');
  const version = await getProductVersion(ctx, row.productVersionId, tx);
  if (!version) throw notFound('产品版本');
  const content = version.version.content;
  if (!new RegExp(content.taxCodeFormat).test(input.taxCode))
    throw new AppError('VALIDATION_FAILED', {
      message: `税优识别码格式不正确（应符合 ${content.taxCodeFormat}）`,
      details: [{ field: 'taxCode', message: '税优识别码格式不正确' }],
    });
  let startsAt: Date;
  if (input.startsOn) {
    if (!isCalendarDate(input.startsOn))
      throw new AppError('VALIDATION_FAILED', { message: '保险起期格式不正确' });
    startsAt = beijingMidnight(input.startsOn);
  } else {
    // Cover starts at 00:00 Beijing time of the day after issuance.
    startsAt = startOfNextBeijingDay(ctx.now());
  }
  const endsAt = new Date(
    Date.UTC(
      startsAt.getUTCFullYear() + 1,
      startsAt.getUTCMonth(),
      startsAt.getUTCDate(),
      startsAt.getUTCHours(),
    ) - 1000,
  );
  const a = row.applicant;
  const idNumber = ctx.crypto.decrypt(a.idNumberEnc ?? '');
  const gender = a.gender === 'M' || a.gender === 'F' ? a.gender : null;
  return {
    application: row,
    policy: {
      line: 'TAX_HEALTH',
      productCode: version.code,
      productName: version.name,
      insurerOrgId,
      orgId: null,
      holderUserId: row.userId,
      holder: { name: a.name ?? '', idType: a.idType ?? 'resident_id', idNumber },
      sumInsuredFen: content.sumInsuredFen,
      premiumFen: row.premiumFen,
      startsAt,
      endsAt,
      details: {
        applicationNo: row.applicationNo,
        taxCode: input.taxCode,
        productVersion: version.version.version,
        deductionCapFen: content.deductionCapFen,
        specialAgreements: [
          `税优识别码：${input.taxCode}`,
          `本保单为个人税收优惠型健康保险，保费可按规定在个人所得税前扣除，扣除限额为每年 ${content.deductionCapFen / 100} 元。`,
        ],
      },
      insured: [
        {
          name: a.name ?? '',
          idType: a.idType ?? 'resident_id',
          idNumber,
          gender,
          birthDate: a.birthDate ?? null,
        },
      ],
    },
  };
}

/**
 * Step 3 of issuing an accepted application: the application becomes 'issued' and points at its
 * policy, the invitation (if any) follows, and the issuance is audited — inside the caller's
 * transaction, so a rollback undoes all of it.
 */
export async function recordApplicationIssued(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  row: ApplicationRow,
  input: ApplicationIssueInput,
  issued: { policyId: string; policyNo: string; documentId: string },
): Promise<ApplicationRow> {
  const [updated] = await tx
    .update(exchangeApplications)
    .set({
      status: 'issued',
      policyId: issued.policyId,
      taxCode: input.taxCode,
      insurerRef: input.insurerRef ?? row.insurerRef,
    })
    .where(eq(exchangeApplications.id, row.id))
    .returning();
  if (row.invitationId) await markInvitationStatus(ctx, tx, row.invitationId, 'issued');
  await recordAudit(tx, actor, {
    action: 'exchange_application.issue',
    entityType: 'exchange_application',
    entityId: row.id,
    detail: { applicationNo: row.applicationNo, policyNo: issued.policyNo, documentId: issued.documentId },
  });
  return updated!;
}
