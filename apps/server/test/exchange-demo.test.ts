import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { exchangeOrders, exchangeRegistrations, rosterPeople, rosters, users } from '../src/tables.js';
import { seedDemo } from '../src/seed/demo.js';
import { createTestApp, sessionFor, type TestApp } from './helpers.js';
import { tableCounts } from './exchange-support.js';

/** The exchange part of the demo seed: idempotent, and an order only once a product is listed. */
describe('demo seed: exchange', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.ctx.jobs.start();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds a pending registration and one submitted order (on the demo products) once', async () => {
    await seedDemo(t.ctx);
    await seedDemo(t.ctx);
    const regs = await t.ctx.db.select().from(exchangeRegistrations);
    expect(regs).toHaveLength(1);
    expect(regs[0]!.status).toBe('pending');
    const orders = await t.ctx.db.select().from(exchangeOrders);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: 'submitted', rosterCount: 5 });
    expect(await t.ctx.db.select().from(rosterPeople)).toHaveLength(5);
    expect(await t.ctx.db.select().from(rosters)).toMatchObject([{ status: 'confirmed', peopleCount: 5 }]);

    const [admin] = await t.ctx.db.select().from(users).where(eq(users.username, 'admin'));
    const as = await sessionFor(t, admin!);
    const detail = await t.request({ method: 'GET', url: `/api/admin/orders/${orders[0]!.id}`, as });
    expect(detail.statusCode, detail.body).toBe(200);
    const scan = await t.request({ method: 'GET', url: `/api/files/${detail.json().scans.licence}`, as });
    expect(scan.statusCode).toBe(200);
    const sent = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orders[0]!.id}/send`,
      payload: { via: 'email' },
      as,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const usersBefore = (await tableCounts(t, ['users'])).users!;
    const passed = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orders[0]!.id}/result`,
      payload: {
        passed: true,
        windowStart: '2026-01-01',
        windowEnd: '2099-12-31',
        invitationCode: 'DEMO-001',
      },
      as,
    });
    expect(passed.statusCode, passed.body).toBe(200);
    expect((await t.ctx.jobs.waitFor(passed.json().taskId, 60_000)).status).toBe('succeeded');
    expect((await tableCounts(t, ['users'])).users).toBe(usersBefore + 4);
    const [employee] = await t.ctx.db.select().from(users).where(eq(users.username, 'employee'));
    const rows = await t.ctx.db.select().from(rosterPeople).where(eq(rosterPeople.name, '刘洋'));
    expect(rows[0]!.userId).toBe(employee!.id);
  });
});
