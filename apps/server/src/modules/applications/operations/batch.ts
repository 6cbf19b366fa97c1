import { applicationMachine, type ApplicationStatus, type Line } from '@policyhub/domain';
import { and, count, countDistinct, desc, eq, inArray, sql, sum, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { nextBusinessNumbers, protectIdNumber } from '../../policies/index.js';
import { applications } from '../tables.js';
import { applicationScopeCondition, toApplicationRecord, type ApplicationScope } from '../repository.js';
import type { ApplicationRecord, InsuredPerson } from '../types.js';
import type { NewApplication } from './create-application.js';

/**
 * Batch work on applications for lines that keep lists of them (the union's 投保管理): a filter
 * over the owning organization, status, product, applicant and the line's `details` keys, with
 * paging, totals, bulk creation (one INSERT per chunk, numbers taken at once) and bulk moves
 * checked by packages/domain applicationMachine.
 */
export type BatchFilter = {
  line: Line;
  orgId?: string;
  statuses?: readonly ApplicationStatus[];
  productId?: string;
  productVersionId?: string;
  applicantIdNumberIdx?: string;
  applicantIdNumberIdxIn?: readonly string[];
  /** Equality on top-level string keys of `details` (e.g. memberNo, memberId). */
  details?: Record<string, string>;
  ids?: readonly string[];
};

function conditionOf(scope: ApplicationScope, filter: BatchFilter): SQL {
  return and(
    applicationScopeCondition(scope),
    eq(applications.line, filter.line),
    filter.orgId ? eq(applications.orgId, filter.orgId) : undefined,
    filter.statuses?.length ? inArray(applications.status, [...filter.statuses]) : undefined,
    filter.productId ? eq(applications.productId, filter.productId) : undefined,
    filter.productVersionId ? eq(applications.productVersionId, filter.productVersionId) : undefined,
    filter.applicantIdNumberIdx
      ? eq(applications.applicantIdNumberIdx, filter.applicantIdNumberIdx)
      : undefined,
    filter.applicantIdNumberIdxIn
      ? inArray(
          applications.applicantIdNumberIdx,
          filter.applicantIdNumberIdxIn.length ? [...filter.applicantIdNumberIdxIn] : [''],
        )
      : undefined,
    ...Object.entries(filter.details ?? {}).map(
      ([key, value]) => sql`${applications.details} ->> ${key} = ${value}`,
    ),
    filter.ids
      ? inArray(
          applications.id,
          filter.ids.length ? [...filter.ids] : ['00000000-0000-0000-0000-000000000000'],
        )
      : undefined,
  )!;
}

/** One page of the filtered applications, newest first, with the total. */
export async function pageApplications(
  executor: Executor,
  scope: ApplicationScope,
  filter: BatchFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: ApplicationRecord[]; total: number }> {
  const where = conditionOf(scope, filter);
  const [rows, [counted]] = await Promise.all([
    executor
      .select()
      .from(applications)
      .where(where)
      .orderBy(desc(applications.createdAt), desc(applications.applicationNo))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    executor.select({ n: count() }).from(applications).where(where),
  ]);
  return { items: rows.map(toApplicationRecord), total: counted?.n ?? 0 };
}

/** Every filtered application (checks and bulk moves; callers bound the filter). */
export async function listApplicationsWhere(
  executor: Executor,
  scope: ApplicationScope,
  filter: BatchFilter,
): Promise<ApplicationRecord[]> {
  const rows = await executor.select().from(applications).where(conditionOf(scope, filter));
  return rows.map(toApplicationRecord);
}

/** Count, head-count (distinct applicants) and premium total of the filtered applications. */
export async function summarizeApplications(
  executor: Executor,
  scope: ApplicationScope,
  filter: BatchFilter,
): Promise<{ count: number; people: number; premiumFen: number }> {
  const [row] = await executor
    .select({
      n: count(),
      people: countDistinct(applications.applicantIdNumberIdx),
      premium: sum(applications.premiumFen),
    })
    .from(applications)
    .where(conditionOf(scope, filter));
  return { count: row?.n ?? 0, people: row?.people ?? 0, premiumFen: Number(row?.premium ?? 0) };
}

/**
 * Moves every filtered application in one of `from` to `to` (each `from` → `to` checked by the
 * machine), merging `detailsPatch` into details; one audit row for the batch. Returns how many.
 */
export async function moveApplicationsWhere(
  executor: Executor,
  actor: Actor,
  scope: ApplicationScope,
  filter: BatchFilter,
  from: readonly ApplicationStatus[],
  to: ApplicationStatus,
  detailsPatch: Record<string, unknown> = {},
): Promise<{ moved: number; applicationNos: string[] }> {
  for (const state of from) {
    const move = applicationMachine.checkMove(state, to);
    if (!move.ok) throw new AppError('INVALID_STATE', { message: move.reason });
  }
  return executor.transaction(async (tx) => {
    const rows = await tx
      .update(applications)
      .set({
        status: to,
        details: sql`${applications.details} || ${JSON.stringify(detailsPatch)}::jsonb`,
      })
      .where(and(conditionOf(scope, { ...filter, statuses: from })))
      .returning({ id: applications.id, applicationNo: applications.applicationNo });
    if (rows.length)
      await recordAudit(tx, actor, {
        action: 'application.status',
        entityType: 'application',
        entityId: rows[0]!.id,
        detail: {
          line: filter.line,
          from,
          to,
          count: rows.length,
          applicationNos: rows.slice(0, 50).map((r) => r.applicationNo),
        },
      });
    return { moved: rows.length, applicationNos: rows.map((r) => r.applicationNo) };
  });
}

/** Merges `patch` into the details of the filtered applications in one of `statuses` (no move). */
export async function patchApplicationsDetails(
  executor: Executor,
  actor: Actor,
  scope: ApplicationScope,
  filter: BatchFilter,
  patch: Record<string, unknown>,
): Promise<number> {
  return executor.transaction(async (tx) => {
    const rows = await tx
      .update(applications)
      .set({ details: sql`${applications.details} || ${JSON.stringify(patch)}::jsonb` })
      .where(conditionOf(scope, filter))
      .returning({ id: applications.id });
    if (rows.length)
      await recordAudit(tx, actor, {
        action: 'application.update',
        entityType: 'application',
        entityId: rows[0]!.id,
        detail: { line: filter.line, count: rows.length, patch },
      });
    return rows.length;
  });
}

/**
 * Rewrites an application the line allows editing (its product, quote, premium and details), in
 * the caller's transaction; the row must still be in `editable` (else a state error).
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
  const [row] = await executor
    .update(applications)
    .set({
      productId: changes.productId,
      productVersionId: changes.productVersionId,
      insurerOrgId: changes.insurerOrgId,
      quote: { input: changes.quote.input, ...changes.quote.premium },
      premiumFen: changes.quote.premium.premiumFen,
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

const CHUNK = 1000;

/**
 * Records many applications at once (批量续转 of 10,000 members): ID numbers protected as in
 * createApplication, all numbers taken in one statement, one INSERT per 1,000 rows, one audit
 * row for the batch. No product-year rule (lines that need it use createApplication).
 */
export async function createApplications(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  inputs: readonly NewApplication[],
): Promise<{ id: string; applicationNo: string }[]> {
  if (!inputs.length) return [];
  const prefix = inputs[0]!.numberPrefix;
  return executor.transaction(async (tx) => {
    const numbers = await nextBusinessNumbers(tx, prefix, ctx.now(), inputs.length);
    const out: { id: string; applicationNo: string }[] = [];
    for (let start = 0; start < inputs.length; start += CHUNK) {
      const values = inputs.slice(start, start + CHUNK).map((input, i) => {
        const id = protectIdNumber(
          ctx.crypto,
          '投保人证件号码',
          input.applicant.idType,
          input.applicant.idNumber,
        );
        const applicant = {
          name: input.applicant.name,
          idType: input.applicant.idType,
          idNumberEnc: id.enc,
          idNumberIdx: id.idx,
          idNumberMasked: id.masked,
          gender: input.applicant.gender,
          birthDate: input.applicant.birthDate,
        };
        const insured: InsuredPerson[] = [{ ...applicant, relation: 'self' }];
        return {
          applicationNo: numbers[start + i]!,
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
      });
      const rows = await tx
        .insert(applications)
        .values(values)
        .returning({ id: applications.id, applicationNo: applications.applicationNo });
      out.push(...rows);
    }
    await recordAudit(tx, actor, {
      action: 'application.submit',
      entityType: 'application',
      entityId: out[0]!.id,
      detail: {
        line: inputs[0]!.line,
        count: out.length,
        first: out[0]!.applicationNo,
        last: out.at(-1)!.applicationNo,
      },
    });
    return out;
  });
}
