import { eq } from 'drizzle-orm';
import { USER_ADMIN_ROLES, type Role } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { organizations } from '../../../platform/identity/tables.js';
import {
  actorOf,
  assertRole,
  assertVisible,
  scopeIncludesOrgPath,
  scopeOf,
  type AuthUser,
} from '../../../platform/access.js';
import { AppError } from '../../../platform/errors.js';
import { getAdminUser } from '../repository.js';
import type { AdminUser } from '../schemas.js';
import { createUserAccount } from './create-user-account.js';

/**
 * Creates a user in an organization inside the administrator's scope; the initial password goes
 * to the user's mobile by SMS and must be changed at first login.
 */
export async function createUserByAdmin(
  ctx: AppContext,
  admin: AuthUser,
  input: {
    orgId: string | null;
    role: Role;
    username: string;
    displayName: string;
    mobile: string;
    email?: string | null;
    idNumber?: string | null;
  },
  ip: string | null,
): Promise<AdminUser> {
  assertRole(admin, USER_ADMIN_ROLES);
  const scope = scopeOf(admin);
  return ctx.db.transaction(async (tx) => {
    if (input.orgId) {
      const [org] = await tx
        .select({ path: organizations.path })
        .from(organizations)
        .where(eq(organizations.id, input.orgId));
      assertVisible(Boolean(org) && scopeIncludesOrgPath(scope, org!.path), '机构');
    } else if (scope.kind !== 'all') {
      // Individuals belong to no organization, so only platform administrators manage them.
      throw new AppError('FORBIDDEN', { message: '只有平台管理员可以创建个人用户' });
    }
    const result = await createUserAccount(ctx, tx, actorOf(admin, ip), {
      ...input,
      sendInitialPassword: true,
    });
    if (!result.created) {
      throw new AppError('CONFLICT', { message: `用户名「${input.username.trim().toLowerCase()}」已存在` });
    }
    return getAdminUser(tx, scope, result.id, ctx.now());
  });
}
