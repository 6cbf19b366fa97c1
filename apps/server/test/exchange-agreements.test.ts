import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, like } from 'drizzle-orm';
import { disclosures, exchangeInvitations, exchangeOrders, organizations, products } from '../src/tables.js';
import { seedDemo } from '../src/seed/demo.js';
import { createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** 《自动扣款授权协议》: the consent an employee gives links to the product's disclosure document. */
describe('exchange: the debit agreement an employee consents to', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** An invitation of a new employee on a passed order of the demo enterprise for a product. */
  async function invitedTo(productId: string) {
    const [product] = await t.ctx.db.select().from(products).where(eq(products.id, productId));
    const [enterprise] = await t.ctx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, '北京星辰科技有限公司'));
    const user = await createUser(t, { role: 'individual' });
    const [order] = await t.ctx.db
      .insert(exchangeOrders)
      .values({
        orderNo: `EX${crypto.randomBytes(6).toString('hex')}`,
        enterpriseOrgId: enterprise!.id,
        productId,
        productVersionId: product!.currentVersionId!,
        insurerOrgId: product!.insurerOrgId,
        status: 'passed',
        windowStart: day(-1),
        windowEnd: day(10),
        invitationCode: 'G1',
        rosterCount: 1,
      })
      .returning({ id: exchangeOrders.id });
    await t.ctx.db
      .insert(exchangeInvitations)
      .values({ orderId: order!.id, userId: user.id, rosterRowNo: 1 });
    const list = await t.request({
      method: 'GET',
      url: '/api/personal/invitations',
      as: await sessionFor(t, user),
    });
    expect(list.statusCode, list.body).toBe(200);
    return list.json().items[0] as { debitAgreement: { title: string; url: string } | null };
  }

  it('links every demo product to its agreement text, and says none when a product has no such document', async () => {
    const demo = await t.ctx.db
      .select({ id: products.id, name: products.name })
      .from(products)
      .where(eq(products.published, true))
      .orderBy(asc(products.code));
    expect(demo.length).toBeGreaterThanOrEqual(2);

    const invitation = await invitedTo(demo[0]!.id);
    expect(invitation.debitAgreement?.title).toContain('《自动扣款授权协议》');
    // The link target is THE product's agreement disclosure, and it opens as a PDF.
    const [agreement] = await t.ctx.db
      .select({ id: disclosures.id, title: disclosures.title })
      .from(disclosures)
      .where(and(eq(disclosures.productId, demo[0]!.id), like(disclosures.title, '%自动扣款授权协议%')));
    expect(invitation.debitAgreement?.url).toBe(`/api/public/disclosures/${agreement!.id}`);
    const pdf = await t.request({ method: 'GET', url: invitation.debitAgreement!.url });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // A product whose insurer published no agreement: null (the page says so), not a dead link.
    await t.ctx.db
      .delete(disclosures)
      .where(and(eq(disclosures.productId, demo[1]!.id), like(disclosures.title, '%自动扣款授权协议%')));
    expect((await invitedTo(demo[1]!.id)).debitAgreement).toBeNull();
  });
});
