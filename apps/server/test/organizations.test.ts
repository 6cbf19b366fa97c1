import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { validatePassword } from '@policyhub/domain';
import { auditLog, organizations, outbox, users } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { createUserAccount } from '../src/modules/accounts/index.js';
import { createOrg, createTestApp, createUser, seedBasics, sessionFor, type TestApp } from './helpers.js';
import {
  latestMessage,
  postLogin,
  sessionHeaders,
  signIn,
  snapshot,
  STATE_TABLES,
} from './accounts-support.js';

const USCC = '91110108MA01ABCD5T';
const ID_NUMBER = '110108199003071238';

describe('organizations and user administration (PL-2)', () => {
  let t: TestApp;
  let clock = Date.now();
  let basics: Awaited<ReturnType<typeof seedBasics>>;
  let adminAs: Record<string, string>;
  let hq: { id: string; path: string };
  let agency: { id: string; path: string };
  let base: { id: string; path: string };
  let otherHq: { id: string; path: string };
  let hqAs: Record<string, string>;
  let agencyOp: Awaited<ReturnType<typeof createUser>>;
  let agencyAs: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(clock), env: { LOGIN_RATE_LIMIT: '1000' } });
    basics = await seedBasics(t);
    adminAs = await sessionFor(t, basics.admin);
    hq = await createOrg(t, { type: 'union_hq', parentId: basics.platform.id });
    agency = await createOrg(t, { type: 'union_agency', parentId: hq.id });
    base = await createOrg(t, { type: 'union_base', parentId: agency.id });
    otherHq = await createOrg(t, { type: 'union_hq', parentId: basics.platform.id });
    hqAs = await sessionFor(t, await createUser(t, { role: 'union_hq_operator', orgId: hq.id }));
    agencyOp = await createUser(t, { role: 'union_agency_operator', orgId: agency.id });
    agencyAs = await sessionFor(t, agencyOp);
  });
  afterAll(async () => t.close());

  const unchanged = async (fn: () => Promise<void>) => {
    const before = await snapshot(t, STATE_TABLES);
    await fn();
    expect(await snapshot(t, STATE_TABLES)).toEqual(before);
  };

  describe('organization tree', () => {
    it('lists every organization for the platform admin, and only its subtree for a union HQ', async () => {
      const all = await t.request({ method: 'GET', url: '/api/admin/orgs', as: adminAs });
      expect(all.statusCode).toBe(200);
      const allIds = all.json().items.map((o: { id: string }) => o.id);
      expect(allIds).toEqual(
        expect.arrayContaining([basics.platform.id, hq.id, agency.id, base.id, otherHq.id]),
      );

      const mine = await t.request({ method: 'GET', url: '/api/admin/orgs', as: hqAs });
      expect(mine.statusCode).toBe(200);
      const items = mine.json().items;
      expect(items.map((o: { id: string }) => o.id).sort()).toEqual([hq.id, agency.id, base.id].sort());
      expect(items[0]).toMatchObject({
        id: hq.id,
        parentId: basics.platform.id,
        type: 'union_hq',
        depth: 1,
        path: hq.path,
        status: 'active',
      });
      expect(items.find((o: { id: string }) => o.id === base.id).depth).toBe(3);
    });

    it('creates an allowed child with a valid credit code, audited', async () => {
      const res = await t.request({
        method: 'POST',
        url: '/api/admin/orgs',
        payload: {
          parentId: basics.platform.id,
          type: 'enterprise',
          name: '北京星辰科技有限公司',
          code: '91110108ma01abcd5t',
        },
        as: adminAs,
      });
      expect(res.statusCode, res.body).toBe(200);
      const org = res.json();
      expect(org).toMatchObject({
        parentId: basics.platform.id,
        type: 'enterprise',
        name: '北京星辰科技有限公司',
        code: USCC,
        status: 'active',
        depth: 1,
      });
      expect(org.path).toBe(`${basics.platform.path}${org.id}/`);
      expect(org.warnings).toEqual([expect.stringMatching(/大写/)]);
      const [audit] = await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'org.create'), eq(auditLog.entityId, org.id)));
      expect(audit!.actorUserId).toBe(basics.admin.id);
    });

    it('lets a union agency create base units under itself', async () => {
      const res = await t.request({
        method: 'POST',
        url: '/api/admin/orgs',
        payload: { parentId: agency.id, type: 'union_base', name: '中关村软件园基层工会' },
        as: agencyAs,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().path).toBe(`${agency.path}${res.json().id}/`);
    });

    it('refuses a type not allowed under the parent, with a Chinese reason, changing nothing', async () => {
      await unchanged(async () => {
        const res = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: hq.id, type: 'union_base', name: '某基层工会' },
          as: hqAs,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().message).toBe('「工会总会」下不能创建「基层工会」，只能创建：代办处');
        const leaf = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: base.id, type: 'union_base', name: '某基层工会' },
          as: hqAs,
        });
        expect(leaf.statusCode).toBe(400);
        expect(leaf.json().message).toMatch(/不能再设下级机构/);
      });
    });

    it('answers 404 for a parent in another tree or above the admin, changing nothing', async () => {
      await unchanged(async () => {
        const other = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: otherHq.id, type: 'union_agency', name: '越权代办处' },
          as: hqAs,
        });
        expect(other.statusCode).toBe(404);
        expect(other.json().code).toBe('NOT_FOUND');
        const above = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: hq.id, type: 'union_agency', name: '越权代办处' },
          as: agencyAs,
        });
        expect(above.statusCode).toBe(404);
        const missing = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: '00000000-0000-4000-8000-000000000000', type: 'union_agency', name: '不存在' },
          as: adminAs,
        });
        expect(missing.statusCode).toBe(404);
      });
    });

    it('refuses an invalid or duplicate credit code and a duplicate sibling name', async () => {
      await unchanged(async () => {
        const bad = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: {
            parentId: basics.platform.id,
            type: 'enterprise',
            name: '校验失败公司',
            code: '91110108MA01ABCD5X',
          },
          as: adminAs,
        });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().message).toMatch(/校验位错误，应为 T/);
        const dupCode = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: basics.platform.id, type: 'enterprise', name: '另一家公司', code: USCC },
          as: adminAs,
        });
        expect(dupCode.statusCode).toBe(409);
        expect(dupCode.json().message).toMatch(/已被「北京星辰科技有限公司」使用/);
        const dupName = await t.request({
          method: 'POST',
          url: '/api/admin/orgs',
          payload: { parentId: basics.platform.id, type: 'enterprise', name: '北京星辰科技有限公司' },
          as: adminAs,
        });
        expect(dupName.statusCode).toBe(409);
      });
    });
  });

  describe('users', () => {
    it('refuses formula text as a name, creating nothing', async () => {
      const before = await t.ctx.db.select({ id: users.id }).from(users);
      const res = await t.request({
        method: 'POST',
        url: '/api/admin/users',
        payload: {
          orgId: base.id,
          role: 'union_base_operator',
          username: 'formula_name',
          displayName: '=HYPERLINK("http://x","点我")',
          mobile: '13911113333',
        },
        as: agencyAs,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain('姓名不能以 = + - @ 开头');
      expect(await t.ctx.db.select({ id: users.id }).from(users)).toHaveLength(before.length);
    });

    it('creates a user whose initial password arrives by SMS and must be changed at first login', async () => {
      const res = await t.request({
        method: 'POST',
        url: '/api/admin/users',
        payload: {
          orgId: base.id,
          role: 'union_base_operator',
          username: 'ZGC_Op1',
          displayName: '赵磊',
          mobile: '13911112222',
          email: 'zhao@example.com',
          idNumber: ID_NUMBER,
        },
        as: agencyAs,
      });
      expect(res.statusCode, res.body).toBe(200);
      const user = res.json();
      expect(user).toMatchObject({
        username: 'zgc_op1',
        displayName: '赵磊',
        role: 'union_base_operator',
        orgId: base.id,
        status: 'active',
        mobileMasked: '139****2222',
        idNumberMasked: '110108********1238',
        lockedUntil: null,
        lastLoginAt: null,
      });
      expect(res.body).not.toContain('13911112222');
      expect(res.body).not.toContain(ID_NUMBER);

      const [row] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
      expect(row!.mustChangePassword).toBe(true);
      expect(row!.idNumberEnc).not.toContain(ID_NUMBER);
      expect(t.ctx.crypto.decrypt(row!.idNumberEnc!)).toBe(ID_NUMBER);
      expect(row!.idNumberIdx).toBe(t.ctx.crypto.blindIndex(ID_NUMBER));
      expect(row).toMatchObject({ gender: 'M', birthDate: '1990-03-07' });

      const sms = await latestMessage(t, '13911112222', 'account_created');
      expect(sms).toMatchObject({ username: 'zgc_op1', url: t.config.publicUrl });
      const password = String(sms!.password);
      expect(validatePassword(password).ok).toBe(true);
      const [msg] = await t.ctx.db
        .select({ body: outbox.body })
        .from(outbox)
        .where(and(eq(outbox.recipient, '13911112222'), eq(outbox.template, 'account_created')));
      expect(msg!.body).toContain('初始密码');

      const { stage } = await signIn(t, { username: 'zgc_op1', password, mobile: '13911112222' });
      expect(stage).toBe('password');
    });

    it('lists users in scope with personal data masked, filtered and paged', async () => {
      const res = await t.request({
        method: 'GET',
        url: `/api/admin/users?orgId=${base.id}&pageSize=10`,
        as: agencyAs,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ total: 1, page: 1, pageSize: 10 });
      expect(body.items[0]).toMatchObject({
        username: 'zgc_op1',
        orgName: expect.any(String),
        mobileMasked: '139****2222',
        idNumberMasked: '110108********1238',
      });
      expect(res.body).not.toContain('13911112222');
      expect(res.body).not.toContain(ID_NUMBER);

      const keyword = await t.request({ method: 'GET', url: '/api/admin/users?keyword=zgc_', as: adminAs });
      expect(keyword.json().items.map((u: { username: string }) => u.username)).toEqual(['zgc_op1']);
      const byMobile = await t.request({
        method: 'GET',
        url: '/api/admin/users?keyword=13911112222',
        as: adminAs,
      });
      expect(byMobile.json().total).toBe(1);

      // The HQ of another tree sees none of them; the agency sees nothing above itself.
      const otherAs = await sessionFor(
        t,
        await createUser(t, { role: 'union_hq_operator', orgId: otherHq.id }),
      );
      const other = await t.request({ method: 'GET', url: '/api/admin/users', as: otherAs });
      expect(other.json().items.map((u: { orgId: string }) => u.orgId)).toEqual([otherHq.id]);
      const agencyList = await t.request({
        method: 'GET',
        url: '/api/admin/users?pageSize=100',
        as: agencyAs,
      });
      for (const u of agencyList.json().items) expect([agency.id, base.id]).toContain(u.orgId);
    });

    it('refuses a role that does not fit the organization type, a bad mobile, a bad ID number', async () => {
      await unchanged(async () => {
        const role = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: base.id,
            role: 'travel_issuer',
            username: 'wrong_role',
            displayName: '某某',
            mobile: '13911113333',
          },
          as: adminAs,
        });
        expect(role.statusCode).toBe(400);
        expect(role.json().message).toMatch(/角色「出单员」只能属于「旅行社」类型的机构/);
        const mobile = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: base.id,
            role: 'union_base_operator',
            username: 'bad_mobile',
            displayName: '某某',
            mobile: '1391111',
          },
          as: adminAs,
        });
        expect(mobile.statusCode).toBe(400);
        expect(mobile.json().message).toMatch(/手机号应为 11 位/);
        const id = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: base.id,
            role: 'union_base_operator',
            username: 'bad_id',
            displayName: '某某',
            mobile: '13911113333',
            idNumber: '110108199003071239',
          },
          as: adminAs,
        });
        expect(id.statusCode).toBe(400);
        expect(id.json().message).toMatch(/校验位错误/);
        const name = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: base.id,
            role: 'union_base_operator',
            username: '中文名',
            displayName: '某某',
            mobile: '13911113333',
          },
          as: adminAs,
        });
        expect(name.statusCode).toBe(400);
        expect(name.json().message).toMatch(/用户名须为/);
      });
    });

    it('refuses a duplicate username with a Chinese CONFLICT, and an organization out of scope with 404', async () => {
      await unchanged(async () => {
        const dup = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: base.id,
            role: 'union_base_operator',
            username: 'zgc_op1',
            displayName: '重复',
            mobile: '13911114444',
          },
          as: adminAs,
        });
        expect(dup.statusCode).toBe(409);
        expect(dup.json()).toMatchObject({ code: 'CONFLICT', message: '用户名「zgc_op1」已存在' });
        const elsewhere = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: agency.id,
            role: 'union_agency_operator',
            username: 'ZGC_OP1',
            displayName: '重复',
            mobile: '13911114444',
          },
          as: adminAs,
        });
        expect(elsewhere.statusCode).toBe(409);
        expect(elsewhere.json().message).toMatch(/已被其他账号使用/);
        const out = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: otherHq.id,
            role: 'union_hq_operator',
            username: 'intruder',
            displayName: '越权',
            mobile: '13911114444',
          },
          as: hqAs,
        });
        expect(out.statusCode).toBe(404);
        const individual = await t.request({
          method: 'POST',
          url: '/api/admin/users',
          payload: {
            orgId: null,
            role: 'individual',
            username: 'person1',
            displayName: '个人',
            mobile: '13911114444',
          },
          as: hqAs,
        });
        expect(individual.statusCode).toBe(403);
      });
    });

    it('createUserAccount is idempotent for the same organization and role, and sends nothing twice', async () => {
      const input = {
        orgId: base.id,
        role: 'union_base_operator' as const,
        username: 'import_user',
        displayName: '导入用户',
        mobile: '13922223333',
        sendInitialPassword: true,
      };
      const first = await createUserAccount(t.ctx, t.ctx.db, SYSTEM_ACTOR, input);
      expect(first.created).toBe(true);
      const before = await snapshot(t, STATE_TABLES);
      const second = await createUserAccount(t.ctx, t.ctx.db, SYSTEM_ACTOR, input);
      expect(second).toEqual({ id: first.id, created: false });
      expect(await snapshot(t, STATE_TABLES)).toEqual(before);
      await expect(
        createUserAccount(t.ctx, t.ctx.db, SYSTEM_ACTOR, {
          ...input,
          orgId: agency.id,
          role: 'union_agency_operator',
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      const silent = await createUserAccount(t.ctx, t.ctx.db, SYSTEM_ACTOR, {
        ...input,
        username: 'import_silent',
        mobile: '13922224444',
        sendInitialPassword: false,
      });
      expect(silent.created).toBe(true);
      expect(await latestMessage(t, '13922224444', 'account_created')).toBeNull();
      // An account created without a password cannot sign in until its password is reset.
      expect((await postLogin(t, { username: 'import_silent', password: '!no-password' })).statusCode).toBe(
        401,
      );
    });

    it('disables a user (sessions end, login refused) and enables again', async () => {
      const target = await createUser(t, { role: 'union_base_operator', orgId: base.id });
      const targetAs = await sessionFor(t, target);
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/users/${target.id}/disable`,
        as: agencyAs,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: target.id, status: 'disabled' });
      expect((await t.request({ method: 'GET', url: '/api/me', as: targetAs })).statusCode).toBe(401);
      expect((await postLogin(t, target)).json().code).toBe('ACCOUNT_DISABLED');

      const again = await t.request({
        method: 'POST',
        url: `/api/admin/users/${target.id}/enable`,
        as: agencyAs,
      });
      expect(again.json().status).toBe('active');
      expect((await postLogin(t, target)).statusCode).toBe(200);
      const actions = (
        await t.ctx.db
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(eq(auditLog.entityId, target.id))
      ).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
    });

    it('refuses to disable oneself', async () => {
      await unchanged(async () => {
        const res = await t.request({
          method: 'POST',
          url: `/api/admin/users/${agencyOp.id}/disable`,
          as: agencyAs,
        });
        expect(res.statusCode).toBe(409);
        expect(res.json().message).toBe('不能停用自己的账号');
      });
    });

    it('unlocks a locked user', async () => {
      const target = await createUser(t, { role: 'union_base_operator', orgId: base.id });
      for (let i = 0; i < 5; i++) await postLogin(t, { ...target, password: 'Wrong#pass1' });
      expect((await postLogin(t, target)).statusCode).toBe(423);
      const list = await t.request({
        method: 'GET',
        url: `/api/admin/users?keyword=${target.username}`,
        as: agencyAs,
      });
      expect(list.json().items[0].lockedUntil).not.toBeNull();
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/users/${target.id}/unlock`,
        as: agencyAs,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().lockedUntil).toBeNull();
      expect((await postLogin(t, target)).statusCode).toBe(200);
    });

    it('resets a password: new initial password by SMS, sessions ended, change forced', async () => {
      const target = await createUser(t, { role: 'union_base_operator', orgId: base.id });
      const targetAs = await sessionFor(t, target);
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/users/${target.id}/reset-password`,
        as: agencyAs,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ ok: true });
      expect((await t.request({ method: 'GET', url: '/api/me', as: targetAs })).statusCode).toBe(401);
      expect((await postLogin(t, target)).statusCode).toBe(401);
      const sms = await latestMessage(t, target.mobile, 'password_reset');
      expect(sms).toMatchObject({ username: target.username });
      const { stage } = await signIn(t, { ...target, password: String(sms!.password) });
      expect(stage).toBe('password');
    });

    it('reveals full personal data to a platform admin only, audited as pii.view', async () => {
      const [created] = await t.ctx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, 'zgc_op1'));
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/users/${created!.id}/reveal`,
        as: adminAs,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ mobile: '13911112222', idNumber: ID_NUMBER, bankCards: [] });
      const audits = await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'pii.view'), eq(auditLog.entityId, created!.id)));
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        actorUserId: basics.admin.id,
        entityType: 'user',
        detail: { fields: ['mobile', 'idNumber'] },
      });

      const security = await t.request({
        method: 'POST',
        url: `/api/admin/users/${created!.id}/reveal`,
        as: await sessionFor(t, basics.security),
      });
      expect(security.statusCode).toBe(200);

      await unchanged(async () => {
        const hqTry = await t.request({
          method: 'POST',
          url: `/api/admin/users/${created!.id}/reveal`,
          as: hqAs,
        });
        expect(hqTry.statusCode).toBe(403);
      });
    });

    it('organization rows written by the API carry a materialised path of ids', async () => {
      const rows = await t.ctx.db
        .select({ id: organizations.id, path: organizations.path, parentId: organizations.parentId })
        .from(organizations);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const r of rows) {
        expect(r.path.endsWith(`/${r.id}/`)).toBe(true);
        if (r.parentId) expect(r.path).toBe(`${byId.get(r.parentId)!.path}${r.id}/`);
      }
    });
  });

  it('a user signed in with a session cookie from login can administer users (end to end)', async () => {
    const admin = await createUser(t, { role: 'exchange_admin', orgId: basics.platform.id });
    const headers = sessionHeaders(await postLogin(t, admin));
    const res = await t.request({ method: 'GET', url: '/api/admin/users', as: headers });
    expect(res.statusCode).toBe(200);
    clock += 1000;
  });
});
