import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { smsCodes } from '../tables.js';
import { users } from '../../../platform/identity/tables.js';
import {
  advanceSession,
  type AuthContext,
  type SessionStage,
  type SessionTokens,
} from '../../../platform/http/session.js';
import { actorOf } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { hashShortSecret, safeEqualHex } from '../credentials.js';
import { loadMe } from '../repository.js';
import type { Me } from '../schemas.js';
import { SMS_CODE_MAX_ATTEMPTS } from './send-login-code.js';

/**
 * Checks the SMS login code (second factor): 5-minute expiry, at most 5 attempts per code.
 * On success the session moves on, under a new token, to the password change it still owes or
 * to active.
 */
export async function verifyLoginCode(
  ctx: AppContext,
  auth: AuthContext,
  code: string,
  ip: string | null,
): Promise<{ stage: SessionStage; user: Me; session: SessionTokens }> {
  if (auth.stage !== 'sms') {
    throw new AppError('INVALID_STATE', { message: '当前登录步骤无需短信验证码' });
  }
  const actor = actorOf(auth.user, ip);
  const outcome = await ctx.db.transaction(
    async (
      tx,
    ): Promise<{ refused: AppError } | { stage: SessionStage; user: Me; session: SessionTokens }> => {
      const now = ctx.now();
      const [row] = await tx
        .select({
          id: smsCodes.id,
          codeHash: smsCodes.codeHash,
          attempts: smsCodes.attempts,
          expiresAt: smsCodes.expiresAt,
        })
        .from(smsCodes)
        .where(
          and(eq(smsCodes.userId, auth.user.id), eq(smsCodes.purpose, 'login'), isNull(smsCodes.consumedAt)),
        )
        .orderBy(desc(smsCodes.expiresAt))
        .limit(1)
        .for('update');
      const refuse = async (reason: string, message: string) => {
        await recordAudit(tx, actor, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: auth.user.id,
          detail: { username: auth.user.username, reason },
        });
        return { refused: new AppError('SMS_CODE_INVALID', { message }) };
      };
      if (!row || row.expiresAt <= now) return refuse('sms_expired', '短信验证码已过期，请重新获取');
      if (row.attempts >= SMS_CODE_MAX_ATTEMPTS)
        return refuse('sms_attempts', '短信验证码错误次数过多，请重新获取');

      if (!safeEqualHex(row.codeHash, hashShortSecret(ctx.crypto, 'sms', row.id, code))) {
        const attempts = row.attempts + 1;
        const left = SMS_CODE_MAX_ATTEMPTS - attempts;
        await tx
          .update(smsCodes)
          .set({ attempts, ...(left <= 0 ? { consumedAt: now } : {}) })
          .where(eq(smsCodes.id, row.id));
        return refuse(
          'sms_wrong',
          left > 0 ? `短信验证码错误，还可尝试 ${left} 次` : '短信验证码错误次数过多，请重新获取',
        );
      }

      await tx.update(smsCodes).set({ consumedAt: now }).where(eq(smsCodes.id, row.id));
      const [user] = await tx
        .select({ mustChangePassword: users.mustChangePassword })
        .from(users)
        .where(eq(users.id, auth.user.id));
      const stage: SessionStage = user?.mustChangePassword ? 'password' : 'active';
      const session = await advanceSession(tx, auth.sessionId, stage);
      await recordAudit(tx, actor, {
        action: 'auth.sms_verified',
        entityType: 'user',
        entityId: auth.user.id,
        detail: { stage },
      });
      return { stage, user: await loadMe(tx, auth.user.id, stage, now), session };
    },
  );
  if ('refused' in outcome) throw outcome.refused;
  return outcome;
}
