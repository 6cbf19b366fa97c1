import { eq } from 'drizzle-orm';
import type { OrgType } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { assertVisible, scopeIncludesOrgPath, scopeOf, type AuthUser } from '../../../platform/access.js';
import { organizations } from '../../../platform/identity/tables.js';
import { AppError } from '../../../platform/errors.js';

/** The organization an import writes into, as templates' checks need it. */
export type TargetOrg = { orgId: string; orgName: string; orgType: OrgType; orgPath: string };

/**
 * Loads the organization rows are imported into and enforces the data scope: one outside the
 * user's scope answers 404, as if it did not exist (PL-2).
 */
export async function loadTargetOrg(
  ctx: AppContext,
  user: AuthUser,
  orgId: string | undefined,
): Promise<TargetOrg> {
  const id = orgId ?? user.orgId;
  if (!id) throw new AppError('VALIDATION_FAILED', { message: '请选择导入到哪个机构（orgId）' });
  const [org] = await ctx.db
    .select({
      id: organizations.id,
      name: organizations.name,
      type: organizations.type,
      path: organizations.path,
      status: organizations.status,
    })
    .from(organizations)
    .where(eq(organizations.id, id))
    .limit(1);
  assertVisible(Boolean(org) && scopeIncludesOrgPath(scopeOf(user), org!.path), '机构');
  if (org!.status !== 'active') {
    throw new AppError('INVALID_STATE', { message: `机构「${org!.name}」未启用，不能导入` });
  }
  return { orgId: org!.id, orgName: org!.name, orgType: org!.type as OrgType, orgPath: org!.path };
}
