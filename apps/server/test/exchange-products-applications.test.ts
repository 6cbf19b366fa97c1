import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  bankCards,
  applications,
  exchangeInvitations,
  exchangeOrders,
  users,
  webhookDeliveries,
} from '../src/tables.js';
import {
  connectSimulatedInsurer,
  deliverWebhook,
  insurerSimulatorOf,
  webhookTransport,
} from '../src/modules/insurer-gateway/index.js';
import { notifyInsurerOfOrder } from '../src/lines/exchange/index.js';
import { snapshot } from './accounts-support.js';
import { randomResidentId } from './documents-support.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import {
  createExchangeCast,
  EXCHANGE_TABLES,
  listedProduct,
  type ExchangeCast,
} from './exchange-products-support.js';
import { insertOrderRoster } from './exchange-support.js';

const STATE = [...EXCHANGE_TABLES, 'exchange_invitations', 'exchange_orders'];
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('personal applications through the insurer simulator (EX-6, EX-7, EX-8)', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  let product: { productId: string; versionId: string };
  let enterprise: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ env: { INSURER_SIMULATOR: '1', INSURER_SIMULATOR_LATENCY_MS: '0' } });
    cast = await createExchangeCast(t);
    product = await listedProduct(t, cast);
    enterprise = await createOrg(t, { type: 'enterprise', parentId: cast.platform.id });
    await connectSimulatedInsurer(t.ctx, t.ctx.db, cast.insurerA.id);
    // Webhooks reach the simulator as in a server: the delivery jobs run on pg-boss workers.
    await t.ctx.jobs.start();
  });
  afterAll(async () => t.close());

  const unchanged = async (fn: () => Promise<void>) => {
    const before = await snapshot(t, STATE);
    await fn();
    expect(await snapshot(t, STATE)).toEqual(before);
  };

  /** Waits until the delivery jobs have handed every webhook over and the simulator has answered. */
  const runSimulator = async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const pending = await t.ctx.db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.status, 'pending'));
      // A row is marked delivered after the simulator took it: its work is then in idle().
      if (pending.length === 0) return insurerSimulatorOf(t.ctx).idle();
      if (Date.now() > deadline) throw new Error(`webhooks still pending: ${pending.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** An employee with a complete profile, a debit card and an invitation on a passed order. */
  async function employee(window: [string, string] = [day(-1), day(10)]) {
    const user = await createUser(t, { role: 'individual' });
    const idNumber = randomResidentId(1990, true);
    await t.ctx.db
      .update(users)
      .set({
        idNumberEnc: t.ctx.crypto.encrypt(idNumber),
        idNumberIdx: t.ctx.crypto.blindIndex(idNumber),
        idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
        gender: 'M',
        birthDate: `1990-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      })
      .where(eq(users.id, user.id));
    const [card] = await t.ctx.db
      .insert(bankCards)
      .values({
        userId: user.id,
        holderName: '张三',
        cardEnc: t.ctx.crypto.encrypt('6222021234567890128'),
        cardIdx: crypto.randomUUID(),
        cardMasked: '6222 **** 0128',
        keyId: 't1',
      })
      .returning({ id: bankCards.id });
    const [order] = await t.ctx.db
      .insert(exchangeOrders)
      .values({
        orderNo: `EX${crypto.randomBytes(6).toString('hex')}`,
        enterpriseOrgId: enterprise.id,
        productId: product.productId,
        productVersionId: product.versionId,
        insurerOrgId: cast.insurerA.id,
        status: 'passed',
        windowStart: window[0],
        windowEnd: window[1],
        invitationCode: 'G123',
        rosterCount: 1,
      })
      .returning({ id: exchangeOrders.id, orderNo: exchangeOrders.orderNo });
    const [inv] = await t.ctx.db
      .insert(exchangeInvitations)
      .values({ orderId: order!.id, userId: user.id, rosterRowNo: 1 })
      .returning({ id: exchangeInvitations.id });
    return {
      user,
      as: await sessionFor(t, user),
      cardId: card!.id,
      invitationId: inv!.id,
      orderId: order!.id,
    };
  }

  const apply = (as: Headers, body: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/personal/applications', payload: body, as });

  it('待处理订单 → quote → apply → the simulator underwrites and issues → 我的保单 with the signed e-policy', async () => {
    const e = await employee();
    const list = await t.request({ method: 'GET', url: '/api/personal/invitations', as: e.as });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        invitationId: e.invitationId,
        status: 'invited',
        statusLabel: '待投保',
        open: true,
        insurerName: expect.stringContaining('华安'),
      }),
    ]);
    const quote = await t.request({
      method: 'POST',
      url: '/api/personal/applications/quote',
      payload: { invitationId: e.invitationId },
      as: e.as,
    });
    expect(quote.statusCode, quote.body).toBe(200);
    expect(quote.json()).toMatchObject({ gender: 'M', annualPremiumFen: 120_000, deductionCapFen: 240_000 });
    expect(quote.json().deductionNote).toContain('2400');
    const res = await apply(e.as, {
      invitationId: e.invitationId,
      bankCardId: e.cardId,
      answers: { q1: false, q2: false },
      consent: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'underwriting', premiumFen: 120_000 });
    const [inv] = await t.ctx.db
      .select()
      .from(exchangeInvitations)
      .where(eq(exchangeInvitations.id, e.invitationId));
    expect(inv!.status).toBe('applied');

    await runSimulator();
    expect(insurerSimulatorOf(t.ctx).log).toContainEqual({
      event: 'application.submitted',
      ref: res.json().applicationNo,
      outcome: 'issued',
    });
    const [issued] = await t.ctx.db
      .select()
      .from(applications)
      .where(eq(applications.applicationNo, res.json().applicationNo));
    expect(issued).toMatchObject({ status: 'issued' });
    expect(issued!.details.taxCode).toMatch(/^TY\d{18}$/);
    const [after] = await t.ctx.db
      .select()
      .from(exchangeInvitations)
      .where(eq(exchangeInvitations.id, e.invitationId));
    expect(after!.status).toBe('issued');

    const policies = await t.request({ method: 'GET', url: '/api/me/policies', as: e.as });
    expect(policies.statusCode).toBe(200);
    expect(policies.json().items).toHaveLength(1);
    const policy = policies.json().items[0];
    expect(policy).toMatchObject({
      line: 'TAX_HEALTH',
      premiumFen: 120_000,
      taxCode: issued!.details.taxCode,
    });
    const pdf = await t.request({ method: 'GET', url: policy.downloadUrl, as: e.as });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // another individual does not see it
    const other = await employee();
    expect((await t.request({ method: 'GET', url: '/api/me/policies', as: other.as })).json().items).toEqual(
      [],
    );
    expect((await t.request({ method: 'GET', url: policy.downloadUrl, as: other.as })).statusCode).toBe(404);

    // a second application for the same product and year is refused
    await unchanged(async () => {
      const again = await apply(e.as, {
        invitationId: e.invitationId,
        bankCardId: e.cardId,
        answers: { q1: false, q2: false },
        consent: true,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain('一人一年');
    });
  });

  it('a declineIfYes answer → the simulator declines; applying again is refused with the reason', async () => {
    const e = await employee();
    const res = await apply(e.as, {
      invitationId: e.invitationId,
      bankCardId: e.cardId,
      answers: { q1: false, q2: true },
      consent: true,
    });
    expect(res.statusCode).toBe(201);
    await runSimulator();
    const mine = await t.request({ method: 'GET', url: '/api/personal/applications', as: e.as });
    expect(mine.json().items[0]).toMatchObject({ status: 'declined', statusLabel: '拒保' });
    expect(mine.json().items[0].declineReason).toContain('恶性肿瘤');
    await unchanged(async () => {
      const again = await apply(e.as, {
        invitationId: e.invitationId,
        bankCardId: e.cardId,
        answers: { q1: false, q2: false },
        consent: true,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain('拒保');
    });
  });

  it('a manualIfYes answer → manual review (no policy)', async () => {
    const e = await employee();
    const res = await apply(e.as, {
      invitationId: e.invitationId,
      bankCardId: e.cardId,
      answers: { q1: true, q2: false },
      consent: true,
    });
    await runSimulator();
    const [row] = await t.ctx.db
      .select()
      .from(applications)
      .where(eq(applications.applicationNo, res.json().applicationNo));
    expect(row).toMatchObject({ status: 'manual_review', policyId: null });
  });

  it('refusals: outside the window, no consent, missing answers, incomplete profile, foreign card or invitation — nothing changes', async () => {
    const early = await employee([day(3), day(10)]);
    const late = await employee([day(-10), day(-1)]);
    const e = await employee();
    const other = await employee();
    const body = (x: { invitationId: string; cardId: string }, extra: Record<string, unknown> = {}) => ({
      invitationId: x.invitationId,
      bankCardId: x.cardId,
      answers: { q1: false, q2: false },
      consent: true,
      ...extra,
    });
    await unchanged(async () => {
      for (const x of [early, late]) {
        const res = await apply(x.as, body(x));
        expect(res.statusCode).toBe(409);
        expect(res.json().message).toContain('不在投保期间');
      }
      const noConsent = await apply(e.as, body(e, { consent: false }));
      expect(noConsent.statusCode).toBe(400);
      expect(noConsent.json().message).toContain('自动扣缴');
      const missing = await apply(e.as, body(e, { answers: { q1: false } }));
      expect(missing.statusCode).toBe(400);
      expect(missing.json().message).toContain('健康告知');
      expect(
        (await apply(e.as, body({ invitationId: e.invitationId, cardId: other.cardId }))).statusCode,
      ).toBe(404);
      expect(
        (await apply(e.as, body({ invitationId: other.invitationId, cardId: e.cardId }))).statusCode,
      ).toBe(404);
      expect(
        (
          await t.request({
            method: 'POST',
            url: '/api/personal/applications/quote',
            payload: { invitationId: other.invitationId },
            as: e.as,
          })
        ).statusCode,
      ).toBe(404);
    });
    await t.ctx.db.update(users).set({ birthDate: null }).where(eq(users.id, e.user.id));
    await unchanged(async () => {
      const res = await apply(e.as, body(e));
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain('我的信息');
    });
  });

  it('order.submitted → the simulator fetches the case and roster and posts a pass through the pre-underwriting API', async () => {
    const [order] = await t.ctx.db
      .insert(exchangeOrders)
      .values({
        orderNo: `EX${crypto.randomBytes(6).toString('hex')}`,
        enterpriseOrgId: enterprise.id,
        productId: product.productId,
        productVersionId: product.versionId,
        insurerOrgId: cast.insurerA.id,
        status: 'sent',
        sentVia: 'api',
        rosterCount: 1,
        company: { name: '测试企业' },
      })
      .returning();
    const idNumber = randomResidentId();
    await insertOrderRoster(t, order!, [
      {
        rowNo: 1,
        name: '李四',
        idType: 'resident_id',
        idNumberEnc: t.ctx.crypto.encrypt(idNumber),
        idNumberIdx: t.ctx.crypto.blindIndex(idNumber),
        idNumberMasked: 'x',
        mobile: '13900000000',
      },
    ]);
    expect(await notifyInsurerOfOrder(t.ctx, t.ctx.db, order!)).toBe(true);
    await runSimulator();
    expect(insurerSimulatorOf(t.ctx).log).toContainEqual({
      event: 'order.submitted',
      ref: order!.orderNo,
      outcome: 'passed',
    });
    const [after] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.id, order!.id));
    expect(after).toMatchObject({ status: 'passed', windowStart: day(0) });
    expect(after!.invitationCode).toMatch(/^SIM\d{6}$/);
    // The pass starts the employee invitations job (workers run in this file): 李四 is invited.
    const deadline = Date.now() + 30_000;
    let invited: { id: string }[] = [];
    while (invited.length === 0 && Date.now() < deadline) {
      invited = await t.ctx.db
        .select({ id: exchangeInvitations.id })
        .from(exchangeInvitations)
        .where(eq(exchangeInvitations.orderId, order!.id));
      if (invited.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(invited).toHaveLength(1);
  });

  it('injected failures: the simulator refuses the webhook and it is retried later', async () => {
    const t2 = await createTestApp({
      env: { INSURER_SIMULATOR: '1', INSURER_SIMULATOR_LATENCY_MS: '0', INSURER_SIMULATOR_FAILURE_RATE: '1' },
    });
    try {
      const insurer = await createOrg(t2, { type: 'insurer' });
      await connectSimulatedInsurer(t2.ctx, t2.ctx.db, insurer.id);
      const order = {
        id: crypto.randomUUID(),
        orderNo: 'EXFAIL1',
        insurerOrgId: insurer.id,
        productId: crypto.randomUUID(),
        productVersionId: crypto.randomUUID(),
      };
      expect(await notifyInsurerOfOrder(t2.ctx, t2.ctx.db, order)).toBe(true);
      const [queued] = await t2.ctx.db.select().from(webhookDeliveries);
      // The delivery job's first attempt (no workers in this app: run its handler).
      expect(
        await deliverWebhook(t2.ctx, webhookTransport(t2.ctx, t2.app), {
          deliveryId: queued!.id,
          attempt: 1,
        }),
      ).toBe('retry');
      const [row] = await t2.ctx.db.select().from(webhookDeliveries);
      expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 503 });
      expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    } finally {
      await t2.close();
    }
  });

  it('with INSURER_SIMULATOR=0 the simulator endpoint does not exist', async () => {
    const t3 = await createTestApp({ env: { INSURER_SIMULATOR: '0' } });
    try {
      expect(insurerSimulatorOf(t3.ctx).enabled).toBe(false);
      expect(t3.app.hasRoute({ method: 'POST', url: '/api/insurer-simulator/webhooks' })).toBe(false);
    } finally {
      await t3.close();
    }
  });

  it('查询统计: counts, premiums and conversion by product, insurer, enterprise and month; Excel export', async () => {
    // Earlier tests in this file: 9 invitations (8 inserted, 1 by the invitations job after the
    // simulator's pre-underwriting pass), 3 applications (1 issued, 1 declined, 1 in manual review).
    const byProduct = await t.request({
      method: 'GET',
      url: '/api/admin/stats?groupBy=product',
      as: cast.asAdmin,
    });
    expect(byProduct.statusCode, byProduct.body).toBe(200);
    const row = byProduct.json().rows.find((r: { key: string }) => r.key === product.productId);
    expect(row).toMatchObject({
      invited: 9,
      applied: 3,
      issued: 1,
      declined: 1,
      premiumFen: 120_000,
      applyRate: 33.3,
      issueRate: 11.1,
    });
    expect(row.label).toContain('测试税优健康险');
    for (const groupBy of ['insurer', 'enterprise', 'month']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/admin/stats?groupBy=${groupBy}`,
        as: cast.asAdmin,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toMatchObject({ invited: 9, applied: 3, issued: 1, premiumFen: 120_000 });
    }
    const enterpriseRow = (
      await t.request({ method: 'GET', url: '/api/admin/stats?groupBy=enterprise', as: cast.asAdmin })
    )
      .json()
      .rows.find((r: { key: string }) => r.key === enterprise.id);
    expect(enterpriseRow.invited).toBe(9);
    const none = await t.request({
      method: 'GET',
      url: '/api/admin/stats?groupBy=month&from=2000-01-01&to=2000-12-31',
      as: cast.asAdmin,
    });
    expect(none.json().rows).toEqual([]);
    expect(
      (
        await t.request({
          method: 'GET',
          url: '/api/admin/stats?from=2026-02-01&to=2026-01-01',
          as: cast.asAdmin,
        })
      ).statusCode,
    ).toBe(400);
    const xlsx = await t.request({
      method: 'GET',
      url: '/api/admin/stats/export?groupBy=product',
      as: cast.asAdmin,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('查询统计')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('产品');
    expect(sheet.lastRow!.getCell(1).value).toBe('合计');
    expect(sheet.lastRow!.getCell(6).value).toBe(1200);
  });
});
