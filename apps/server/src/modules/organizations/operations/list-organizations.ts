import { USER_ADMIN_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { findOrganizations } from '../repository.js';
import type { Org } from '../schemas.js';

/** The organizations an administrator may manage: its own and everything below it. */
export async function listOrganizations(ctx: AppContext, admin: AuthUser): Promise<{ items: Org[] }> {
  assertRole(admin, USER_ADMIN_ROLES);
  return { items: await findOrganizations(ctx.db, scopeOf(admin)) };
}
