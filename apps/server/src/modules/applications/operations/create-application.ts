import { and, eq, inArray } from 'drizzle-orm';
import type { ApplicationStatus, Line, RatingInput, Premium } from '@policyhub/domain';
import { checkOnePerProductYear } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { nextBusinessNumber, nextBusinessNumbers, protectIdNumber } from '../../policies/index.js';
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

/** The row of a new application: ID numbers protected, the quote snapshot exactly as rated. */
function rowOf(
  ctx: AppContext,
  input: NewApplication,
  applicationNo: string,
): typeof applications.$inferInsert {
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
  return {
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
  };
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
  const values = rowOf(ctx, input, ''); // a bad ID number or premium is refused before a number is taken
  try {
    return await executor.transaction(async (tx) => {
      const applicationNo = await nextBusinessNumber(tx, input.numberPrefix, ctx.now());
      const [row] = await tx
        .insert(applications)
        .values({ ...values, applicationNo })
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

const CHUNK = 1000;

/**
 * Records many applications at once (the union's 批量续转 of 10,000 members), in the caller's
 * transaction: rows as createApplication makes them, all numbers taken in one statement, one
 * INSERT per 1,000 rows, one audit row for the batch. No product-year rule (lines that need it
 * use createApplication one by one).
 */
export async function createApplications(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  inputs: readonly NewApplication[],
): Promise<{ id: string; applicationNo: string }[]> {
  if (!inputs.length) return [];
  if (inputs.some((i) => i.productYear !== null))
    throw new Error('createApplications: product-year applications go through createApplication');
  const numbers = await nextBusinessNumbers(executor, inputs[0]!.numberPrefix, ctx.now(), inputs.length);
  const out: { id: string; applicationNo: string }[] = [];
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const values = inputs
      .slice(start, start + CHUNK)
      .map((input, i) => rowOf(ctx, input, numbers[start + i]!));
    out.push(
      ...(await executor
        .insert(applications)
        .values(values)
        .returning({ id: applications.id, applicationNo: applications.applicationNo })),
    );
  }
  await recordAudit(executor, actor, {
    action: 'application.submit',
    entityType: 'application',
    ...(out.length === 1 ? { entityId: out[0]!.id } : {}),
    detail: {
      line: inputs[0]!.line,
      count: out.length,
      first: out[0]!.applicationNo,
      last: out.at(-1)!.applicationNo,
      applicationNos: out.slice(0, 2000).map((o) => o.applicationNo),
    },
  });
  return out;
}

/**
 * Rewrites an application the line lets its owner edit (product, quote, premium, details), in
 * the caller's transaction; the row must still be in one of `editable`, else a state error and
 * nothing changes.
 */
export async function reviseApplication(
  executor: Executor,
  actor: Actor,
  application: ApplicationRecord,
  editable: readonly ApplicationStatus[],
  changes: Pick<NewApplication, 'productId' | 'productVersionId' | 'insurerOrgId' | 'quote'> & {
    details: Record<string, unknown>;
  },
): Promise<ApplicationRecord> {
  const premiumFen = changes.quote.premium.premiumFen;
  if (premiumFen < 0 || !Number.isSafeInteger(premiumFen))
    throw new AppError('VALIDATION_FAILED', { message: '保费金额不正确' });
  const [row] = await executor
    .update(applications)
    .set({
      productId: changes.productId,
      productVersionId: changes.productVersionId,
      insurerOrgId: changes.insurerOrgId,
      quote: { input: changes.quote.input, ...changes.quote.premium },
      premiumFen,
      details: changes.details,
    })
    .where(and(eq(applications.id, application.id), inArray(applications.status, [...editable])))
    .returning();
  if (!row) throw new AppError('INVALID_STATE', { message: '只有新建或打回的投保申请可以修改' });
  await recordAudit(executor, actor, {
    action: 'application.update',
    entityType: 'application',
    entityId: row.id,
    detail: { applicationNo: row.applicationNo, line: row.line, premiumFen: row.premiumFen },
  });
  return toApplicationRecord(row);
}
