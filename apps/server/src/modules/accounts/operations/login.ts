import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { isRole, maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { captchas, loginNameFailures } from '../tables.js';
import { users } from '../../../platform/identity/tables.js';
import { hashPassword, verifyPassword } from '../../../platform/auth/password.js';
import { createSession, deleteSession, type SessionStage } from '../../../platform/http/session.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { hashShortSecret, safeEqualHex } from '../credentials.js';
import {
  findLoginCandidate,
  findLoginCandidatesByMobile,
  isSmsRequired,
  loadMe,
  MOBILE_LOGIN,
  normalizeUsername,
  type LoginCandidate,
} from '../repository.js';
import type { Me } from '../schemas.js';
import { issueLoginCodeIfDue, type LoginCodeOutcome } from './send-login-code.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LoginInput = {
  username: string;
  password: string;
  captchaId: string;
  captchaAnswer: string;
  ip: string | null;
  userAgent: string | null;
  /** The session the browser already had, replaced by the new one. */
  previousSessionId: string | null;
};

export type LoginResult = {
  stage: SessionStage;
  mobileMasked?: string;
  smsSent?: boolean;
  smsResendInSeconds?: number;
  smsNotice?: string;
  user: Me;
  token: string;
  csrfToken: string;
};

// Unknown usernames still pay for one argon2 verification, so timing does not reveal which exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('unused-Dummy#password'));

