import { eq } from 'drizzle-orm';
import { USER_ADMIN_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { users } from '../../../platform/identity/tables.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { getAdminUser, lockUserRow } from '../repository.js';
import type { AdminUser } from '../schemas.js';

/** Lifts a login lockout before its 15 minutes run out. */
export async function unlockUser(
  ctx: AppContext,
  admin: AuthUser,
  userId: string,
  ip: string | null,
): Promise<AdminUser> {
  assertRole(admin, USER_ADMIN_ROLES);
  const scope = scopeOf(admin);
  return ctx.db.transaction(async (tx) => {
    await lockUserRow(tx, userId);
    const before = await getAdminUser(tx, scope, userId, ctx.now());
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
    await recordAudit(tx, actorOf(admin, ip), {
      action: 'user.unlock',
      entityType: 'user',
      entityId: userId,
      detail: { username: before.username },
    });
    return getAdminUser(tx, scope, userId, ctx.now());
  });
}
