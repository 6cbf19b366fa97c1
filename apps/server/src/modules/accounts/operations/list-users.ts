import { USER_ADMIN_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { findAdminUsers, type UserFilters } from '../repository.js';

/** Users inside the administrator's data scope, masked (PL-2, PL-7). */
export async function listUsers(ctx: AppContext, admin: AuthUser, filters: UserFilters) {
  assertRole(admin, USER_ADMIN_ROLES);
  return findAdminUsers(ctx.db, scopeOf(admin), filters, ctx.now());
}
