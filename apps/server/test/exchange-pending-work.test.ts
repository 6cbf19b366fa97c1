import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@policyhub/domain';
import { products, productVersions } from '../src/tables.js';
import { getCaptcha, snapshot } from './accounts-support.js';
import { createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';
import { EXCHANGE_STATE, readyOrder, seedExchange, type ExchangeSeed } from './exchange-support.js';

/** The admin home's counts of pending work (GET /api/admin/pending-work). */
describe('admin home: counts of pending work', () => {
  let t: TestApp;
  let s: ExchangeSeed;

  beforeAll(async () => {
    t = await createTestApp();
    await t.ctx.jobs.start();
    s = await seedExchange(t);
  });
  afterAll(async () => t?.close());

  const counts = async () => {
    const res = await t.request({ method: 'GET', url: '/api/admin/pending-work', as: s.asAdmin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('starts with nothing pending', async () => {
    expect(await counts()).toEqual({
      registrationsPending: 0,
      listingsPending: 0,
      listingChangesPending: 0,
      orders: { draft: 0, submitted: 0, sent: 0, passed: 0, failed: 0 },
    });
  });

  it('counts a new registration awaiting review', async () => {
    const captcha = await getCaptcha(t);
    const res = await t.request({
      method: 'POST',
      url: '/api/public/enterprise-registrations',
      payload: {
        username: 'pending_hr',
        password: 'Reg#Passw0rd2026',
        passwordConfirm: 'Reg#Passw0rd2026',
        companyName: '上海待审贸易有限公司',
        creditCode: '91310000MA1FL4CT3' + creditCodeCheckChar('91310000MA1FL4CT3'),
        email: 'hr@pending.example.com',
        contactName: '王五',
        contactMobile: '13912340000',
        captchaId: captcha.captchaId,
        captchaAnswer: captcha.answer,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await counts()).registrationsPending).toBe(1);
  });

  it('counts first listings and listing changes awaiting review apart', async () => {
    // A change of the listed product (it has a current version) and a first listing (it has none).
    await t.ctx.db.insert(productVersions).values({
      productId: s.product.productId,
      version: 2,
      status: 'pending',
      content: {},
    });
    const newProduct = crypto.randomUUID();
    await t.ctx.db.insert(products).values({
      id: newProduct,
      code: `P${crypto.randomBytes(4).toString('hex')}`,
      insurerOrgId: s.insurer.id,
      name: '待挂牌产品',
      line: 'TAX_HEALTH',
      status: 'pending_listing',
    });
    await t.ctx.db.insert(productVersions).values({
      productId: newProduct,
      version: 1,
      status: 'pending',
      content: {},
    });
    expect(await counts()).toMatchObject({ listingsPending: 1, listingChangesPending: 1 });
  });

  it('counts orders by status as they move', async () => {
    const orderId = await readyOrder(t, s, 2);
    expect((await counts()).orders).toMatchObject({ draft: 1, submitted: 0 });
    const submit = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${orderId}/submit`,
      as: s.asOperator,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect((await counts()).orders).toEqual({ draft: 0, submitted: 1, sent: 0, passed: 0, failed: 0 });
  });

  it('refuses everyone but the exchange admin, changing nothing', async () => {
    const security = await sessionFor(
      t,
      await createUser(t, { role: 'security_admin', orgId: s.platform.id }),
    );
    const before = await snapshot(t, EXCHANGE_STATE);
    const anonymous = await t.request({ method: 'GET', url: '/api/admin/pending-work' });
    expect(anonymous.statusCode).toBe(401);
    for (const as of [s.asOperator, s.asInsurer, s.asIndividual, security]) {
      const res = await t.request({ method: 'GET', url: '/api/admin/pending-work', as });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.body).not.toContain('registrationsPending');
    }
    expect(await snapshot(t, EXCHANGE_STATE)).toEqual(before);
  });
});
