import type { ApplicationStatus, Line } from '@policyhub/domain';
import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import { notFound } from '../../platform/errors.js';
import { applications } from './tables.js';
import type { ApplicationRecord } from './types.js';

/**
 * Who may see an application: a user's data scope (the applicant himself, the owning
 * organization's subtree, an insurer's staff the applications sent to their insurer), or an
 * insurer system authenticated by its API key (`insurer`: exactly that insurer's applications).
 */
export type ApplicationScope = DataScope | { kind: 'insurer'; insurerOrgId: string };

export function applicationScopeCondition(scope: ApplicationScope): SQL {
  if (scope.kind === 'insurer') return eq(applications.insurerOrgId, scope.insurerOrgId);
  return or(
    scopeCondition(scope, { orgIdColumn: applications.orgId, userIdColumn: applications.userId }),
    scopeCondition(scope, { orgIdColumn: applications.insurerOrgId }),
  )!;
}

export type ApplicationRow = typeof applications.$inferSelect;

export function toApplicationRecord(row: ApplicationRow): ApplicationRecord {
  const {
    applicantName,
    applicantIdType,
    applicantIdNumberEnc,
    applicantIdNumberIdx,
    applicantIdNumberMasked,
    applicantGender,
    applicantBirthDate,
    applicantMobile,
    ...rest
  } = row;
  return {
    ...rest,
    applicant: {
      name: applicantName,
      idType: applicantIdType,
      idNumberEnc: applicantIdNumberEnc,
      idNumberIdx: applicantIdNumberIdx,
      idNumberMasked: applicantIdNumberMasked,
      gender: applicantGender ?? null,
      birthDate: applicantBirthDate,
      mobile: applicantMobile,
    },
  };
}

export type ApplicationFilters = {
  line?: Line;
  status?: ApplicationStatus;
  userId?: string;
  productId?: string;
  productYear?: number;
  /** The applicant's ID number blind index (a union member's application history). */
  applicantIdNumberIdx?: string;
  limit?: number;
};

/** Applications inside the scope, newest first. */
export async function findApplications(
  executor: Executor,
  scope: ApplicationScope,
  filters: ApplicationFilters = {},
): Promise<ApplicationRecord[]> {
  const rows = await executor
    .select()
    .from(applications)
    .where(
      and(
        applicationScopeCondition(scope),
        filters.line ? eq(applications.line, filters.line) : undefined,
        filters.status ? eq(applications.status, filters.status) : undefined,
        filters.userId ? eq(applications.userId, filters.userId) : undefined,
        filters.productId ? eq(applications.productId, filters.productId) : undefined,
        filters.productYear !== undefined ? eq(applications.productYear, filters.productYear) : undefined,
        filters.applicantIdNumberIdx
          ? eq(applications.applicantIdNumberIdx, filters.applicantIdNumberIdx)
          : undefined,
      ),
    )
    .orderBy(desc(applications.createdAt), desc(applications.applicationNo))
    .limit(filters.limit ?? 500);
  return rows.map(toApplicationRecord);
}

/**
 * One application by its number inside the scope; outside it (another insurer's, another
 * person's, another organization's) it answers 404 like a number that does not exist.
 * `forUpdate` locks the row for a status move inside the caller's transaction.
 */
export async function getApplication(
  executor: Executor,
  scope: ApplicationScope,
  applicationNo: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRecord> {
  const q = executor
    .select()
    .from(applications)
    .where(and(eq(applications.applicationNo, applicationNo), applicationScopeCondition(scope)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('投保申请');
  return toApplicationRecord(row);
}
