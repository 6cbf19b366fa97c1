import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import {
  auditLog,
  captchas,
  loginNameFailures,
  organizations,
  outbox,
  sessions,
  smsCodes,
  users,
} from '../src/tables.js';
import { verifyPassword } from '../src/platform/auth/password.js';
import {
  createOrg,
  createTestApp,
  createUser,
  DEFAULT_PASSWORD,
  sessionFor,
  type TestApp,
} from './helpers.js';
import { countRows, getCaptcha, latestCode, postLogin, sessionHeaders, signIn } from './accounts-support.js';

const MINUTE = 60_000;

describe('accounts: captcha, password login, lockout, SMS second factor, forced password change', () => {
  let t: TestApp;
  let clock = Date.now();
  const advance = (ms: number) => {
    clock += ms;
  };
  let enterprise: { id: string; path: string };
  let unionBase: { id: string; path: string };

  beforeAll(async () => {
    t = await createTestApp({
      now: () => new Date(clock),
      env: { LOGIN_RATE_LIMIT: '1000', SMS_RATE_LIMIT: '1000' },
    });
    const platform = await createOrg(t, { type: 'platform' });
    enterprise = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    const hq = await createOrg(t, { type: 'union_hq', parentId: platform.id });
    const agency = await createOrg(t, { type: 'union_agency', parentId: hq.id });
    unionBase = await createOrg(t, { type: 'union_base', parentId: agency.id });
  });
  afterAll(async () => t.close());

  const userRow = async (id: string) => (await t.ctx.db.select().from(users).where(eq(users.id, id)))[0]!;
  const sessionCount = async (userId: string) =>
    (await t.ctx.db.select().from(sessions).where(eq(sessions.userId, userId))).length;
  const auditActions = async (userId: string) =>
    (
      await t.ctx.db
        .select({ action: auditLog.action, detail: auditLog.detail })
        .from(auditLog)
        .where(eq(auditLog.entityId, userId))
    ).map((r) => r.action);

  describe('captcha', () => {
    it('returns an SVG and, in test mode, its answer; only a hash is stored', async () => {
      const res = await t.request({ method: 'GET', url: '/api/auth/captcha' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.svg).toMatch(/^<svg/);
      expect(body.answer).toMatch(/^[a-z0-9]{4}$/);
      const [row] = await t.ctx.db.select().from(captchas).where(eq(captchas.id, body.captchaId));
      expect(row).toBeDefined();
      expect(row!.answerHash).not.toContain(body.answer);
      expect(row!.answerHash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('does not return the answer outside test mode', async () => {
      const other = await createTestApp({ database: t.database, overrides: { testMode: false } });
      try {
        const res = await other.request({ method: 'GET', url: '/api/auth/captcha' });
        expect(res.statusCode).toBe(200);
        expect(res.json().answer).toBeUndefined();
        expect(res.json().svg).toMatch(/^<svg/);
      } finally {
        await other.close();
      }
    });

    it('refuses a wrong answer, changes no counter and creates no session', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const captcha = await getCaptcha(t);
      const res = await postLogin(t, {
        ...user,
        captcha: { ...captcha, answer: 'zzzz' === captcha.answer ? 'yyyy' : 'zzzz' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'CAPTCHA_INVALID' });
      expect(res.json().message).toMatch(/验证码/);
      expect((await userRow(user.id)).failedLogins).toBe(0);
      expect(await sessionCount(user.id)).toBe(0);
      expect(res.cookies.find((c: { name: string }) => c.name === 'ph_session')).toBeUndefined();
    });

    it('accepts the answer in any letter case', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const captcha = await getCaptcha(t);
      const res = await postLogin(t, {
        ...user,
        captcha: { ...captcha, answer: captcha.answer.toUpperCase() },
      });
      expect(res.statusCode, res.body).toBe(200);
    });

    it('is single use: a captcha that was used (even successfully) is refused again', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const captcha = await getCaptcha(t);
      expect((await postLogin(t, { ...user, captcha })).statusCode).toBe(200);
      const again = await postLogin(t, { ...user, captcha });
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('CAPTCHA_INVALID');
      expect(await sessionCount(user.id)).toBe(1);
    });

    it('a wrong answer spends the captcha too', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const captcha = await getCaptcha(t);
      expect((await postLogin(t, { ...user, captcha: { ...captcha, answer: '____' } })).statusCode).toBe(400);
      expect((await postLogin(t, { ...user, captcha })).statusCode).toBe(400);
    });

    it('expires after 5 minutes', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const captcha = await getCaptcha(t);
      advance(5 * MINUTE + 1000);
      const res = await postLogin(t, { ...user, captcha });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('CAPTCHA_INVALID');
      expect(await sessionCount(user.id)).toBe(0);
    });

    it('refuses a malformed captcha id without a server error', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const res = await postLogin(t, { ...user, captcha: { captchaId: 'not-a-uuid', answer: 'abcd' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('CAPTCHA_INVALID');
    });
  });

  describe('password login', () => {
    it('signs in, sets the cookies and audits the login', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const res = await postLogin(t, user);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.stage).toBe('active');
      expect(body.user).toMatchObject({
        id: user.id,
        username: user.username,
        role: 'enterprise_operator',
        portal: 'enterprise',
        stage: 'active',
        smsRequired: false,
      });
      expect(body.user.org).toMatchObject({ id: enterprise.id, type: 'enterprise' });
      expect(body.user.mobileMasked).toBe(`${user.mobile.slice(0, 3)}****${user.mobile.slice(7)}`);
      expect(JSON.stringify(body)).not.toContain(user.mobile);

      const cookies = res.cookies as {
        name: string;
        httpOnly?: boolean;
        sameSite?: string;
        path?: string;
        secure?: boolean;
      }[];
      const session = cookies.find((c) => c.name === 'ph_session')!;
      const csrf = cookies.find((c) => c.name === 'ph_csrf')!;
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(session.secure).toBeFalsy();
      expect(csrf.httpOnly).toBeFalsy();
      expect(csrf).toMatchObject({ sameSite: 'Lax', path: '/' });

      const me = await t.request({ method: 'GET', url: '/api/me', as: sessionHeaders(res) });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: user.id, stage: 'active' });
      expect((await userRow(user.id)).lastLoginAt).not.toBeNull();
      expect(await auditActions(user.id)).toContain('auth.login');
    });

    it('marks the cookies secure when the public URL is https', async () => {
      const secure = await createTestApp({
        database: t.database,
        overrides: { publicUrl: 'https://policyhub.example.cn' },
      });
      try {
        const user = await createUser(secure, { role: 'enterprise_operator', orgId: enterprise.id });
        const res = await postLogin(secure, user);
        expect(res.statusCode).toBe(200);
        for (const c of res.cookies as { name: string; secure?: boolean }[]) expect(c.secure).toBe(true);
      } finally {
        await secure.close();
      }
    });

    it('treats usernames case-insensitively', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const res = await postLogin(t, { ...user, username: user.username.toUpperCase() });
      expect(res.statusCode).toBe(200);
    });

    it('answers a wrong password and an unknown user alike, counting only real failures', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const wrong = await postLogin(t, { ...user, password: 'Wrong#pass1' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().code).toBe('LOGIN_FAILED');
      expect(wrong.json().message).toMatch(/用户名或密码错误/);
      const unknown = await postLogin(t, { ...user, username: 'nobody_here' });
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
      expect((await userRow(user.id)).failedLogins).toBe(1);
      expect(await sessionCount(user.id)).toBe(0);
      const failures = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
      expect(failures.some((f) => f.entityId === user.id && f.detail.reason === 'bad_password')).toBe(true);
      expect(
        failures.some((f) => f.detail.username === 'nobody_here' && f.detail.reason === 'unknown_user'),
      ).toBe(true);
    });

    it('locks the account for 15 minutes after 5 failures, then lets the right password in', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      for (let i = 1; i <= 4; i++) {
        const res = await postLogin(t, { ...user, password: `Wrong#pass${i}` });
        expect(res.statusCode).toBe(401);
      }
      const fifth = await postLogin(t, { ...user, password: 'Wrong#pass5' });
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
      expect(fifth.json().message).toMatch(/锁定至 \d+月\d+日 \d{2}:\d{2}/);
      const row = await userRow(user.id);
      expect(row.lockedUntil!.getTime()).toBe(clock + 15 * MINUTE);
      expect(await auditActions(user.id)).toContain('auth.lockout');

      // The right password does not help while locked.
      const locked = await postLogin(t, user);
      expect(locked.statusCode).toBe(423);
      expect(await sessionCount(user.id)).toBe(0);

      advance(14 * MINUTE);
      expect((await postLogin(t, user)).statusCode).toBe(423);
      advance(MINUTE + 1000);
      const ok = await postLogin(t, user);
      expect(ok.statusCode, ok.body).toBe(200);
      const after = await userRow(user.id);
      expect(after.failedLogins).toBe(0);
      expect(after.lockedUntil).toBeNull();
    });

    it('an unknown name is counted and locked exactly like a real account (same answers, same order)', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const unknownName = `nobody_${user.username}`;
      const attempt = async (username: string, password: string) => {
        const res = await postLogin(t, { username, password });
        return { status: res.statusCode, body: res.json() as Record<string, unknown> };
      };
      const run = async (username: string) => {
        const answers = [];
        for (let i = 1; i <= 6; i++) answers.push(await attempt(username, `Wrong#pass${i}`));
        // the right password of the real account, while locked
        answers.push(await attempt(username, user.password));
        return answers;
      };
      const real = await run(user.username);
      const unknown = await run(unknownName);
      expect(real.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
      expect(unknown).toEqual(real);
      expect(unknown[4]!.body.message).toMatch(/锁定至 \d+月\d+日 \d{2}:\d{2}/);
      // Not even the stored counter names the unknown login name in clear.
      const rows = await t.ctx.db.select().from(loginNameFailures);
      expect(JSON.stringify(rows)).not.toContain(unknownName);

      advance(15 * MINUTE + 1000);
      expect((await attempt(unknownName, 'Wrong#again1')).status).toBe(401);
      expect((await attempt(user.username, 'Wrong#again1')).status).toBe(401);
      expect((await attempt(user.username, user.password)).status).toBe(200);
    });

    it('signs in with the mobile number instead of the username', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const res = await postLogin(t, { username: user.mobile, password: user.password });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().user.id).toBe(user.id);
      // A wrong password by mobile counts against that account.
      expect((await postLogin(t, { username: user.mobile, password: 'Wrong#pass1' })).statusCode).toBe(401);
      expect((await userRow(user.id)).failedLogins).toBe(1);
    });

    it('a mobile shared by several accounts: the password picks the account, a wrong one matches none', async () => {
      const mobile = `137${String(Date.now()).slice(-8)}`;
      const first = await createUser(t, { role: 'individual', mobile, password: 'First#Passw0rd' });
      const second = await createUser(t, { role: 'individual', mobile, password: 'Second#Passw0rd' });
      const a = await postLogin(t, { username: mobile, password: 'Second#Passw0rd' });
      expect(a.statusCode, a.body).toBe(200);
      expect(a.json().user.id).toBe(second.id);
      const b = await postLogin(t, { username: mobile, password: 'First#Passw0rd' });
      expect(b.json().user.id).toBe(first.id);
      const wrong = await postLogin(t, { username: mobile, password: 'Wrong#pass1' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().code).toBe('LOGIN_FAILED');
    });

    it('migration 0006 renames personal accounts named after their mobile; they still sign in by mobile', async () => {
      const mobile = `136${String(Date.now()).slice(-8)}`;
      const named = await createUser(t, { role: 'individual', username: mobile, mobile });
      const second = await createUser(t, {
        role: 'individual',
        username: `${mobile}_2`,
        mobile,
        password: 'Second#Passw0rd',
      });
      const chosen = await createUser(t, { role: 'individual', username: `own_${mobile.slice(-4)}`, mobile });
      const sqlFile = fs.readFileSync(
        new URL('../drizzle/0006_accounts_hardening.sql', import.meta.url),
        'utf8',
      );
      const rename = sqlFile.split('--> statement-breakpoint').find((x) => x.includes('UPDATE "users"'))!;
      await t.ctx.db.execute(sql.raw(rename));
      const renamed = (await userRow(named.id)).username;
      expect(renamed).toMatch(/^u[0-9a-f]{16}$/);
      expect((await userRow(second.id)).username).toMatch(/^u[0-9a-f]{16}$/);
      expect((await userRow(chosen.id)).username).toBe(chosen.username);
      // The old username is the mobile number, so what the owners type keeps working.
      const res = await postLogin(t, { username: mobile, password: second.password });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().user.id).toBe(second.id);
    });

    it('refuses a username that carries a mobile number', async () => {
      const { createUserAccount } = await import('../src/modules/accounts/index.js');
      await expect(
        createUserAccount(
          t.ctx,
          t.ctx.db,
          { userId: null, name: null, orgId: null, ip: null },
          {
            orgId: null,
            role: 'individual',
            username: 'zhang13912345678',
            displayName: '张三',
            mobile: '13912345678',
            sendInitialPassword: false,
          },
        ),
      ).rejects.toThrow('用户名不能包含手机号');
    });

    it('refuses disabled and pending accounts and accounts of an inactive organization', async () => {
      const disabled = await createUser(t, {
        role: 'enterprise_operator',
        orgId: enterprise.id,
        status: 'disabled',
      });
      const pending = await createUser(t, {
        role: 'enterprise_operator',
        orgId: enterprise.id,
        status: 'pending',
      });
      const pendingOrg = await createOrg(t, { type: 'enterprise', parentId: null, status: 'pending' });
      const inOrg = await createUser(t, { role: 'enterprise_operator', orgId: pendingOrg.id });

      const r1 = await postLogin(t, disabled);
      expect(r1.statusCode).toBe(403);
      expect(r1.json().code).toBe('ACCOUNT_DISABLED');
      const r2 = await postLogin(t, pending);
      expect(r2.statusCode).toBe(403);
      expect(r2.json().code).toBe('ACCOUNT_PENDING');
      const r3 = await postLogin(t, inOrg);
      expect(r3.statusCode).toBe(403);
      expect(r3.json().code).toBe('ORG_INACTIVE');
      expect(r3.json().message).toMatch(/机构/);
      for (const u of [disabled, pending, inOrg]) expect(await sessionCount(u.id)).toBe(0);
    });

    it('rate-limits login attempts per address with a Chinese 429', async () => {
      const limited = await createTestApp({ database: t.database, env: { LOGIN_RATE_LIMIT: '3' } });
      try {
        const user = await createUser(limited, { role: 'enterprise_operator', orgId: enterprise.id });
        for (let i = 0; i < 3; i++)
          expect((await postLogin(limited, { ...user, password: 'Wrong#pass1' })).statusCode).toBe(401);
        const res = await postLogin(limited, user);
        expect(res.statusCode).toBe(429);
        expect(res.json().code).toBe('RATE_LIMITED');
        expect(res.json().message).toMatch(/登录尝试过于频繁，请 \d+ 秒后再试/);
        expect(await sessionCount(user.id)).toBe(0);
      } finally {
        await limited.close();
      }
    });

    it('validates the login body with a Chinese message', async () => {
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: '', password: 'x', captchaId: 'x', captchaAnswer: 'x' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().message).toMatch(/请输入用户名/);
    });
  });

  describe('SMS second factor', () => {
    it('is required for union roles: code from the outbox, wrong code refused, then active', async () => {
      const user = await createUser(t, { role: 'union_base_operator', orgId: unionBase.id });
      const res = await postLogin(t, user);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        stage: 'sms',
        mobileMasked: `${user.mobile.slice(0, 3)}****${user.mobile.slice(7)}`,
      });
      expect(res.json().user.smsRequired).toBe(true);
      const headers = sessionHeaders(res);

      // Half signed in: identity is known, but nothing else is allowed yet.
      const me = await t.request({ method: 'GET', url: '/api/me', as: headers });
      expect(me.json().stage).toBe('sms');
      const blocked = await t.request({ method: 'GET', url: '/api/me/bank-cards', as: headers });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('SESSION_STAGE');
      const noPw = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: DEFAULT_PASSWORD, newPassword: 'New#Passw0rd' },
        as: headers,
      });
      expect(noPw.statusCode).toBe(403);

      const code = await latestCode(t, user.mobile);
      expect(code).toMatch(/^\d{6}$/);
      const [stored] = await t.ctx.db.select().from(smsCodes).where(eq(smsCodes.userId, user.id));
      expect(stored!.codeHash).not.toContain(code);

      const wrongCode = code === '000000' ? '111111' : '000000';
      const wrong = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code: wrongCode },
        as: headers,
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().code).toBe('SMS_CODE_INVALID');
      expect(wrong.json().message).toMatch(/还可尝试 4 次/);

      const ok = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code },
        as: headers,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ stage: 'active', user: { stage: 'active' } });
      // The session moved on under new tokens: the half-signed-in token is worth nothing now.
      const active = sessionHeaders(ok);
      expect(active.cookie).not.toBe(headers.cookie);
      expect(active['x-csrf-token']).not.toBe(headers['x-csrf-token']);
      expect((await t.request({ method: 'GET', url: '/api/me/bank-cards', as: active })).statusCode).toBe(
        200,
      );
      const stale = await t.request({ method: 'GET', url: '/api/me', as: headers });
      expect(stale.statusCode).toBe(401);
      expect(stale.json().code).toBe('UNAUTHENTICATED');
      const sessionRows = await t.ctx.db.select().from(sessions).where(eq(sessions.userId, user.id));
      expect(sessionRows).toHaveLength(1);
      expect(await auditActions(user.id)).toEqual(
        expect.arrayContaining(['auth.login', 'auth.sms_verified', 'auth.login_failed']),
      );

      // A used code does not work for the next login.
      const second = await postLogin(t, user);
      const reuse = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code },
        as: sessionHeaders(second),
      });
      expect(reuse.statusCode).toBe(400);
    });

    it('is optional for other roles (users.sms_two_factor)', async () => {
      const without = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const withSms = await createUser(t, {
        role: 'enterprise_operator',
        orgId: enterprise.id,
        smsTwoFactor: true,
      });
      expect((await postLogin(t, without)).json().stage).toBe('active');
      const res = await postLogin(t, withSms);
      expect(res.json().stage).toBe('sms');
      expect(res.json().user).toMatchObject({ smsTwoFactor: true, smsRequired: false });
      expect(await latestCode(t, withSms.mobile)).toMatch(/^\d{6}$/);
    });

    it('can be switched on by the user in the profile', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const as = await sessionFor(t, user);
      const res = await t.request({
        method: 'PUT',
        url: '/api/me/profile',
        payload: { smsTwoFactor: true },
        as,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().smsTwoFactor).toBe(true);
      expect((await postLogin(t, user)).json().stage).toBe('sms');
    });

    it('logging in 6 times within a minute sends one SMS; the pending code works; after the wait a new one', async () => {
      const user = await createUser(t, { role: 'union_base_operator', orgId: unionBase.id });
      const sent = async () =>
        (
          await t.ctx.db
            .select({ id: outbox.id })
            .from(outbox)
            .where(and(eq(outbox.recipient, user.mobile), eq(outbox.template, 'login_code')))
        ).length;
      const answers = [];
      for (let i = 0; i < 6; i++) {
        const res = await postLogin(t, user);
        expect(res.statusCode, res.body).toBe(200);
        answers.push({ body: res.json(), headers: sessionHeaders(res) });
        advance(5_000);
      }
      expect(await sent()).toBe(1);
      expect(answers[0]!.body).toMatchObject({ stage: 'sms', smsSent: true, smsResendInSeconds: 60 });
      expect(answers[0]!.body.smsNotice).toMatch(/验证码已发送至 \d{3}\*{4}\d{4}/);
      expect(answers[5]!.body).toMatchObject({ stage: 'sms', smsSent: false, smsResendInSeconds: 35 });
      expect(answers[5]!.body.smsNotice).toMatch(/请输入该验证码；35 秒后可重新获取/);
      // The resend button of any of those sessions waits too.
      const tooSoon = await t.request({ method: 'POST', url: '/api/auth/sms/send', as: answers[5]!.headers });
      expect(tooSoon.statusCode).toBe(429);
      expect(tooSoon.json().message).toMatch(/请 30 秒后再试/);
      expect(await sent()).toBe(1);

      // The one code that went out completes the newest session.
      const code = await latestCode(t, user.mobile);
      const ok = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code },
        as: answers[5]!.headers,
      });
      expect(ok.statusCode, ok.body).toBe(200);

      // A code that signed the user in does not hold the next login back.
      const again = await postLogin(t, user);
      expect(again.json()).toMatchObject({ smsSent: true });
      expect(await sent()).toBe(2);
      advance(61_000);
      expect((await postLogin(t, user)).json()).toMatchObject({ smsSent: true });
      expect(await sent()).toBe(3);
    });

    it('resends at most once a minute; a resent code replaces the old one', async () => {
      const user = await createUser(t, {
        role: 'travel_issuer',
        orgId: (await createOrg(t, { type: 'travel_agency' })).id,
      });
      const res = await postLogin(t, user);
      const headers = sessionHeaders(res);
      const first = await latestCode(t, user.mobile);

      const tooSoon = await t.request({ method: 'POST', url: '/api/auth/sms/send', as: headers });
      expect(tooSoon.statusCode).toBe(429);
      expect(tooSoon.json().message).toMatch(/请 \d+ 秒后再试/);

      advance(61_000);
      const resent = await t.request({ method: 'POST', url: '/api/auth/sms/send', as: headers });
      expect(resent.statusCode, resent.body).toBe(200);
      expect(resent.json()).toMatchObject({ ok: true, mobileMasked: expect.stringContaining('****') });
      const second = await latestCode(t, user.mobile);
      const codes = await t.ctx.db.select().from(smsCodes).where(eq(smsCodes.userId, user.id));
      expect(codes).toHaveLength(2);

      if (first !== second) {
        const old = await t.request({
          method: 'POST',
          url: '/api/auth/sms/verify',
          payload: { code: first },
          as: headers,
        });
        expect(old.statusCode).toBe(400);
      }
      const ok = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code: second },
        as: headers,
      });
      expect(ok.statusCode, ok.body).toBe(200);
    });

    it('refuses resending once the session is past the SMS step, and without the CSRF header', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const headers = sessionHeaders(await postLogin(t, user));
      const res = await t.request({ method: 'POST', url: '/api/auth/sms/send', as: headers });
      expect(res.statusCode).toBe(409);
      const noCsrf = await t.request({
        method: 'POST',
        url: '/api/auth/sms/send',
        headers: { cookie: headers.cookie! },
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().code).toBe('CSRF_FAILED');
    });

    it('allows 5 attempts per code, after which even the right code is refused', async () => {
      const user = await createUser(t, { role: 'union_base_operator', orgId: unionBase.id });
      const headers = sessionHeaders(await postLogin(t, user));
      const code = await latestCode(t, user.mobile);
      const wrongCode = code === '999999' ? '888888' : '999999';
      for (let i = 0; i < 5; i++) {
        const r = await t.request({
          method: 'POST',
          url: '/api/auth/sms/verify',
          payload: { code: wrongCode },
          as: headers,
        });
        expect(r.statusCode).toBe(400);
      }
      const right = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code },
        as: headers,
      });
      expect(right.statusCode).toBe(400);
      expect(right.json().message).toMatch(/重新获取/);
      expect((await t.request({ method: 'GET', url: '/api/me', as: headers })).json().stage).toBe('sms');
    });

    it('expires a code after 5 minutes', async () => {
      const user = await createUser(t, { role: 'union_base_operator', orgId: unionBase.id });
      const headers = sessionHeaders(await postLogin(t, user));
      const code = await latestCode(t, user.mobile);
      advance(5 * MINUTE + 1000);
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/sms/verify',
        payload: { code },
        as: headers,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/过期/);
    });

    it('rate-limits SMS sending per address', async () => {
      const limited = await createTestApp({
        database: t.database,
        env: { SMS_RATE_LIMIT: '2', LOGIN_RATE_LIMIT: '100' },
      });
      try {
        const user = await createUser(limited, { role: 'union_base_operator', orgId: unionBase.id });
        const headers = sessionHeaders(await postLogin(limited, user));
        const before = await countRows(limited, ['outbox']);
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++)
          statuses.push(
            (await limited.request({ method: 'POST', url: '/api/auth/sms/send', as: headers })).statusCode,
          );
        expect(statuses[2]).toBe(429);
        const last = await limited.request({ method: 'POST', url: '/api/auth/sms/send', as: headers });
        expect(last.json()).toMatchObject({ code: 'RATE_LIMITED' });
        expect(last.json().message).toMatch(/短信发送过于频繁/);
        expect(await countRows(limited, ['outbox'])).toEqual(before);
      } finally {
        await limited.close();
      }
    });
  });

  describe('forced and voluntary password change', () => {
    it('holds a user with an initial password at the password step until it is changed', async () => {
      const user = await createUser(t, {
        role: 'enterprise_operator',
        orgId: enterprise.id,
        mustChangePassword: true,
      });
      const res = await postLogin(t, user);
      expect(res.json().stage).toBe('password');
      const headers = sessionHeaders(res);
      const blocked = await t.request({ method: 'GET', url: '/api/me/bank-cards', as: headers });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
      const hashBefore = (await userRow(user.id)).passwordHash;

      const weak = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: user.password, newPassword: 'abcdefgh' },
        as: headers,
      });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().code).toBe('PASSWORD_WEAK');
      expect(weak.json().message).toMatch(/至少 3 类/);
      const short = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: user.password, newPassword: 'Ab1#' },
        as: headers,
      });
      expect(short.json().message).toMatch(/至少 8 位/);
      const same = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: user.password, newPassword: user.password },
        as: headers,
      });
      expect(same.statusCode).toBe(400);
      expect(same.json().code).toBe('PASSWORD_REUSED');
      const wrongOld = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: 'Wrong#pass1', newPassword: 'New#Passw0rd' },
        as: headers,
      });
      expect(wrongOld.statusCode).toBe(400);
      expect(wrongOld.json().code).toBe('PASSWORD_WRONG');
      expect((await userRow(user.id)).passwordHash).toBe(hashBefore);

      const ok = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: user.password, newPassword: 'New#Passw0rd' },
        as: headers,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toEqual({ stage: 'active' });
      const row = await userRow(user.id);
      expect(row.mustChangePassword).toBe(false);
      expect(await verifyPassword(row.passwordHash, 'New#Passw0rd')).toBe(true);
      // Active under new tokens; the token of the password step no longer works.
      const active = sessionHeaders(ok);
      expect((await t.request({ method: 'GET', url: '/api/me/bank-cards', as: active })).statusCode).toBe(
        200,
      );
      expect((await t.request({ method: 'GET', url: '/api/me', as: headers })).statusCode).toBe(401);
      expect(await auditActions(user.id)).toContain('auth.password_change');

      expect((await postLogin(t, user)).statusCode).toBe(401);
      expect((await postLogin(t, { ...user, password: 'New#Passw0rd' })).json().stage).toBe('active');
    });

    it('after the SMS code, a user with a reset password still has to change it', async () => {
      const user = await createUser(t, {
        role: 'union_base_operator',
        orgId: unionBase.id,
        mustChangePassword: true,
      });
      const { stage } = await signIn(t, user);
      expect(stage).toBe('password');
    });

    it('ends the user’s other sessions when the password changes', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const a = sessionHeaders(await postLogin(t, user));
      const b = sessionHeaders(await postLogin(t, user));
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { oldPassword: user.password, newPassword: 'Changed#2026' },
        as: a,
      });
      expect(res.statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/me', as: sessionHeaders(res) })).statusCode).toBe(
        200,
      );
      expect((await t.request({ method: 'GET', url: '/api/me', as: a })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url: '/api/me', as: b })).statusCode).toBe(401);
    });
  });

  describe('sessions, CSRF and logout', () => {
    it('a session made on one server process is accepted by another; logout on one ends it on both', async () => {
      const second = await createTestApp({ database: t.database });
      try {
        const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
        const headers = sessionHeaders(await postLogin(t, user));
        const onB = await second.request({ method: 'GET', url: '/api/me', as: headers });
        expect(onB.statusCode).toBe(200);
        expect(onB.json().id).toBe(user.id);

        const logout = await second.request({ method: 'POST', url: '/api/auth/logout', as: headers });
        expect(logout.statusCode).toBe(200);
        expect((await t.request({ method: 'GET', url: '/api/me', as: headers })).statusCode).toBe(401);
        expect((await second.request({ method: 'GET', url: '/api/me', as: headers })).statusCode).toBe(401);
      } finally {
        await second.close();
      }
    });

    it('a signed-in POST without the CSRF header is refused and changes nothing', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const headers = sessionHeaders(await postLogin(t, user));
      const before = await countRows(t, ['sessions', 'audit_log']);
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: headers.cookie! },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('CSRF_FAILED');
      const forged = await t.request({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: headers.cookie!, 'x-csrf-token': 'forged' },
      });
      expect(forged.statusCode).toBe(403);
      const card = await t.request({
        method: 'POST',
        url: '/api/me/bank-cards',
        payload: { holderName: '张三', cardNumber: '6222021234567890123' },
        headers: { cookie: headers.cookie! },
      });
      expect(card.statusCode).toBe(403);
      expect(await countRows(t, ['sessions', 'audit_log'])).toEqual(before);
      expect((await t.request({ method: 'GET', url: '/api/me', as: headers })).statusCode).toBe(200);
    });

    it('logout deletes the session, clears the cookies and is audited', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const headers = sessionHeaders(await postLogin(t, user));
      expect(await sessionCount(user.id)).toBe(1);
      const res = await t.request({ method: 'POST', url: '/api/auth/logout', as: headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true });
      const cleared = (res.cookies as { name: string; value: string }[]).filter(
        (c) => c.name === 'ph_session' || c.name === 'ph_csrf',
      );
      expect(cleared).toHaveLength(2);
      for (const c of cleared) expect(c.value).toBe('');
      expect(await sessionCount(user.id)).toBe(0);
      expect(await auditActions(user.id)).toContain('auth.logout');
      expect((await t.request({ method: 'GET', url: '/api/me', as: headers })).statusCode).toBe(401);
    });

    it('logging in again replaces the session the browser already had', async () => {
      const user = await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id });
      const first = sessionHeaders(await postLogin(t, user));
      const again = await postLogin(t, { ...user, headers: { cookie: first.cookie! } });
      expect(again.statusCode).toBe(200);
      expect(await sessionCount(user.id)).toBe(1);
      expect((await t.request({ method: 'GET', url: '/api/me', as: first })).statusCode).toBe(401);
    });

    it('a disabled organization ends the sessions of its users', async () => {
      const org = await createOrg(t, { type: 'enterprise' });
      const user = await createUser(t, { role: 'enterprise_operator', orgId: org.id });
      const headers = sessionHeaders(await postLogin(t, user));
      await t.ctx.db.update(organizations).set({ status: 'disabled' }).where(eq(organizations.id, org.id));
      expect((await t.request({ method: 'GET', url: '/api/me', as: headers })).statusCode).toBe(401);
      await t.ctx.db
        .update(organizations)
        .set({ status: 'active' })
        .where(and(eq(organizations.id, org.id)));
    });
  });
});
