import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { products, productVersions } from '../src/tables.js';
import { snapshot } from './accounts-support.js';
import { createTestApp, type TestApp } from './helpers.js';
import {
  CLAUSES_PDF,
  createExchangeCast,
  EXCHANGE_TABLES,
  form,
  listedProduct,
  productContent,
  submit,
  type ExchangeCast,
} from './exchange-products-support.js';

describe('exchange products: listing, changes, publication, disclosures, showcase (EX-1, EX-2)', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await createExchangeCast(t);
  });
  afterAll(async () => t.close());

  const unchanged = async (fn: () => Promise<void>) => {
    const before = await snapshot(t, [...EXCHANGE_TABLES]);
    await fn();
    expect(await snapshot(t, [...EXCHANGE_TABLES])).toEqual(before);
  };

  it('a submitted product waits for 挂牌交易审核 and is not on the showcase', async () => {
    const p = await submit(t, cast.asA);
    const listings = await t.request({ method: 'GET', url: '/api/admin/product-listings', as: cast.asAdmin });
    expect(listings.statusCode).toBe(200);
    const item = listings.json().items.find((i: { versionId: string }) => i.versionId === p.versionId);
    expect(item).toMatchObject({ kind: 'listing', status: 'pending', productCode: p.code });
    const clauses = await t.request({ method: 'GET', url: item.clausesUrl, as: cast.asAdmin });
    expect(clauses.statusCode).toBe(200);
    expect(clauses.headers['content-type']).toBe('application/pdf');
    const pub = await t.request({ method: 'GET', url: '/api/public/products' });
    expect(pub.json().items.map((i: { id: string }) => i.id)).not.toContain(p.productId);
    expect((await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` })).statusCode).toBe(
      404,
    );
    // approved but not yet published: still not public
    await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${p.versionId}/approve`,
      as: cast.asAdmin,
    });
    expect((await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` })).statusCode).toBe(
      404,
    );
    const published = await t.request({
      method: 'POST',
      url: `/api/admin/products/${p.productId}/publish`,
      as: cast.asAdmin,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'listed',
      published: true,
      currentVersionId: p.versionId,
    });
    const detail = await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      id: p.productId,
      fromPremiumFen: 110_000,
      deductionCapFen: 240_000,
      howToApply: { hotline: '95500', channels: { platform: true } },
    });
    const pdf = await t.request({ method: 'GET', url: detail.json().clausesUrl });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toMatch(/^inline/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('invalid submissions are refused with Chinese reasons and save nothing', async () => {
    const code = 'BAD-PRODUCT-1';
    await unchanged(async () => {
      const bad = productContent({
        rateTable: { bands: [{ minAge: 30, maxAge: 20, gender: 'M', annualPremiumFen: 1 }] },
      });
      const body = form(
        { data: JSON.stringify({ code, name: '坏产品', content: bad }) },
        { name: 'a.pdf', data: CLAUSES_PDF },
      );
      const res = await t.request({ method: 'POST', url: '/api/insurer/products', ...body, as: cast.asA });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain('年龄');
      const notPdf = form(
        { data: JSON.stringify({ code, name: '坏产品', content: productContent() }) },
        { name: 'a.pdf', data: Buffer.from('hello world, not a pdf') },
      );
      const res2 = await t.request({ method: 'POST', url: '/api/insurer/products', ...notPdf, as: cast.asA });
      expect(res2.statusCode).toBe(415);
      const noData = form({}, { name: 'a.pdf', data: CLAUSES_PDF });
      expect(
        (await t.request({ method: 'POST', url: '/api/insurer/products', ...noData, as: cast.asA }))
          .statusCode,
      ).toBe(400);
    });
  });

  it('a duplicate product code → 409', async () => {
    const p = await submit(t, cast.asA);
    await unchanged(async () => {
      const body = form(
        { data: JSON.stringify({ code: p.code, name: '重复', content: productContent() }) },
        { name: 'a.pdf', data: CLAUSES_PDF },
      );
      expect(
        (await t.request({ method: 'POST', url: '/api/insurer/products', ...body, as: cast.asA })).statusCode,
      ).toBe(409);
    });
  });

  it('rejecting a listing records the reason; a second review of the same version → 409', async () => {
    const p = await submit(t, cast.asA);
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${p.versionId}/reject`,
      payload: { reason: '条款不完整' },
      as: cast.asAdmin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('rejected');
    await unchanged(async () => {
      for (const action of ['approve', 'reject']) {
        const again = await t.request({
          method: 'POST',
          url: `/api/admin/product-listings/${p.versionId}/${action}`,
          payload: { reason: 'x' },
          as: cast.asAdmin,
        });
        expect(again.statusCode).toBe(409);
      }
      // a rejected product cannot be published
      expect(
        (
          await t.request({
            method: 'POST',
            url: `/api/admin/products/${p.productId}/publish`,
            as: cast.asAdmin,
          })
        ).statusCode,
      ).toBe(409);
    });
    // reject without a reason is refused
    const p2 = await submit(t, cast.asB);
    await unchanged(async () => {
      const res2 = await t.request({
        method: 'POST',
        url: `/api/admin/product-listings/${p2.versionId}/reject`,
        payload: { reason: ' ' },
        as: cast.asAdmin,
      });
      expect(res2.statusCode).toBe(400);
    });
    const [version] = await t.ctx.db
      .select()
      .from(productVersions)
      .where(eq(productVersions.id, p.versionId));
    expect(version).toMatchObject({ status: 'rejected', reviewReason: '条款不完整' });
  });

  it('an approved change supersedes the old version for new orders; the old version stays readable', async () => {
    const p = await listedProduct(t, cast);
    const change = form({
      data: JSON.stringify(productContent({ summary: '变更后的简介', hotline: '95511' })),
    });
    const v2 = await t.request({
      method: 'POST',
      url: `/api/insurer/products/${p.productId}/versions`,
      ...change,
      as: cast.asA,
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, status: 'pending', hasClauses: true });
    // a second pending change is refused
    await unchanged(async () => {
      const again = await t.request({
        method: 'POST',
        url: `/api/insurer/products/${p.productId}/versions`,
        ...change,
        as: cast.asA,
      });
      expect(again.statusCode).toBe(409);
    });
    // still the old version on the showcase until approved
    expect(
      (await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` })).json().summary,
    ).toBe('税优健康险测试产品');
    const listings = await t.request({ method: 'GET', url: '/api/admin/product-listings', as: cast.asAdmin });
    expect(listings.json().items.find((i: { versionId: string }) => i.versionId === v2.json().id).kind).toBe(
      'change',
    );
    const ok = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${v2.json().id}/approve`,
      as: cast.asAdmin,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().currentVersionId).toBe(v2.json().id);
    const detail = await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` });
    expect(detail.json()).toMatchObject({ summary: '变更后的简介', versionId: v2.json().id });
    const [old] = await t.ctx.db.select().from(productVersions).where(eq(productVersions.id, p.versionId));
    expect(old!.status).toBe('superseded');
    const { getProductVersion } = await import('../src/modules/products/index.js');
    const kept = await getProductVersion(t.ctx, p.versionId);
    expect(kept?.version.content.summary).toBe('税优健康险测试产品');
  });

  it('each review leaves a timeline: a returned listing is resubmitted on its request, a change has its own', async () => {
    const timeline = async (subjectType: string, subjectId: string, as = cast.asAdmin) => {
      const res = await t.request({
        method: 'GET',
        url: `/api/approvals?subjectType=${subjectType}&subjectId=${subjectId}`,
        as,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items;
    };
    const p = await submit(t, cast.asA);
    const [submitted] = await timeline('product.listing', p.productId, cast.asA);
    expect(submitted).toMatchObject({
      status: 'submitted',
      ownerOrgId: cast.insurerA.id,
      chain: 'product.listing',
    });
    expect(submitted.steps).toEqual([
      expect.objectContaining({
        action: 'submit',
        actor: {
          userId: cast.staffA.id,
          name: expect.any(String),
          role: 'insurer_staff',
          orgId: cast.insurerA.id,
          orgName: cast.insurerA.name,
        },
      }),
    ]);
    // Another insurer sees nothing of it: an empty list by subject, 404 by id.
    expect(await timeline('product.listing', p.productId, cast.asB)).toEqual([]);
    expect(
      (await t.request({ method: 'GET', url: `/api/approvals/${submitted.id}`, as: cast.asB })).statusCode,
    ).toBe(404);

    const rejected = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${p.versionId}/reject`,
      payload: { reason: '费率表缺少 41 岁以上女性' },
      as: cast.asAdmin,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const v2 = await t.request({
      method: 'POST',
      url: `/api/insurer/products/${p.productId}/versions`,
      ...form({ data: JSON.stringify(productContent()) }, { name: '条款.pdf', data: CLAUSES_PDF }),
      as: cast.asA,
    });
    expect(v2.statusCode, v2.body).toBe(201);
    const approved = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${v2.json().id}/approve`,
      as: cast.asAdmin,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const [listing] = await timeline('product.listing', p.productId);
    expect(listing.id).toBe(submitted.id);
    expect(listing.status).toBe('approved');
    expect(
      listing.steps.map((x: { action: string; toStatus: string; reason: string | null }) => [
        x.action,
        x.toStatus,
        x.reason,
      ]),
    ).toEqual([
      ['submit', 'submitted', null],
      ['return', 'returned', '费率表缺少 41 岁以上女性'],
      ['resubmit', 'submitted', null],
      ['approve', 'approved', null],
    ]);
    expect(listing.steps[1].actor).toMatchObject({ userId: cast.admin.id, role: 'exchange_admin' });
    expect(listing.steps[2].actor).toMatchObject({ userId: cast.staffA.id, role: 'insurer_staff' });

    // A change is reviewed on a request of its own; rejecting it is final.
    const v3 = await t.request({
      method: 'POST',
      url: `/api/insurer/products/${p.productId}/versions`,
      ...form({ data: JSON.stringify(productContent({ hotline: '95566' })) }),
      as: cast.asA,
    });
    expect(v3.statusCode, v3.body).toBe(201);
    const refused = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${v3.json().id}/reject`,
      payload: { reason: '热线号码未备案' },
      as: cast.asAdmin,
    });
    expect(refused.statusCode, refused.body).toBe(200);
    const [change] = await timeline('product.change', v3.json().id);
    expect(change).toMatchObject({ status: 'rejected', chain: 'product.change' });
    expect(change.steps.map((x: { action: string }) => x.action)).toEqual(['submit', 'reject']);
    expect(change.steps[1].reason).toBe('热线号码未备案');
    expect((await timeline('product.listing', p.productId))[0].steps).toHaveLength(4);
  });

  it("another insurer's product → 404, nothing changed", async () => {
    const p = await listedProduct(t, cast);
    await unchanged(async () => {
      const change = form({ data: JSON.stringify(productContent()) });
      const res = await t.request({
        method: 'POST',
        url: `/api/insurer/products/${p.productId}/versions`,
        ...change,
        as: cast.asB,
      });
      expect(res.statusCode).toBe(404);
      const own = await t.request({ method: 'GET', url: '/api/insurer/products', as: cast.asB });
      expect(own.json().items.map((i: { id: string }) => i.id)).not.toContain(p.productId);
    });
  });

  it('unpublish takes a product off the showcase; publishing twice → 409', async () => {
    const p = await listedProduct(t, cast, undefined, cast.asB);
    const list = await t.request({ method: 'GET', url: '/api/public/products' });
    const names = list.json().items.map((i: { insurerName: string }) => i.insurerName);
    expect(new Set(names).size).toBeGreaterThanOrEqual(2);
    await unchanged(async () => {
      expect(
        (
          await t.request({
            method: 'POST',
            url: `/api/admin/products/${p.productId}/publish`,
            as: cast.asAdmin,
          })
        ).statusCode,
      ).toBe(409);
    });
    const off = await t.request({
      method: 'POST',
      url: `/api/admin/products/${p.productId}/unpublish`,
      as: cast.asAdmin,
    });
    expect(off.json().published).toBe(false);
    expect((await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/public/products/${p.productId}/clauses` })).statusCode,
    ).toBe(404);
    const [row] = await t.ctx.db
      .select({ published: products.published })
      .from(products)
      .where(eq(products.id, p.productId));
    expect(row!.published).toBe(false);
  });

  it('信息披露: a dated PDF per product, public, withdrawable', async () => {
    const p = await listedProduct(t, cast);
    const body = form(
      { productId: p.productId, title: '2026 年度信息披露报告', publishedAt: '2026-03-01' },
      { name: '披露.pdf', data: CLAUSES_PDF },
    );
    const res = await t.request({ method: 'POST', url: '/api/admin/disclosures', ...body, as: cast.asAdmin });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().publishedAt).toBe('2026-03-01T00:00:00.000Z');
    const detail = await t.request({ method: 'GET', url: `/api/public/products/${p.productId}` });
    expect(detail.json().disclosures).toHaveLength(1);
    const pdf = await t.request({ method: 'GET', url: res.json().url });
    expect(pdf.statusCode).toBe(200);
    const list = await t.request({
      method: 'GET',
      url: `/api/admin/disclosures?productId=${p.productId}`,
      as: cast.asAdmin,
    });
    expect(list.json().items).toHaveLength(1);
    await unchanged(async () => {
      const unknown = form(
        { productId: '00000000-0000-4000-8000-000000000000', title: 'x' },
        { name: 'a.pdf', data: CLAUSES_PDF },
      );
      expect(
        (await t.request({ method: 'POST', url: '/api/admin/disclosures', ...unknown, as: cast.asAdmin }))
          .statusCode,
      ).toBe(404);
    });
    const del = await t.request({
      method: 'DELETE',
      url: `/api/admin/disclosures/${res.json().id}`,
      as: cast.asAdmin,
    });
    expect(del.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: res.json().url })).statusCode).toBe(404);
    expect(
      (
        await t.request({
          method: 'DELETE',
          url: `/api/admin/disclosures/${res.json().id}`,
          as: cast.asAdmin,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('demo seed: the exchange showcase', () => {
  it('three listed, published products of 华安 and 泰和 with clauses, disclosures, rates and questionnaires; idempotent', async () => {
    const t = await createTestApp({ env: { INSURER_SIMULATOR: '1' } });
    try {
      const { seedDemo } = await import('../src/seed/demo.js');
      await seedDemo(t.ctx);
      const list = await t.request({ method: 'GET', url: '/api/public/products' });
      expect(list.statusCode).toBe(200);
      const items = list.json().items as { id: string; insurerName: string }[];
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(new Set(items.map((i) => i.insurerName.slice(0, 2)))).toEqual(new Set(['华安', '泰和']));
      for (const item of items) {
        const detail = (await t.request({ method: 'GET', url: `/api/public/products/${item.id}` })).json();
        expect(detail.rateTable.bands.length).toBeGreaterThanOrEqual(10);
        expect(detail.questionnaire.length).toBeGreaterThanOrEqual(2);
        // The annual disclosure report and the 《自动扣款授权协议》 employees consent to.
        expect(detail.disclosures).toHaveLength(2);
        expect(detail.disclosures.map((d: { title: string }) => d.title).join()).toContain(
          '自动扣款授权协议',
        );
        const pdf = await t.request({ method: 'GET', url: detail.clausesUrl });
        expect(pdf.statusCode).toBe(200);
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect((await t.request({ method: 'GET', url: detail.disclosures[0].url })).statusCode).toBe(200);
      }
      const before = await snapshot(t, [...EXCHANGE_TABLES.filter((x) => x !== 'audit_log')]);
      await seedDemo(t.ctx);
      expect(await snapshot(t, [...EXCHANGE_TABLES.filter((x) => x !== 'audit_log')])).toEqual(before);
    } finally {
      await t.close();
    }
  });
});
