import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createTestApp,
  createUser,
  seedBasics,
  sessionFor,
  type Headers,
  type TestApp,
} from './helpers.js';

type Page = {
  items: {
    id: string;
    channel: string;
    recipientMasked: string;
    template: string;
    subject: string | null;
    body: string;
    status: string;
    attempts: number;
    lastError: string | null;
    createdAt: string;
    sentAt: string | null;
  }[];
  total: number;
};

describe('消息中心 GET /api/admin/messages', () => {
  let t: TestApp;
  let admin: Headers;
  let security: Headers;
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const basics = await seedBasics(t);
    admin = await sessionFor(t, basics.admin);
    security = await sessionFor(t, basics.security);
    const n = t.ctx.notify;
    ids = {
      code: await n.enqueue(t.ctx.db, {
        channel: 'sms',
        to: '13800138000',
        template: 'login_code',
        params: { code: '246810' },
      }),
      mail: await n.enqueue(t.ctx.db, {
        channel: 'email',
        to: 'hr.zhang@example.com',
        template: 'account_created',
        params: { username: 'hr01', password: 'Init@2026x', url: 'http://127.0.0.1:3000' },
      }),
    };
    await n.dispatchDue(); // dev provider: both sent, still listed
    ids.pending = await n.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13900139000',
      template: 'notice',
      params: { content: '待发送' },
    });
  });
  afterAll(async () => t.close());

  const list = async (query = '', as = admin) => {
    const res = await t.request({ method: 'GET', url: `/api/admin/messages${query}`, as });
    expect(res.statusCode).toBe(200);
    return res.json() as Page;
  };

  it('lists the outbox newest first with recipients masked and the dev messages readable', async () => {
    const page = await list();
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.id)).toEqual([ids.pending, ids.mail, ids.code]);
    const code = page.items.find((i) => i.id === ids.code)!;
    expect(code).toMatchObject({
      channel: 'sms',
      recipientMasked: '138****8000',
      template: 'login_code',
      status: 'sent',
      attempts: 1,
      lastError: null,
    });
    expect(code.body).toContain('246810'); // the dev provider delivers into this page
    expect(code.sentAt).toEqual(expect.any(String));
    const mail = page.items.find((i) => i.id === ids.mail)!;
    expect(mail).toMatchObject({ recipientMasked: 'h***@example.com', subject: '【PolicyHub】账号开通通知' });
    const json = JSON.stringify(page);
    expect(json).not.toContain('13800138000');
    expect(json).not.toContain('hr.zhang@');
  });

  it('filters by channel, status and the exact full recipient', async () => {
    expect((await list('?channel=email')).items.map((i) => i.id)).toEqual([ids.mail]);
    expect((await list('?status=pending')).items.map((i) => i.id)).toEqual([ids.pending]);
    expect((await list('?channel=sms&status=sent')).items.map((i) => i.id)).toEqual([ids.code]);
    expect((await list('?recipient=13800138000')).items.map((i) => i.id)).toEqual([ids.code]);
    expect(
      (await list(`?recipient=${encodeURIComponent('hr.zhang@example.com')}`)).items.map((i) => i.id),
    ).toEqual([ids.mail]);
    expect((await list('?recipient=1380013')).total).toBe(0);
    const bad = await t.request({ method: 'GET', url: '/api/admin/messages?channel=fax', as: admin });
    expect(bad.statusCode).toBe(400);
  });

  it('is open to exchange and security admins only', async () => {
    expect((await list('', security)).total).toBe(3);
    const enterprise = await createOrg(t, { type: 'enterprise' });
    for (const user of [
      await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id }),
      await createUser(t, { role: 'individual' }),
    ]) {
      const res = await t.request({
        method: 'GET',
        url: '/api/admin/messages',
        as: await sessionFor(t, user),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await t.request({ method: 'GET', url: '/api/admin/messages' })).statusCode).toBe(401);
  });
});

describe('消息中心 with a real SMS gateway configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SMS_PROVIDER: 'http', SMS_HTTP_URL: 'http://127.0.0.1:9/sms' } });
  });
  afterAll(async () => t.close());

  it('hides codes and passwords, which are only for their recipient', async () => {
    const basics = await seedBasics(t);
    await t.ctx.notify.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13800138000',
      template: 'login_code',
      params: { code: '135790' },
    });
    await t.ctx.notify.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13800138001',
      template: 'notice',
      params: { content: '保单 P-1 已生效' },
    });
    const res = await t.request({
      method: 'GET',
      url: '/api/admin/messages',
      as: await sessionFor(t, basics.admin),
    });
    const bodies = (res.json() as Page).items.map((i) => i.body);
    expect(bodies).toContain('【PolicyHub】您的登录验证码为 ******，5 分钟内有效。如非本人操作请忽略。');
    expect(bodies).toContain('【PolicyHub】保单 P-1 已生效');
    expect(JSON.stringify(res.json())).not.toContain('135790');
  });
});
