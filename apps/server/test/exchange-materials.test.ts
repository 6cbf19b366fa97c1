import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import {
  COMPANY,
  PDF,
  PNG,
  postFile,
  rosterWorkbook,
  seedExchange,
  type ExchangeSeed,
} from './exchange-support.js';

// 文件名 columns show the uploaded files by name; the roster an enterprise sent stays viewable
// and downloadable after submitting, by that enterprise only.

let t: TestApp;
let s: ExchangeSeed;
let orderId: string;
const ROSTER_NAME = '员工名单（2026 年度）.xlsx';

beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.jobs.start();
  s = await seedExchange(t);
  const created = await t.request({
    method: 'POST',
    url: '/api/enterprise/orders',
    payload: { productId: s.product.productId },
    as: s.asOperator,
  });
  orderId = created.json().id;
  await t.request({
    method: 'PUT',
    url: `/api/enterprise/orders/${orderId}`,
    payload: COMPANY,
    as: s.asOperator,
  });
  const scans = {
    licence: ['营业执照副本.pdf', PDF],
    orgCode: ['组织机构代码证.png', PNG],
    taxCert: ['税务登记证.pdf', PDF],
  };
  for (const [kind, [name, data]] of Object.entries(scans)) {
    const res = await postFile(
      t,
      s.asOperator,
      `/api/enterprise/orders/${orderId}/scans/${kind}`,
      name as string,
      data as Buffer,
    );
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  const imp = await postFile(
    t,
    s.asOperator,
    `/api/imports?template=exchange_roster&orderId=${orderId}`,
    ROSTER_NAME,
    await rosterWorkbook(3),
  );
  if (imp.statusCode !== 200) throw new Error(imp.body);
  const exec = await t.request({
    method: 'POST',
    url: `/api/imports/${imp.json().id}/execute`,
    as: s.asOperator,
  });
  const done = await t.ctx.jobs.waitFor(exec.json().taskId, 60_000);
  if (done.status !== 'succeeded') throw new Error(`import failed: ${done.error}`);
  const submitted = await t.request({
    method: 'POST',
    url: `/api/enterprise/orders/${orderId}/submit`,
    as: s.asOperator,
  });
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
});
afterAll(async () => {
  await t?.close();
});

describe('materials of a submitted order', () => {
  it('names each uploaded file by its original name, for the enterprise and the admin', async () => {
    for (const [who, as, url] of [
      ['enterprise', s.asOperator, `/api/enterprise/orders/${orderId}`],
      ['admin', s.asAdmin, `/api/admin/orders/${orderId}`],
    ] as const) {
      const res = await t.request({ method: 'GET', url, as });
      expect(res.statusCode, who).toBe(200);
      const body = res.json();
      expect(body.files, who).toEqual({
        licence: { id: body.scans.licence, name: '营业执照副本.pdf' },
        orgCode: { id: body.scans.orgCode, name: '组织机构代码证.png' },
        taxCert: { id: body.scans.taxCert, name: '税务登记证.pdf' },
        roster: { id: expect.any(String), name: ROSTER_NAME },
      });
    }
  });

  it('lets the enterprise view the roster it sent (masked) and download its workbook after submitting', async () => {
    const detail = (
      await t.request({ method: 'GET', url: `/api/enterprise/orders/${orderId}`, as: s.asOperator })
    ).json();
    expect(detail.status).toBe('submitted');
    expect(detail.roster.map((r: { name: string }) => r.name)).toEqual(['员工0', '员工1', '员工2']);
    expect(detail.roster[0].idNumberMasked).toMatch(/\*/);
    const file = await t.request({
      method: 'GET',
      url: `/api/files/${detail.files.roster.id}`,
      as: s.asOperator,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent(ROSTER_NAME));
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers another enterprise 404 for the order, its roster workbook and its scans', async () => {
    const detail = (
      await t.request({ method: 'GET', url: `/api/enterprise/orders/${orderId}`, as: s.asOperator })
    ).json();
    expect(
      (await t.request({ method: 'GET', url: `/api/enterprise/orders/${orderId}`, as: s.asOther }))
        .statusCode,
    ).toBe(404);
    for (const id of [detail.files.roster.id, detail.files.licence.id]) {
      const res = await t.request({ method: 'GET', url: `/api/files/${id}`, as: s.asOther });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(ROSTER_NAME);
    }
  });
});
