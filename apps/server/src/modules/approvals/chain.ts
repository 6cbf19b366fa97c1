import { eq, inArray } from 'drizzle-orm';
import type { Label, OrgType, Role } from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import { organizations } from '../../platform/identity/tables.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { StoredLevel } from './tables.js';

/**
 * Who acts at one level: an organization — the nearest one of `orgType` at or above the
 * subject's owner (the union's 代办处 over a 基层工会, the platform over an enterprise), or a fixed
 * one by id — and the roles that may act there. A user acts at a level when that organization
 * is in the user's data scope and the user has one of the roles.
 */
export type ApprovalLevel = {
  key: string;
  label: Label;
  org: { type: OrgType } | { id: string };
  roles: readonly Role[];
};

/**
 * An approval chain: the levels a request climbs, first to last, and who may submit (a user of
 * the owner organization or above, with one of `submitRoles`).
 *
 * Union mutual aid (SPEC §4) reads:
 * `{ code: 'union.member-change', submitRoles: ['union_base_operator'], levels: [
 *   { key: 'agency', label: { zh: '代办处审核', … }, org: { type: 'union_agency' }, roles: ['union_agency_operator'] },
 *   { key: 'hq', label: { zh: '总会审批', … }, org: { type: 'union_hq' }, roles: ['union_hq_operator'] } ] }`.
 */
export type ApprovalChain = {
  code: string;
  submitRoles: readonly Role[];
  levels: readonly [ApprovalLevel, ...ApprovalLevel[]];
};

/** The chain's levels made concrete for one owner organization (stored on the request). */
export async function resolveLevels(
  executor: Executor,
  chain: ApprovalChain,
  ownerOrgId: string,
): Promise<StoredLevel[]> {
  const [owner] = await executor
    .select({ id: organizations.id, name: organizations.name, path: organizations.path })
    .from(organizations)
    .where(eq(organizations.id, ownerOrgId));
  if (!owner) throw notFound('机构');
  // The owner and its ancestors, by materialised path ('/root/…/owner/').
  const lineage = owner.path.split('/').filter(Boolean);
  const fixed = chain.levels.flatMap((l) => ('id' in l.org ? [l.org.id] : []));
  const candidates = await executor
    .select({ id: organizations.id, name: organizations.name, type: organizations.type })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set([...lineage, ...fixed])]));
  const byId = new Map(candidates.map((o) => [o.id, o]));
  return chain.levels.map((level) => {
    const org =
      'id' in level.org
        ? byId.get(level.org.id)
        : [...lineage]
            .reverse()
            .map((id) => byId.get(id))
            .find((o) => o?.type === (level.org as { type: OrgType }).type);
    if (!org)
      throw new AppError('INVALID_STATE', {
        message: `「${owner.name}」没有可办理「${level.label.zh}」的上级机构，无法提交审批，请联系管理员`,
      });
    return { key: level.key, label: level.label, orgId: org.id, orgName: org.name, roles: [...level.roles] };
  });
}

/** Paths of organizations by id (for scope checks on a loaded request). */
export async function orgPaths(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: organizations.id, path: organizations.path })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.path]));
}
