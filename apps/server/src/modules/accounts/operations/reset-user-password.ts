import { eq } from 'drizzle-orm';
import { USER_ADMIN_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { users } from '../../../platform/identity/tables.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { hashPassword } from '../../../platform/auth/password.js';
import { deleteUserSessions } from '../../../platform/http/session.js';
import { AppError } from '../../../platform/errors.js';
import { generateInitialPassword } from '../credentials.js';
import { getAdminUser, lockUserRow } from '../repository.js';

/**
 * Sets a new random initial password, sends it by SMS, ends the user's sessions, and makes the
 * user change it at the next login. Also lifts a lockout.
 */
export async function resetUserPassword(
  ctx: AppContext,
  admin: AuthUser,
  userId: string,
  ip: string | null,
): Promise<{ ok: true }> {
  assertRole(admin, USER_ADMIN_ROLES);
  const scope = scopeOf(admin);
  return ctx.db.transaction(async (tx) => {
    await lockUserRow(tx, userId);
    const target = await getAdminUser(tx, scope, userId, ctx.now());
    const [row] = await tx.select({ mobile: users.mobile }).from(users).where(eq(users.id, userId));
    if (!row?.mobile)
      throw new AppError('MOBILE_MISSING', { message: '该用户未绑定手机号，无法通过短信发送新密码' });
    const password = generateInitialPassword(target.username);
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
      })
      .where(eq(users.id, userId));
    await deleteUserSessions(tx, userId);
    await ctx.notify.enqueue(tx, {
      channel: 'sms',
      to: row.mobile,
      template: 'password_reset',
      params: { username: target.username, password, url: ctx.config.publicUrl },
      userId,
      orgId: target.orgId,
    });
    await recordAudit(tx, actorOf(admin, ip), {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: userId,
      detail: { username: target.username },
    });
    return { ok: true as const };
  });
}
