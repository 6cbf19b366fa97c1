import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  ROLE_PORTAL,
  ROLES,
  SMS_REQUIRED_ROLES,
  validateCreditCode,
  validateMobile,
  validatePassword,
} from '@policyhub/domain';
import { organizations, users } from '../src/tables.js';
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../src/seed/demo.js';
import { createTestApp, type TestApp } from './helpers.js';
import { signIn, snapshot, STATE_TABLES } from './accounts-support.js';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
  });
  afterAll(async () => t.close());

  it('covers every role, with valid mobiles, credit codes and a password that meets the rules', () => {
    // Every role once, a second insurer_staff (the mutual-aid association's plan staff) and a
    // second union_base_operator (上地, beside 中关村 under the same agency office).
    expect(DEMO_USERS.map((u) => u.role).sort()).toEqual(
      [...ROLES, 'insurer_staff', 'union_base_operator'].sort(),
    );
    expect(new Set(DEMO_USERS.map((u) => u.mobile)).size).toBe(DEMO_USERS.length);
    for (const u of DEMO_USERS) {
      expect(validateMobile(u.mobile).ok).toBe(true);
      expect(validatePassword(DEMO_PASSWORD, { username: u.username }).ok).toBe(true);
    }
    for (const o of DEMO_ORGS)
      if (o.code) expect(validateCreditCode(o.code)).toMatchObject({ ok: true, warnings: [] });
  });

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const first = await seedDemo(t.ctx);
    expect(first.created).toBe(DEMO_ORGS.length + DEMO_USERS.length);
    const before = await snapshot(t, STATE_TABLES);
    const second = await seedDemo(t.ctx);
    expect(second.created).toBe(0);
    expect(await snapshot(t, STATE_TABLES)).toEqual(before);
  });

  it('builds the organization trees with materialised paths', async () => {
    const rows = await t.ctx.db.select().from(organizations);
    const byName = new Map(rows.map((r) => [r.name, r]));
    const platform = byName.get('PolicyHub 平台运营中心')!;
    const branch = byName.get('华安财产保险股份有限公司北京分公司')!;
    const insurer = byName.get('华安财产保险股份有限公司')!;
    expect(branch.parentId).toBe(insurer.id);
    expect(branch.path).toBe(`/${platform.id}/${insurer.id}/${branch.id}/`);
    const base = byName.get('中关村软件园基层工会')!;
    const agency = byName.get('海淀区职工互助保障代办处')!;
    const hq = byName.get('北京市总工会')!;
    expect(base.path).toBe(`/${platform.id}/${hq.id}/${agency.id}/${base.id}/`);
    expect(byName.get('北京星辰科技有限公司')!.code).toBe('91110108MA01ABCD5T');
  });

  it('every demo user signs in with the demo password (SMS code from the outbox where required) and lands on its portal', async () => {
    for (const demo of DEMO_USERS) {
      const [row] = await t.ctx.db
        .select({ mustChangePassword: users.mustChangePassword })
        .from(users)
        .where(eq(users.username, demo.username));
      expect(row!.mustChangePassword).toBe(false);
      const { headers, stage } = await signIn(t, {
        username: demo.username,
        password: DEMO_PASSWORD,
        mobile: demo.mobile,
      });
      expect(stage, demo.username).toBe('active');
      const me = await t.request({ method: 'GET', url: '/api/me', as: headers });
      expect(me.json()).toMatchObject({
        username: demo.username,
        role: demo.role,
        portal: ROLE_PORTAL[demo.role],
        smsRequired: SMS_REQUIRED_ROLES.includes(demo.role),
      });
    }
  });
});
