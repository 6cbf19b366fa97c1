import type { ApplicationStatus, Line, RatingInput, Premium } from '@policyhub/domain';
import { checkOnePerProductYear } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { nextBusinessNumber, protectIdNumber } from '../../policies/index.js';
import { applications } from '../tables.js';
import { toApplicationRecord } from '../repository.js';
import type { ApplicationPerson, ApplicationRecord, InsuredPerson } from '../types.js';

/** A person as the line has confirmed it, the ID number in clear (encrypted here, never stored so). */
export type NewPerson = {
  name: string;
  idType: string;
  idNumber: string;
  gender: 'M' | 'F' | null;
  birthDate: string | null;
};

export type NewApplication = {
  line: Line;
  /** Letters before the date in the application number (the exchange: 'TA'). */
  numberPrefix: string;
  userId: string | null;
  orgId: string | null;
  productId: string;
  productVersionId: string;
  insurerOrgId: string;
  /** Set by lines allowing one application per person, product and year; see tables.ts. */
  productYear: number | null;
  /** Where the line's applications start in the machine (the exchange: straight to underwriting). */
  status: Extract<ApplicationStatus, 'draft' | 'submitted' | 'underwriting'>;
  applicant: NewPerson & { mobile: string | null };
  /** Empty: the applicant alone is insured. */
  insured: (NewPerson & { relation: string; extra?: Record<string, unknown> })[];
  answers: Record<string, boolean>;
  quote: { input: RatingInput; premium: Premium };
  details?: Record<string, unknown>;
};

function protect(ctx: AppContext, field: string, person: NewPerson): ApplicationPerson {
  const id = protectIdNumber(ctx.crypto, field, person.idType, person.idNumber);
  return {
    name: person.name,
    idType: person.idType,
    idNumberEnc: id.enc,
    idNumberIdx: id.idx,
    idNumberMasked: id.masked,
    gender: person.gender,
    birthDate: person.birthDate,
  };
}

/** Whether an error (or one of its causes) is a unique violation of the person-year index. */
function isPersonYearConflict(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const x = e as { code?: string; constraint?: string; message?: string };
    if (
      x.code === '23505' &&
      `${x.constraint ?? ''} ${x.message ?? ''}`.includes('applications_person_year_uq')
    )
      return true;
  }
  return false;
}

/**
 * Records a submitted application of any line, in the caller's transaction, with its audit row:
 * ID numbers encrypted + blind-indexed + masked, the quote snapshot exactly as rated, a business
 * number. A second application of the same person, product and product year (a concurrent one
 * included) is refused with the domain's reason (checkOnePerProductYear).
 */
export async function createApplication(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: NewApplication,
): Promise<ApplicationRecord> {
  const applicant = protect(ctx, '投保人证件号码', input.applicant);
  const insured: InsuredPerson[] = input.insured.length
    ? input.insured.map((p, i) => ({
        ...protect(ctx, `被保险人第 ${i + 1} 人证件号码`, p),
        relation: p.relation,
        ...(p.extra ? { extra: p.extra } : {}),
      }))
    : [{ ...applicant, relation: 'self' }];
  if (input.quote.premium.premiumFen < 0 || !Number.isSafeInteger(input.quote.premium.premiumFen))
    throw new AppError('VALIDATION_FAILED', { message: '保费金额不正确' });
  try {
    return await executor.transaction(async (tx) => {
      const applicationNo = await nextBusinessNumber(tx, input.numberPrefix, ctx.now());
      const [row] = await tx
        .insert(applications)
        .values({
          applicationNo,
          line: input.line,
          userId: input.userId,
          orgId: input.orgId,
          productId: input.productId,
          productVersionId: input.productVersionId,
          insurerOrgId: input.insurerOrgId,
          productYear: input.productYear,
          status: input.status,
          applicantName: applicant.name,
          applicantIdType: applicant.idType,
          applicantIdNumberEnc: applicant.idNumberEnc,
          applicantIdNumberIdx: applicant.idNumberIdx,
          applicantIdNumberMasked: applicant.idNumberMasked,
          applicantGender: applicant.gender,
          applicantBirthDate: applicant.birthDate,
          applicantMobile: input.applicant.mobile,
          insured,
          answers: input.answers,
          quote: { input: input.quote.input, ...input.quote.premium },
          premiumFen: input.quote.premium.premiumFen,
          details: input.details ?? {},
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'application.submit',
        entityType: 'application',
        entityId: row!.id,
        detail: {
          applicationNo,
          line: input.line,
          productId: input.productId,
          premiumFen: input.quote.premium.premiumFen,
        },
      });
      return toApplicationRecord(row!);
    });
  } catch (error) {
    if (input.productYear !== null && isPersonYearConflict(error)) {
      const refused = checkOnePerProductYear([input.productYear], input.productYear);
      if (!refused.ok) throw new AppError('APPLICATION_REFUSED', { message: refused.reason });
    }
    throw error;
  }
}