/** `11月21日 21:29` in Beijing time, for lockout messages. */
export function formatBeijingTime(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

// Identical for an unknown user and a wrong password, so the answer does not reveal which names exist.
const loginFailed = () =>
  new AppError('LOGIN_FAILED', {
    message: `用户名或密码错误（连续 ${MAX_FAILED_LOGINS} 次错误将锁定账号 15 分钟）`,
  });

export function lockedError(until: Date): AppError {
  return new AppError('ACCOUNT_LOCKED', {
    message: `连续登录失败次数过多，账号已锁定至 ${formatBeijingTime(until)}（北京时间），请届时再试或联系管理员解锁`,
    details: { lockedUntil: until.toISOString() },
  });
}

/** What the SMS step tells the user after the password (Chinese, shown on the login page). */
function smsNotice(sms: LoginCodeOutcome, mobileMasked: string): string {
  if (sms.sent) return `验证码已发送至 ${mobileMasked}，5 分钟内有效`;
  if (sms.pending)
    return `1 分钟内已向 ${mobileMasked} 发送过验证码，请输入该验证码；${sms.resendInSeconds} 秒后可重新获取`;
  return `验证码发送过于频繁，请 ${sms.resendInSeconds} 秒后重新获取`;
}

/** Single use: a captcha is spent by the first attempt, right or wrong. */
export async function consumeCaptcha(
  ctx: AppContext,
  tx: Executor,
  captchaId: string,
  answer: string,
): Promise<boolean> {
  if (!UUID.test(captchaId)) return false;
  const now = ctx.now();
  const [row] = await tx
    .update(captchas)
    .set({ usedAt: now })
    .where(and(eq(captchas.id, captchaId), isNull(captchas.usedAt), gt(captchas.expiresAt, now)))
    .returning({ answerHash: captchas.answerHash });
  if (!row) return false;
  return safeEqualHex(
    row.answerHash,
    hashShortSecret(ctx.crypto, 'captcha', captchaId, answer.trim().toLowerCase()),
  );
}

/**
 * The account a login name stands for: the account with that username, else — for a mobile
 * number — the account registered with it. Several accounts may share one mobile (family members,
 * a person with a staff and a personal account): then the password decides among those not
 * locked, and `passwordChecked` says it was verified already. No match → `user: null`.
 */
async function resolveLoginName(
  tx: Executor,
  name: string,
  password: string,
  now: Date,
): Promise<{ user: LoginCandidate | null; passwordChecked: boolean }> {
  const byUsername = await findLoginCandidate(tx, name);
  if (byUsername || !MOBILE_LOGIN.test(name)) return { user: byUsername, passwordChecked: false };
  const byMobile = await findLoginCandidatesByMobile(tx, name);
  if (byMobile.length <= 1) return { user: byMobile[0] ?? null, passwordChecked: false };
  for (const candidate of byMobile) {
    if (candidate.lockedUntil && candidate.lockedUntil > now) continue;
    if (await verifyPassword(candidate.passwordHash, password))
      return { user: candidate, passwordChecked: true };
  }
  return { user: null, passwordChecked: true };
}

/** The lock of an unknown login name, if one is running. */
async function nameLockedUntil(tx: Executor, nameIdx: string, now: Date): Promise<Date | null> {
  const [row] = await tx
    .select({ lockedUntil: loginNameFailures.lockedUntil })
    .from(loginNameFailures)
    .where(eq(loginNameFailures.nameIdx, nameIdx));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts one failure of an unknown login name (atomic, like users.failed_logins). */
async function countNameFailure(tx: Executor, nameIdx: string, now: Date): Promise<number> {
  const [row] = await tx
    .insert(loginNameFailures)
    .values({ nameIdx, failedLogins: 1, lastFailedAt: now })
    .onConflictDoUpdate({
      target: loginNameFailures.nameIdx,
      set: { failedLogins: sql`${loginNameFailures.failedLogins} + 1`, lastFailedAt: now },
    })
    .returning({ failedLogins: loginNameFailures.failedLogins });
  return row?.failedLogins ?? MAX_FAILED_LOGINS;
}

/**
 * Password login (PL-1): captcha, lockout after 5 failures for 15 minutes, account and
 * organization status, then a database session at the stage the user still owes (SMS code,
 * password change) or active. Refusals are audited and committed before the error is raised.
 */
export async function login(ctx: AppContext, input: LoginInput): Promise<LoginResult> {
  const outcome = await ctx.db.transaction(
    async (tx): Promise<{ refused: AppError } | { result: LoginResult }> => {
      const anonymous: Actor = { userId: null, name: null, orgId: null, ip: input.ip };
      const username = input.username.trim();
      const refuse = async (
        actor: Actor,
        reason: string,
        error: AppError,
        extra: Record<string, unknown> = {},
      ) => {
        await recordAudit(tx, actor, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: actor.userId ?? undefined,
          detail: { username, reason, ...extra },
        });
        return { refused: error };
      };

      if (!(await consumeCaptcha(ctx, tx, input.captchaId, input.captchaAnswer))) {
        return refuse(anonymous, 'captcha', new AppError('CAPTCHA_INVALID'));
      }

      const { user, passwordChecked } = await resolveLoginName(tx, username, input.password, ctx.now());
      const now = ctx.now();
      if (!user || !isRole(user.role)) {
        // An unknown name is counted and locked like an account, so no answer tells them apart.
        const nameIdx = ctx.crypto.blindIndex(`login-name:${normalizeUsername(username)}`);
        const lockedUntil = await nameLockedUntil(tx, nameIdx, now);
        if (lockedUntil) return refuse(anonymous, 'unknown_user', lockedError(lockedUntil));
        if (!passwordChecked) await verifyPassword(await getDummyHash(), input.password);
        const failures = await countNameFailure(tx, nameIdx, now);
        if (failures >= MAX_FAILED_LOGINS) {
          const until = new Date(now.getTime() + LOCK_MS);
          await tx
            .update(loginNameFailures)
            .set({ lockedUntil: until, failedLogins: 0 })
            .where(eq(loginNameFailures.nameIdx, nameIdx));
          return refuse(anonymous, 'unknown_user', lockedError(until), { failures });
        }
        return refuse(anonymous, 'unknown_user', loginFailed(), { failures });
      }
      const actor: Actor = { userId: user.id, name: user.displayName, orgId: user.orgId, ip: input.ip };

      if (user.lockedUntil && user.lockedUntil > now) {
        return refuse(actor, 'locked', lockedError(user.lockedUntil));
      }

      if (!passwordChecked && !(await verifyPassword(user.passwordHash, input.password))) {
        // Atomic increment: concurrent wrong guesses are all counted.
        const [counted] = await tx
          .update(users)
          .set({ failedLogins: sql`${users.failedLogins} + 1` })
          .where(eq(users.id, user.id))
          .returning({ failedLogins: users.failedLogins });
        const failures = counted?.failedLogins ?? MAX_FAILED_LOGINS;
        if (failures >= MAX_FAILED_LOGINS) {
          const until = new Date(now.getTime() + LOCK_MS);
          // The counter restarts, so after the lock runs out the user gets a full set of attempts.
          await tx.update(users).set({ lockedUntil: until, failedLogins: 0 }).where(eq(users.id, user.id));
          await recordAudit(tx, actor, {
            action: 'auth.lockout',
            entityType: 'user',
            entityId: user.id,
            detail: { username, lockedUntil: until.toISOString(), failures },
          });
          return refuse(actor, 'bad_password', lockedError(until), { failures });
        }
        return refuse(actor, 'bad_password', loginFailed(), { failures });
      }

      // Status is only disclosed to someone who knows the password.
      if (user.status === 'disabled') return refuse(actor, 'disabled', new AppError('ACCOUNT_DISABLED'));
      if (user.status !== 'active') return refuse(actor, 'pending', new AppError('ACCOUNT_PENDING'));
      if (user.orgId && user.orgStatus !== 'active')
        return refuse(actor, 'org_inactive', new AppError('ORG_INACTIVE'));

      const smsRequired = isSmsRequired(user.role, user.smsTwoFactor);
      if (smsRequired && !user.mobile) return refuse(actor, 'no_mobile', new AppError('MOBILE_MISSING'));
      const stage: SessionStage = smsRequired ? 'sms' : user.mustChangePassword ? 'password' : 'active';

      // This update also holds the user's row lock, so concurrent logins decide the SMS one by one.
      await tx
        .update(users)
        .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
        .where(eq(users.id, user.id));
      const sms =
        stage === 'sms'
          ? await issueLoginCodeIfDue(ctx, tx, { id: user.id, mobile: user.mobile!, orgId: user.orgId })
          : null;
      if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
      const session = await createSession(tx, {
        userId: user.id,
        stage,
        ttlMs: ctx.config.sessionTtlMs,
        ip: input.ip,
        userAgent: input.userAgent,
      });
      await recordAudit(tx, actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        detail: { username: user.username, stage },
      });
      const me = await loadMe(tx, user.id, stage, now);
      return {
        result: {
          stage,
          ...(sms
            ? {
                mobileMasked: maskMobile(user.mobile!),
                smsSent: sms.sent,
                smsResendInSeconds: sms.resendInSeconds,
                smsNotice: smsNotice(sms, maskMobile(user.mobile!)),
              }
            : {}),
          user: me,
          token: session.token,
          csrfToken: session.csrfToken,
        },
      };
    },
  );
  if ('refused' in outcome) throw outcome.refused;
  return outcome.result;
}
