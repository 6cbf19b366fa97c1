import { applicationMachine, beijingDate } from '@policyhub/domain';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { findPolicies } from '../policies/index.js';
import type { ApplicationSummary, InsurerApplication } from './schemas.js';
import type { ApplicationRecord } from './types.js';

/** The reason shown with a declined application (a manual-review note is not a decline reason). */
export function declineReasonOf(application: ApplicationRecord): string | null {
  return application.status === 'declined' ? application.decisionReason : null;
}

export function applicationSummary(application: ApplicationRecord): ApplicationSummary {
  return {
    applicationNo: application.applicationNo,
    productId: application.productId,
    status: application.status,
    statusLabel: applicationMachine.label(application.status),
    applicantName: application.applicant.name,
    idNumberMasked: application.applicant.idNumberMasked,
    answers: application.answers,
    premiumFen: application.premiumFen,
    declineReason: declineReasonOf(application),
    createdAt: application.createdAt.toISOString(),
  };
}

/** Policy numbers of the issued ones among `list`, by policy id. */
export async function policyNumbersOf(
  executor: Executor,
  list: readonly ApplicationRecord[],
): Promise<Map<string, string>> {
  const ids = list.map((a) => a.policyId).filter((x): x is string => !!x);
  if (ids.length === 0) return new Map();
  return new Map((await findPolicies(executor, ids)).map((p) => [p.id, p.policyNo]));
}

/** The insurer system's view (the ID number decrypted: it issues in the applicant's name). */
export async function insurerApplicationViews(
  ctx: AppContext,
  executor: Executor,
  list: readonly ApplicationRecord[],
): Promise<InsurerApplication[]> {
  const numbers = await policyNumbersOf(executor, list);
  return list.map((a) => ({
    applicationNo: a.applicationNo,
    productId: a.productId,
    productVersionId: a.productVersionId,
    year: a.productYear ?? Number(beijingDate(a.createdAt).slice(0, 4)),
    status: a.status,
    applicant: {
      name: a.applicant.name,
      idType: a.applicant.idType,
      idNumber: a.applicant.idNumberEnc ? ctx.crypto.decrypt(a.applicant.idNumberEnc) : '',
      gender: a.applicant.gender,
      birthDate: a.applicant.birthDate,
      mobile: a.applicant.mobile,
    },
    answers: a.answers,
    premiumFen: a.premiumFen,
    insurerRef: a.insurerRef,
    policyNo: a.policyId ? (numbers.get(a.policyId) ?? null) : null,
    declineReason: declineReasonOf(a),
    createdAt: a.createdAt.toISOString(),
  }));
}

export async function insurerApplicationView(
  ctx: AppContext,
  executor: Executor,
  application: ApplicationRecord,
): Promise<InsurerApplication> {
  return (await insurerApplicationViews(ctx, executor, [application]))[0]!;
}
