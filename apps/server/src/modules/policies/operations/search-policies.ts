import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { DataScope } from '../../../platform/access.js';
import { policies, policyInsured } from '../tables.js';
import type { Line } from '../labels.js';
import { policyColumns, policyScopeCondition, toPolicyRecord, type PolicyRecord } from '../repository.js';

export type PolicySearch = {
  line: Line;
  /** Only policies in force at `inForceAt`: stored issued/endorsed and not yet ended. */
  inForceAt?: Date;
  productCode?: string;
  policyNo?: string;
  /** Blind index of an ID number: the holder's or an insured person's. */
  idNumberIdx?: string;
  /** A line's member number kept as details.memberNo or an insured person's extra.memberNo. */
  memberNo?: string;
  /** Cover ending in [from, to] (e.g. a month's expiring policies). */
  endsBetween?: { from: Date; to: Date };
  ids?: readonly string[];
};

/**
 * Policies of one line in a data scope, newest first (or by end of cover for `endsBetween`),
 * paged — the list behind a line's own policy pages (the union's 保单提前终止 and 即将到期保单).
 */
export async function searchPolicies(
  executor: Executor,
  scope: DataScope,
  search: PolicySearch,
  page: { page: number; pageSize: number },
): Promise<{ items: PolicyRecord[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(policies.line, search.line), policyScopeCondition(scope)];
  if (search.inForceAt)
    conditions.push(inArray(policies.status, ['issued', 'endorsed']), gte(policies.endsAt, search.inForceAt));
  if (search.productCode) conditions.push(eq(policies.productCode, search.productCode));
  if (search.policyNo) conditions.push(eq(policies.policyNo, search.policyNo.trim()));
  if (search.idNumberIdx)
    conditions.push(
      or(
        eq(policies.holderIdNumberIdx, search.idNumberIdx),
        sql`exists (select 1 from ${policyInsured} pi where pi.policy_id = ${policies.id} and pi.id_number_idx = ${search.idNumberIdx})`,
      ),
    );
  if (search.memberNo)
    conditions.push(
      or(
        sql`${policies.details} ->> 'memberNo' = ${search.memberNo.trim()}`,
        sql`exists (select 1 from ${policyInsured} pi where pi.policy_id = ${policies.id} and pi.extra ->> 'memberNo' = ${search.memberNo.trim()})`,
      ),
    );
  if (search.endsBetween)
    conditions.push(
      gte(policies.endsAt, search.endsBetween.from),
      lte(policies.endsAt, search.endsBetween.to),
    );
  if (search.ids) conditions.push(search.ids.length ? inArray(policies.id, [...search.ids]) : sql`false`);
  const where = and(...conditions);
  const [total] = await executor.select({ n: count() }).from(policies).where(where);
  const rows = await executor
    .select(policyColumns)
    .from(policies)
    .where(where)
    .orderBy(
      ...(search.endsBetween
        ? [asc(policies.endsAt), asc(policies.policyNo)]
        : [desc(policies.issuedAt), desc(policies.policyNo)]),
    )
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return { items: rows.map(toPolicyRecord), total: Number(total?.n ?? 0) };
}
