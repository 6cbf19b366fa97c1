import { and, eq, ne } from 'drizzle-orm';
import { validatePassword } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { sessions, users } from '../../../platform/identity/tables.js';
import { hashPassword, verifyPassword } from '../../../platform/auth/password.js';
import { advanceSession, type AuthContext, type SessionTokens } from '../../../platform/http/session.js';
import { actorOf } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';

/**
 * Changes the signed-in user's password (also the forced change after an initial or reset
 * password). The user's other sessions end; this one becomes active under a new token.
 */
export async function changePassword(
  ctx: AppContext,
  auth: AuthContext,
  input: { oldPassword: string; newPassword: string },
  ip: string | null,
): Promise<{ stage: 'active'; session: SessionTokens }> {
  if (auth.stage === 'sms') throw new AppError('SESSION_STAGE', { message: '请先输入短信验证码完成登录' });
  const actor = actorOf(auth.user, ip);
  const outcome = await ctx.db.transaction(
    async (tx): Promise<{ refused: AppError } | { stage: 'active'; session: SessionTokens }> => {
      const [user] = await tx
        .select({ passwordHash: users.passwordHash, username: users.username })
        .from(users)
        .where(eq(users.id, auth.user.id))
        .for('update');
      if (!user) throw new AppError('UNAUTHENTICATED');
      if (!(await verifyPassword(user.passwordHash, input.oldPassword))) {
        await recordAudit(tx, actor, {
          action: 'auth.password_change_failed',
          entityType: 'user',
          entityId: auth.user.id,
          detail: { reason: 'old_password' },
        });
        return { refused: new AppError('PASSWORD_WRONG') };
      }
      if (input.newPassword === input.oldPassword) return { refused: new AppError('PASSWORD_REUSED') };
      const rule = validatePassword(input.newPassword, { username: user.username });
      if (!rule.ok)
        return {
          refused: new AppError('PASSWORD_WEAK', { message: rule.reason, details: { rule: rule.code } }),
        };

      await tx
        .update(users)
        .set({
          passwordHash: await hashPassword(input.newPassword),
          mustChangePassword: false,
          passwordChangedAt: ctx.now(),
        })
        .where(eq(users.id, auth.user.id));
      // Whoever knew the old password must not stay signed in elsewhere.
      await tx
        .delete(sessions)
        .where(and(eq(sessions.userId, auth.user.id), ne(sessions.id, auth.sessionId)));
      const session = await advanceSession(tx, auth.sessionId, 'active');
      await recordAudit(tx, actor, {
        action: 'auth.password_change',
        entityType: 'user',
        entityId: auth.user.id,
        detail: { forced: auth.stage === 'password' },
      });
      return { stage: 'active' as const, session };
    },
  );
  if ('refused' in outcome) throw outcome.refused;
  return outcome;
}
