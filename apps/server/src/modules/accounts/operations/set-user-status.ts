import { eq } from 'drizzle-orm';
import { USER_ADMIN_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { users } from '../../../platform/identity/tables.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { deleteUserSessions } from '../../../platform/http/session.js';
import { AppError } from '../../../platform/errors.js';
import { getAdminUser, lockUserRow } from '../repository.js';
import type { AdminUser } from '../schemas.js';

/** Disables (sessions end at once) or re-enables a user in scope. Repeating a state is a no-op. */
export async function setUserStatus(
  ctx: AppContext,
  admin: AuthUser,
  userId: string,
  status: 'active' | 'disabled',
  ip: string | null,
): Promise<AdminUser> {
  assertRole(admin, USER_ADMIN_ROLES);
  const scope = scopeOf(admin);
  return ctx.db.transaction(async (tx) => {
    await lockUserRow(tx, userId);
    const before = await getAdminUser(tx, scope, userId, ctx.now());
    if (before.id === admin.id && status === 'disabled') {
      throw new AppError('INVALID_STATE', { message: '不能停用自己的账号' });
    }
    if (before.status === status) return before;
    await tx.update(users).set({ status }).where(eq(users.id, userId));
    if (status === 'disabled') await deleteUserSessions(tx, userId);
    await recordAudit(tx, actorOf(admin, ip), {
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
      detail: { username: before.username, from: before.status },
    });
    return getAdminUser(tx, scope, userId, ctx.now());
  });
}
