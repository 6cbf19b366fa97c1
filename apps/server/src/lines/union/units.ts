import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { AuthUser, DataScope } from '../../platform/access.js';
import { scopeOf } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import { organizations } from '../../platform/identity/tables.js';
import { unionUnits } from './tables.js';

/** Union roles per level of the chain (基层工会 → 代办处 → 总会/信息部). */
export const BASE_ROLES = ['union_base_operator'] as const;
export const AGENCY_ROLES = ['union_agency_operator'] as const;
export const HQ_ROLES = ['union_hq_operator'] as const;
export const UNION_ROLES = [...BASE_ROLES, ...AGENCY_ROLES, ...HQ_ROLES] as const;

/**
 * The union data scope of a user: a base-unit operator sees its unit, an agency operator the units
 * below its office, HQ every unit below it (platform/access subtree). Rows carry unit_org_id.
 */
export function unionScopeOf(user: AuthUser): DataScope {
  return scopeOf(user);
}

export type UnitRow = { orgId: string; unitNo: string; name: string; path: string; parentId: string | null };

/** A base unit by id with its 单位编号, or null when it is not a registered union base unit. */
export async function findUnit(executor: Executor, orgId: string): Promise<UnitRow | null> {
  const [row] = await executor
    .select({
      orgId: unionUnits.orgId,
      unitNo: unionUnits.unitNo,
      name: organizations.name,
      path: organizations.path,
      parentId: organizations.parentId,
    })
    .from(unionUnits)
    .innerJoin(organizations, eq(organizations.id, unionUnits.orgId))
    .where(eq(unionUnits.orgId, orgId));
  return row ?? null;
}

/** A base unit by 单位编号 (the agency office's search), or null. */
export async function findUnitByNo(executor: Executor, unitNo: string): Promise<UnitRow | null> {
  const [row] = await executor
    .select({ orgId: unionUnits.orgId })
    .from(unionUnits)
    .where(eq(unionUnits.unitNo, unitNo.trim()));
  return row ? findUnit(executor, row.orgId) : null;
}

/** Registers an organization as a base unit with its 单位编号 (idempotent by org). */
export async function ensureUnit(executor: Executor, orgId: string, unitNo: string): Promise<void> {
  await executor.insert(unionUnits).values({ orgId, unitNo }).onConflictDoNothing();
}

/**
 * The next member number of a unit: 单位编号 + a six-digit sequence, taken with a row lock (an
 * UPDATE … RETURNING) so concurrent enrollments never share a number. `count` numbers at once
 * for bulk enrollment.
 */
export async function nextMemberNos(executor: Executor, unitOrgId: string, count = 1): Promise<string[]> {
  if (count < 1) return [];
  const [row] = await executor
    .update(unionUnits)
    .set({ memberSeq: sql`${unionUnits.memberSeq} + ${count}` })
    .where(and(eq(unionUnits.orgId, unitOrgId)))
    .returning({ unitNo: unionUnits.unitNo, seq: unionUnits.memberSeq });
  if (!row)
    throw new AppError('VALIDATION_FAILED', { message: '当前单位不是已登记的基层工会，不能办理入会' });
  const first = row.seq - count + 1;
  return Array.from({ length: count }, (_, i) => `${row.unitNo}${String(first + i).padStart(6, '0')}`);
}
