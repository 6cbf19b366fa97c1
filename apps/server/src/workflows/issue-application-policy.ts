import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import type { Actor } from '../platform/audit/index.js';
import {
  assertApplicationMove,
  getApplication,
  markApplicationIssued,
  type ApplicationRecord,
  type ApplicationScope,
} from '../modules/applications/index.js';
import type { CreatePolicyInput, PolicyRecord } from '../modules/policies/index.js';
import type { IssuedDocument } from '../modules/documents/index.js';
import { issuePolicy } from './issue-policy.js';

/**
 * What the line decides about the policy of an application: its line code, product, cover
 * (period, sum insured), owning organization and details (wording printed on the e-policy).
 * Holder, insured people, premium and insurer come from the application itself.
 */
export type ApplicationPolicyTerms = Pick<
  CreatePolicyInput,
  'line' | 'productCode' | 'productName' | 'sumInsuredFen' | 'startsAt' | 'endsAt' | 'details' | 'orgId'
>;

export type IssueApplicationPolicyInput = {
  scope: ApplicationScope;
  applicationNo: string;
  insurerRef?: string | null;
  /** The line's facts of issuance, merged into the application's details (the exchange: 税优识别码). */
  details?: Record<string, unknown>;
  /**
   * The line's policy terms for this application, or a Chinese refusal (AppError). Runs inside
   * the transaction with the application locked; must write nothing.
   */
  policyTerms: (application: ApplicationRecord, tx: Executor) => Promise<ApplicationPolicyTerms>;
};

/**
 * Issues the policy of an accepted application of any line: the policy on the shared spine, its
 * signed e-policy and the application's move to 'issued', in ONE transaction — there is never an
 * issued application without its signed policy, nor a policy of an unissued one. The line gives
 * its terms (`policyTerms`) and does its own follow-up in the same transaction (the exchange: the
 * invitation). Steps and how each is undone:
 */
export async function issueApplicationPolicy(
  ctx: AppContext,
  actor: Actor,
  input: IssueApplicationPolicyInput,
  executor: Executor = ctx.db,
): Promise<{ application: ApplicationRecord; policy: PolicyRecord; document: IssuedDocument }> {
  return executor.transaction(async (tx) => {
    /**
     * 1. getApplication + assertApplicationMove (applications) — locks the row (FOR UPDATE) inside
     *    the scope (404 outside it) and checks that the machine allows 'issued'. Writes nothing;
     *    the lock goes with commit or rollback.
     */
    const application = await getApplication(tx, input.scope, input.applicationNo, { forUpdate: true });
    assertApplicationMove(application.status, 'issued');
    /** 2. policyTerms (the line) — validates and builds the line's part. Writes nothing. */
    const terms = await input.policyTerms(application, tx);
    /**
     * 3. issuePolicy (policies + documents) — policy rows (rolled back with the transaction) and
     *    the signed e-policy: its PDF is stored content-addressed before its row is written, so a
     *    rollback leaves at most an unreferenced, never-overwritten object in the file store.
     */
    const { policy, document } = await issuePolicy(ctx, actor, policyInputOf(ctx, application, terms), tx);
    /**
     * 4. markApplicationIssued (applications) — application → 'issued' with its policy and the
     *    line's facts, audit row: database only, undone by the rollback.
     */
    const updated = await markApplicationIssued(ctx, tx, actor, application, {
      policyId: policy.id,
      policyNo: policy.policyNo,
      documentId: document.id,
      insurerRef: input.insurerRef ?? null,
      ...(input.details ? { details: input.details } : {}),
    });
    return { application: updated, policy, document };
  });
}

/** The policy of an application: the line's terms + holder, insured, premium and insurer as applied. */
function policyInputOf(
  ctx: AppContext,
  application: ApplicationRecord,
  terms: ApplicationPolicyTerms,
): CreatePolicyInput {
  const a = application.applicant;
  // What the insured list prints for each person (保障方案 / 保险金额 / 保险费): the line's product
  // and sum insured per person; the quoted premium when one person is insured (otherwise the
  // line's own per-person figures in `extra`, if it gave them).
  const alone = application.insured.length === 1;
  const printed = (extra: Record<string, unknown> | undefined) => ({
    plan: typeof terms.details?.planName === 'string' ? terms.details.planName : terms.productName,
    sumInsuredFen: terms.sumInsuredFen,
    ...(alone ? { premiumFen: application.premiumFen } : {}),
    ...extra,
  });
  return {
    ...terms,
    orgId: terms.orgId ?? null,
    insurerOrgId: application.insurerOrgId,
    holderUserId: application.userId,
    holder: { name: a.name, idType: a.idType, idNumber: ctx.crypto.decrypt(a.idNumberEnc) },
    premiumFen: application.premiumFen,
    insured: application.insured.map((p) => ({
      name: p.name,
      idType: p.idType,
      idNumber: ctx.crypto.decrypt(p.idNumberEnc),
      gender: p.gender,
      birthDate: p.birthDate,
      extra: printed(p.extra),
    })),
  };
}
