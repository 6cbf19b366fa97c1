import { beijingMidnight, isCalendarDate, startOfNextBeijingDay } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { ApplicationRecord } from '../../../modules/applications/index.js';
import { getProductVersion } from '../product-content.js';
import {
  issueApplicationPolicy,
  type ApplicationPolicyTerms,
} from '../../../workflows/issue-application-policy.js';
import { exchangeDetailsOf } from '../application-details.js';
import { markInvitationStatus } from '../invitations.js';
import { exchangeLine } from '../line.js';
import { insurerScope } from './underwrite-application.js';
import { notifyApplicationIssued } from './notify-applicant.js';

export type ApplicationIssueInput = {
  taxCode: string;
  insurerRef?: string | null;
  startsOn?: string | null;
};

/**
 * The exchange's policy terms for an accepted application (EX-8): the 税优识别码 must match the
 * format configured on the product version; one year of cover from 00:00 Beijing time of the
 * given day (default: the day after issuance); the tax wording printed on the e-policy.
 */
export async function exchangePolicyTerms(
  ctx: AppContext,
  tx: Executor,
  application: ApplicationRecord,
  input: ApplicationIssueInput,
): Promise<ApplicationPolicyTerms> {
  const version = await getProductVersion(ctx, application.productVersionId, tx);
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
  return {
    line: exchangeLine.code,
    productCode: version.code,
    productName: version.name,
    orgId: null,
    sumInsuredFen: content.sumInsuredFen,
    startsAt,
    endsAt,
    details: {
      applicationNo: application.applicationNo,
      taxCode: input.taxCode,
      productVersion: version.version.version,
      deductionCapFen: content.deductionCapFen,
      // The product's hotline is the e-policy's 客服电话 unless the insurer configured its own.
      insurerInfo: { phone: content.hotline },
      specialAgreements: [
        `税优识别码：${input.taxCode}`,
        `本保单为个人税收优惠型健康保险，保费可按规定在个人所得税前扣除，扣除限额为每年 ${content.deductionCapFen / 100} 元。`,
      ],
    },
  };
}

/**
 * Issues an accepted exchange application (EX-8) through workflows/issue-application-policy.ts
 * with this line's terms and records the 税优识别码; the employee's invitation follows to
 * 'issued' and the employee's SMS (and e-mail) are queued in the same transaction (undone with it).
 */
export async function issueExchangeApplication(
  ctx: AppContext,
  actor: Actor,
  input: ApplicationIssueInput & { insurerOrgId: string; applicationNo: string },
  executor: Executor = ctx.db,
): Promise<{ application: ApplicationRecord; policyNo: string; documentId: string }> {
  return executor.transaction(async (tx) => {
    const issued = await issueApplicationPolicy(
      ctx,
      actor,
      {
        scope: insurerScope(input.insurerOrgId),
        applicationNo: input.applicationNo,
        insurerRef: input.insurerRef ?? null,
        details: { taxCode: input.taxCode },
        policyTerms: (application, t) => exchangePolicyTerms(ctx, t, application, input),
      },
      tx,
    );
    const { invitationId } = exchangeDetailsOf(issued.application);
    if (invitationId) await markInvitationStatus(ctx, tx, invitationId, 'issued');
    await notifyApplicationIssued(ctx, tx, issued.application, issued.policy, issued.document);
    return {
      application: issued.application,
      policyNo: issued.policy.policyNo,
      documentId: issued.document.id,
    };
  });
}
