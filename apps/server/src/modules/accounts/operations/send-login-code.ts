import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { smsCodes, users } from '../../../platform/db/schema.js';
import type { AuthContext } from '../../../platform/http/session.js';
import { AppError } from '../../../platform/errors.js';
import { generateSmsCode, hashShortSecret } from '../credentials.js';

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_CODE_MAX_ATTEMPTS = 5;
/** A new code may be requested once a minute per user (the per-IP rate limit is separate). */
export const SMS_RESEND_INTERVAL_MS = 60_000;

/**
 * Issues a fresh login code inside the caller's transaction: earlier codes stop working, only a
 * keyed hash is stored, and the code itself goes out through the outbox (never bypassed).
 */
export async function issueLoginCode(
  ctx: AppContext,
  tx: Executor,
  user: { id: string; mobile: string; orgId: string | null },
): Promise<void> {
  const now = ctx.now();
  await tx
    .update(smsCodes)
    .set({ consumedAt: now })
    .where(and(eq(smsCodes.userId, user.id), eq(smsCodes.purpose, 'login'), isNull(smsCodes.consumedAt)));
  const id = crypto.randomUUID();
  const code = generateSmsCode();
  await tx.insert(smsCodes).values({
    id,
    userId: user.id,
    mobile: user.mobile,
    purpose: 'login',
    codeHash: hashShortSecret(ctx.crypto, 'sms', id, code),
    expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
  });
  await ctx.notify.enqueue(tx, {
    channel: 'sms',
    to: user.mobile,
    template: 'login_code',
    params: { code },
    userId: user.id,
    orgId: user.orgId,
  });
}

/** Re-sends the login code of a session that is waiting for it (at most once a minute). */
export async function sendLoginCode(
  ctx: AppContext,
  auth: AuthContext,
): Promise<{ ok: true; mobileMasked: string }> {
  if (auth.stage !== 'sms') {
    throw new AppError('INVALID_STATE', { message: '当前登录步骤无需短信验证码' });
  }
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, mobile: users.mobile, orgId: users.orgId })
      .from(users)
      .where(eq(users.id, auth.user.id))
      .for('update');
    if (!user?.mobile) throw new AppError('MOBILE_MISSING');
    const [last] = await tx
      .select({ expiresAt: smsCodes.expiresAt })
      .from(smsCodes)
      .where(and(eq(smsCodes.userId, user.id), eq(smsCodes.purpose, 'login')))
      .orderBy(desc(smsCodes.expiresAt))
      .limit(1);
    // Issue time is derived from the expiry so that both follow the injectable clock.
    const waitMs = last
      ? last.expiresAt.getTime() - SMS_CODE_TTL_MS + SMS_RESEND_INTERVAL_MS - ctx.now().getTime()
      : 0;
    if (waitMs > 0) {
      throw new AppError('RATE_LIMITED', {
        message: `短信验证码发送过于频繁，请 ${Math.ceil(waitMs / 1000)} 秒后再试`,
      });
    }
    await issueLoginCode(ctx, tx, { id: user.id, mobile: user.mobile, orgId: user.orgId });
    return { ok: true as const, mobileMasked: maskMobile(user.mobile) };
  });
}
