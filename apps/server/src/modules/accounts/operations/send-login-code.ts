import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { smsCodes } from '../tables.js';
import { users } from '../../../platform/identity/tables.js';
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

/**
 * Milliseconds until the user may be sent another login code (0 = now), and whether the last
 * code can still be entered. A code that signed the user in does not hold the next login back:
 * only its owner, with the phone, can spend a code that way, so it is no way to send SMS in bulk.
 */
async function resendWait(
  ctx: AppContext,
  tx: Executor,
  userId: string,
): Promise<{ waitMs: number; pending: boolean }> {
  const [last] = await tx
    .select({ expiresAt: smsCodes.expiresAt, consumedAt: smsCodes.consumedAt, attempts: smsCodes.attempts })
    .from(smsCodes)
    .where(and(eq(smsCodes.userId, userId), eq(smsCodes.purpose, 'login')))
    .orderBy(desc(smsCodes.expiresAt))
    .limit(1);
  if (!last) return { waitMs: 0, pending: false };
  if (last.consumedAt && last.attempts < SMS_CODE_MAX_ATTEMPTS) return { waitMs: 0, pending: false };
  const now = ctx.now().getTime();
  // Issue time is derived from the expiry so that both follow the injectable clock.
  const waitMs = Math.max(0, last.expiresAt.getTime() - SMS_CODE_TTL_MS + SMS_RESEND_INTERVAL_MS - now);
  return { waitMs, pending: !last.consumedAt && last.expiresAt.getTime() > now };
}

export type LoginCodeOutcome = {
  /** False when a code went out less than a minute ago: no new SMS. */
  sent: boolean;
  /** Not sent, but the code sent before can still be entered. */
  pending: boolean;
  /** Seconds until another code may be requested. */
  resendInSeconds: number;
};

/**
 * The login step's SMS (PL-1): a new code unless one was sent to this user within the resend
 * wait — then the pending code is kept and no SMS goes out, however often the password step is
 * repeated (one SMS per user per minute, whatever the number of sessions or addresses). The
 * caller holds the user's row lock, so concurrent logins count as one.
 */
export async function issueLoginCodeIfDue(
  ctx: AppContext,
  tx: Executor,
  user: { id: string; mobile: string; orgId: string | null },
): Promise<LoginCodeOutcome> {
  const { waitMs, pending } = await resendWait(ctx, tx, user.id);
  if (waitMs > 0) return { sent: false, pending, resendInSeconds: Math.ceil(waitMs / 1000) };
  await issueLoginCode(ctx, tx, user);
  return { sent: true, pending: true, resendInSeconds: SMS_RESEND_INTERVAL_MS / 1000 };
}

/** Re-sends the login code of a session that is waiting for it (at most once a minute). */
export async function sendLoginCode(
  ctx: AppContext,
  auth: AuthContext,
): Promise<{ ok: true; mobileMasked: string; resendInSeconds: number }> {
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
    const outcome = await issueLoginCodeIfDue(ctx, tx, {
      id: user.id,
      mobile: user.mobile,
      orgId: user.orgId,
    });
    if (!outcome.sent) {
      throw new AppError('RATE_LIMITED', {
        message: `短信验证码发送过于频繁，请 ${outcome.resendInSeconds} 秒后再试`,
        details: { resendInSeconds: outcome.resendInSeconds },
      });
    }
    return {
      ok: true as const,
      mobileMasked: maskMobile(user.mobile),
      resendInSeconds: outcome.resendInSeconds,
    };
  });
}
