import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../src/tables.js';
import { seedDemo } from '../src/seed/demo.js';
import { createOrg, createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';

/** GET /api/enterprise/order-defaults: the caller's own enterprise only. */
describe('exchange: order defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers the enterprise's last order, never another enterprise's, and only to operators", async () => {
    const [operator] = await t.ctx.db.select().from(users).where(eq(users.username, 'enterprise'));
    const own = await t.request({
      method: 'GET',
      url: '/api/enterprise/order-defaults',
      as: await sessionFor(t, operator!),
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      source: 'last_order',
      company: { contactName: '张晓燕', contactPhone: '13800138003', email: 'hr@xingchen.example.com' },
    });
    expect(own.json().company.licenceNo).toMatch(/^[0-9A-Z]{18}$/);

    const other = await createOrg(t, { type: 'enterprise', name: '另一家企业' });
    const otherOperator = await createUser(t, { role: 'enterprise_operator', orgId: other.id });
    const theirs = await t.request({
      method: 'GET',
      url: '/api/enterprise/order-defaults',
      as: await sessionFor(t, otherOperator),
    });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json()).toEqual({ source: 'none', sourceOrderNo: null, company: { name: '另一家企业' } });

    const [admin] = await t.ctx.db.select().from(users).where(eq(users.username, 'admin'));
    const refused = await t.request({
      method: 'GET',
      url: '/api/enterprise/order-defaults',
      as: await sessionFor(t, admin!),
    });
    expect(refused.statusCode).toBe(403);
  });
});
