import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog } from '../src/tables.js';
import { insurerDocumentSettings } from '../src/modules/documents/tables.js';
import { huaanLogoPng } from '../src/seed/demo-insurer-branding.js';
import { createTestApp, type Headers, type TestApp } from './helpers.js';
import {
  createCast,
  documentBytes,
  insuredPerson,
  makePolicy,
  pdfsigVerdict,
  poppler,
  type Cast,
} from './documents-support.js';

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * What an insurer's documents show about it (issue 10): its hotline and logo, set by the platform
 * admin or the insurer itself, validated (Chinese errors, nothing written), and printed on the
 * next e-policy it signs.
 */
describe('insurer document settings: hotline and logo', () => {
  let t: TestApp;
  let cast: Cast;
  const url = (orgId: string) => `/api/insurers/${orgId}/document-settings`;
  const put = (orgId: string, as: Headers, payload: object) =>
    t.request({ method: 'PUT', url: url(orgId), as, payload });
  const state = async () => ({
    settings: await t.ctx.db.select().from(insurerDocumentSettings),
    audit: (await t.ctx.db.select({ n: count() }).from(auditLog))[0]?.n,
  });

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(async () => t?.close());

  it('the insurer reads its settings (none yet) and sets hotline and logo; the admin may too', async () => {
    const empty = await t.request({ method: 'GET', url: url(cast.insurer.id), as: cast.as.insurerStaff });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ insurerName: cast.insurer.name, hotline: null, logo: null });

    const logo = huaanLogoPng().toString('base64');
    const res = await put(cast.insurer.id, cast.as.insurerStaff, { hotline: ' 95556 ', logo });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ hotline: '95556', logo: { mime: 'image/png' } });
    expect(res.json().logo.dataUrl).toBe(`data:image/png;base64,${logo}`);

    const byAdmin = await put(cast.otherInsurer.id, cast.as.admin, { hotline: '400-820-1234' });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(byAdmin.json()).toMatchObject({ hotline: '400-820-1234', logo: null });
    // Omitted fields stay; null removes.
    const cleared = await put(cast.otherInsurer.id, cast.as.admin, { hotline: null });
    expect(cleared.json()).toMatchObject({ hotline: null });
  });

  it('the next e-policy prints the hotline where the notes say to call it, and still validates', async () => {
    const { document } = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      insured: [insuredPerson('欧阳娜娜')],
    });
    const pdf = new Uint8Array(await documentBytes(t, document.id));
    const text = squash(poppler('pdftotext', pdf));
    expect(text).toContain('请及时拨打保险人客服电话95556报案');
    expect(text).toContain(squash(cast.insurer.name));
    // One insured person: the insured list prints the policy's plan, sum insured and premium.
    expect(text).toContain('旅游意外伤害保险（测试）');
    expect(text).toMatch(/¥300,000\.00¥60\.00/);
    expect(pdfsigVerdict(pdf).valid).toBe(true);
  });

  it('another insurer’s staff gets 404 (read and write) and changes nothing; other roles 403', async () => {
    const before = await state();
    const read = await t.request({ method: 'GET', url: url(cast.insurer.id), as: cast.as.otherInsurerStaff });
    expect(read.statusCode).toBe(404);
    const write = await put(cast.insurer.id, cast.as.otherInsurerStaff, { hotline: '12345' });
    expect(write.statusCode).toBe(404);
    expect(write.json().message).toBe('保险公司不存在');
    for (const as of [cast.as.enterprise, cast.as.individual, cast.as.security]) {
      const res = await put(cast.insurer.id, as, { hotline: '12345' });
      expect(res.statusCode, res.body).toBe(403);
    }
    // An organization that is not an insurer is not found, even for the admin.
    expect((await put(cast.enterprise.id, cast.as.admin, { hotline: '12345' })).statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it.each([
    ['a hotline with words', { hotline: '95556 转 1' }, '客服电话只能包含数字和短横线'],
    ['a hotline ending in a dash', { hotline: '955-' }, '客服电话只能包含数字和短横线'],
    ['a two-digit hotline', { hotline: '12' }, '客服电话只能包含数字和短横线'],
    [
      'a GIF logo',
      { logo: Buffer.from('GIF89a fake image data').toString('base64') },
      'Logo 须为 PNG 或 JPEG 图片',
    ],
    ['a logo that is not base64', { logo: 'not base64 at all!' }, 'Logo 文件内容无法读取'],
    [
      'a logo over 200 KB',
      { logo: Buffer.concat([huaanLogoPng().subarray(0, 33), Buffer.alloc(210 * 1024)]).toString('base64') },
      'Logo 图片不能超过 200 KB',
    ],
    ['a truncated PNG logo', { logo: huaanLogoPng().subarray(0, 60).toString('base64') }, 'Logo 图片已损坏'],
  ])('refuses %s with a Chinese error and writes nothing', async (_, payload, message) => {
    const before = await state();
    const res = await put(cast.insurer.id, cast.as.insurerStaff, { hotline: '95599', ...payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toContain(message);
    expect(await state()).toEqual(before);
    const [row] = await t.ctx.db
      .select({ hotline: insurerDocumentSettings.hotline })
      .from(insurerDocumentSettings)
      .where(eq(insurerDocumentSettings.insurerOrgId, cast.insurer.id));
    expect(row?.hotline).toBe('95556');
  });
});
