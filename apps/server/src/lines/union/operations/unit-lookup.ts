import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { scopeIncludesOrgPath, type DataScope } from '../../../platform/access.js';
import { notFound } from '../../../platform/errors.js';
import { organizations } from '../../../platform/identity/tables.js';
import { findUnitByNo, type UnitRow } from '../units.js';
import { unionUnits } from '../tables.js';

/** A base unit by 单位编号 inside the scope; another office's unit answers 404 like an unknown number. */
export async function unitInScope(executor: Executor, scope: DataScope, unitNo: string): Promise<UnitRow> {
  const unit = await findUnitByNo(executor, unitNo);
  if (!unit || !scopeIncludesOrgPath(scope, unit.path))
    throw notFound(`单位编号 ${unitNo.trim()} 的基层工会`);
  return unit;
}

/** 单位编号 and name of many units at once (a page of rows). */
export async function unitsByOrgIds(
  executor: Executor,
  orgIds: readonly (string | null)[],
): Promise<Map<string, { unitNo: string; name: string }>> {
  const ids = [...new Set(orgIds.filter((x): x is string => !!x))];
  if (!ids.length) return new Map();
  const rows = await executor
    .select({ orgId: unionUnits.orgId, unitNo: unionUnits.unitNo, name: organizations.name })
    .from(unionUnits)
    .innerJoin(organizations, eq(organizations.id, unionUnits.orgId))
    .where(inArray(unionUnits.orgId, ids));
  return new Map(rows.map((r) => [r.orgId, { unitNo: r.unitNo, name: r.name }]));
}
