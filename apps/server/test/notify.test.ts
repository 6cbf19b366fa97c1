import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { outbox } from '../src/tables.js';
import {
  createNotifier,
  retryDelayMs,
  SENDING_LEASE_MS,
  type Provider,
} from '../src/platform/notify/index.js';
import { createDevProvider } from '../src/platform/notify/providers.js';
import { createTestApp, type TestApp } from './helpers.js';
import { generateInitialPassword } from '../src/modules/accounts/index.js';

type Sent = Parameters<Provider['send']>[0];

/** A provider that fails `failures` times, then succeeds; it records every call. */
function flakyProvider(failures: number) {
  const calls: Sent[] = [];
  const provider: Provider = {
    name: 'flaky',
    async send(message) {
      calls.push(message);
      if (calls.length <= failures) throw new Error(`网关超时（第 ${calls.length} 次）`);
      return { providerMessageId: `ok-${calls.length}` };
    },
  };
  return { provider, calls };
}

async function row(t: TestApp, id: string) {
  const [r] = await t.ctx.db.select().from(outbox).where(eq(outbox.id, id));
  return r!;
}

describe('notify: enqueue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('renders the Chinese template when queued', async () => {
    const id = await t.ctx.db.transaction((tx) =>
      t.ctx.notify.enqueue(tx, {
        channel: 'sms',
        to: '13800138000',
        template: 'login_code',
        params: { code: '482913' },
      }),
    );
    expect(await row(t, id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      recipient: '13800138000',
      subject: null,
      body: '【PolicyHub】您的登录验证码为 482913，5 分钟内有效。如非本人操作请忽略。',
    });
  });

  it('renders e-mail subject and text', async () => {
    const id = await t.ctx.notify.enqueue(t.ctx.db, {
      channel: 'email',
      to: 'hr@example.com',
      template: 'account_created',
      params: { username: 'zhangsan', password: 'Init@2026x', url: 'http://127.0.0.1:3000/login' },
    });
    const r = await row(t, id);
    expect(r.subject).toBe('【PolicyHub】账号开通通知');
    expect(r.body).toContain('用户名：zhangsan');
    expect(r.body).toContain('初始密码：Init@2026x');
  });

  it('queues a dedupe key once and returns the existing id', async () => {
    const message = {
      channel: 'sms' as const,
      to: '13900000001',
      template: 'notice',
      params: { content: '保单已生效' },
      dedupeKey: 'policy-1-effective',
    };
    const first = await t.ctx.notify.enqueue(t.ctx.db, message);
    const second = await t.ctx.db.transaction((tx) => t.ctx.notify.enqueue(tx, message));
    expect(second).toBe(first);
    expect(
      await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, 'policy-1-effective')),
    ).toHaveLength(1);
  });

  it('writes nothing when the caller transaction rolls back', async () => {
    const before = (await t.ctx.db.select({ id: outbox.id }).from(outbox)).length;
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await t.ctx.notify.enqueue(tx, {
          channel: 'sms',
          to: '13900000002',
          template: 'notice',
          params: { content: 'x' },
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await t.ctx.db.select({ id: outbox.id }).from(outbox)).toHaveLength(before);
  });

  it('enqueueMany: one statement, the same rendering, each dedupe key once', async () => {
    const messages = ['13900000011', '13900000012'].map((to, i) => ({
      channel: 'sms' as const,
      to: ` ${to} `,
      template: 'login_code',
      params: { code: `10000${i}` },
      dedupeKey: `bulk-test-${i}`,
    }));
    await t.ctx.db.transaction((tx) => t.ctx.notify.enqueueMany(tx, messages));
    // Queued again (a retried job): nothing new.
    await t.ctx.notify.enqueueMany(t.ctx.db, [
      ...messages,
      {
        channel: 'email',
        to: 'bulk@example.com',
        template: 'notice',
        params: { content: '批量' },
        maxAttempts: 2,
      },
    ]);
    const rows = await t.ctx.db
      .select()
      .from(outbox)
      .where(inArray(outbox.recipient, ['13900000011', '13900000012', 'bulk@example.com']));
    expect(rows).toHaveLength(3);
    const sms = rows.find((r) => r.recipient === '13900000011')!;
    expect(sms).toMatchObject({
      channel: 'sms',
      status: 'pending',
      subject: null,
      maxAttempts: 6,
      body: '【PolicyHub】您的登录验证码为 100000，5 分钟内有效。如非本人操作请忽略。',
      params: { code: '100000' },
    });
    const mail = rows.find((r) => r.recipient === 'bulk@example.com')!;
    expect(mail.subject).not.toBeNull();
    expect(mail.maxAttempts).toBe(2);
    await expect(
      t.ctx.notify.enqueueMany(t.ctx.db, [{ channel: 'sms', to: '1', template: 'nope', params: {} }]),
    ).rejects.toThrow(/未知的消息模板/);
  });

  it('refuses an unknown template or a channel the template lacks', async () => {
    await expect(
      t.ctx.notify.enqueue(t.ctx.db, { channel: 'sms', to: '1', template: 'nope', params: {} }),
    ).rejects.toThrow(/未知的消息模板/);
    await expect(
      t.ctx.notify.enqueue(t.ctx.db, {
        channel: 'email',
        to: 'a@b.cn',
        template: 'login_code',
        params: { code: '1' },
      }),
    ).rejects.toThrow(/没有邮件内容/);
  });
});

describe('notify: dispatch, retries and backoff', () => {
  let t: TestApp;
  let clock = new Date('2026-03-01T08:00:00Z');
  const now = () => clock;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('backs off exponentially with jitter and a cap', () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(2, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(120_000);
    expect(retryDelayMs(30, () => 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
  });

  it('retries a failing provider with growing delays until it succeeds', async () => {
    const { provider, calls } = flakyProvider(2);
    const notifier = createNotifier({ ...t.ctx, now }, { sms: provider });
    const id = await notifier.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13700000001',
      template: 'notice',
      params: { content: '重试测试' },
    });

    expect(await notifier.dispatchDue()).toEqual({ sent: 0, failed: 1 });
    let r = await row(t, id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1, provider: 'flaky' });
    expect(r.lastError).toContain('网关超时（第 1 次）');
    const firstDelay = r.nextAttemptAt.getTime() - clock.getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(24_000);
    expect(firstDelay).toBeLessThanOrEqual(36_000);

    // Not due yet: nothing is sent before the backoff passes.
    advance(firstDelay - 1_000);
    expect(await notifier.dispatchDue()).toEqual({ sent: 0, failed: 0 });
    expect(calls).toHaveLength(1);

    advance(1_000);
    expect(await notifier.dispatchDue()).toEqual({ sent: 0, failed: 1 });
    r = await row(t, id);
    expect(r.attempts).toBe(2);
    const secondDelay = r.nextAttemptAt.getTime() - clock.getTime();
    expect(secondDelay).toBeGreaterThanOrEqual(48_000);
    expect(secondDelay).toBeLessThanOrEqual(72_000);

    advance(secondDelay);
    expect(await notifier.dispatchDue()).toEqual({ sent: 1, failed: 0 });
    r = await row(t, id);
    expect(r).toMatchObject({ status: 'sent', attempts: 3, lastError: null, providerMessageId: 'ok-3' });
    expect(r.sentAt?.getTime()).toBe(clock.getTime());
    expect(calls.map((c) => c.body)).toEqual(Array(3).fill('【PolicyHub】重试测试'));
    expect(calls[0]).toMatchObject({ channel: 'sms', to: '13700000001', template: 'notice', subject: null });
  });

  it('gives a message up as dead after its maximum attempts', async () => {
    const { provider, calls } = flakyProvider(Infinity);
    const notifier = createNotifier({ ...t.ctx, now }, { sms: provider });
    const id = await notifier.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13700000002',
      template: 'notice',
      params: { content: '总是失败' },
      maxAttempts: 3,
    });
    for (let i = 0; i < 3; i++) {
      await notifier.dispatchDue();
      advance(2 * 3_600_000);
    }
    const r = await row(t, id);
    expect(r).toMatchObject({ status: 'dead', attempts: 3 });
    expect(r.lastError).toContain('第 3 次');
    await notifier.dispatchDue();
    expect(calls).toHaveLength(3);
  });

  it('retries a message left in "sending" by a crashed process after the lease', async () => {
    let hung = 0;
    const hanging: Provider = { name: 'hang', send: () => (hung++, new Promise(() => undefined)) };
    const crashed = createNotifier({ ...t.ctx, now }, { sms: hanging });
    const id = await crashed.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13700000003',
      template: 'notice',
      params: { content: '崩溃' },
    });
    void crashed.dispatchDue(); // never returns: the process "dies" while sending
    while (hung === 0) await new Promise((r) => setTimeout(r, 10));
    expect((await row(t, id)).status).toBe('sending');

    const { provider, calls } = flakyProvider(0);
    const survivor = createNotifier({ ...t.ctx, now }, { sms: provider });
    advance(SENDING_LEASE_MS - 1_000);
    await survivor.dispatchDue();
    expect(calls).toHaveLength(0); // still leased to the crashed process

    advance(2_000);
    await survivor.dispatchDue();
    expect(calls).toHaveLength(1);
    expect(await row(t, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('never sends a message twice when two processes dispatch at once', async () => {
    const counts = new Map<string, number>();
    const counting: Provider = {
      name: 'count',
      async send(m) {
        counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 2));
        return {};
      },
    };
    const one = createNotifier({ ...t.ctx, now }, { sms: counting });
    const two = createNotifier({ ...t.ctx, now }, { sms: counting });
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      ids.push(
        await one.enqueue(t.ctx.db, {
          channel: 'sms',
          to: `1360000${String(i).padStart(4, '0')}`,
          template: 'notice',
          params: { content: `第${i}条` },
        }),
      );
    }
    const [a, b] = await Promise.all([one.dispatchDue(), two.dispatchDue()]);
    expect(a.sent + b.sent).toBe(45);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(45);
    const rows = await t.ctx.db.select({ status: outbox.status }).from(outbox).where(inArray(outbox.id, ids));
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });

  it('delivers through the dispatcher loop after start() and stops cleanly', async () => {
    const { provider, calls } = flakyProvider(0);
    const notifier = createNotifier(t.ctx, { email: provider });
    notifier.start();
    const id = await notifier.enqueue(t.ctx.db, {
      channel: 'email',
      to: 'ops@example.com',
      template: 'notice',
      params: { title: '测试', content: '循环' },
    });
    const deadline = Date.now() + 10_000;
    while ((await row(t, id)).status !== 'sent') {
      if (Date.now() > deadline) throw new Error('not sent by the loop');
      await new Promise((r) => setTimeout(r, 20));
    }
    await notifier.stop();
    expect(calls).toHaveLength(1);
  });
});

describe('notify: providers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('dev provider writes the message to the console log with a clear prefix', async () => {
    const lines: string[] = [];
    const dev = createDevProvider({ info: (m: string) => lines.push(m) } as never);
    await dev.send({
      channel: 'sms',
      to: '13800138000',
      template: 'login_code',
      subject: null,
      body: '验证码 123456',
      attachments: [],
    });
    await dev.send({
      channel: 'email',
      to: 'a@b.cn',
      template: 'notice',
      subject: '标题',
      body: '正文',
      attachments: [],
    });
    expect(lines[0]).toBe('【开发短信】发送至 13800138000：验证码 123456');
    expect(lines[1]).toContain('【开发邮件】发送至 a@b.cn：「标题」 正文');
  });

  it('dev provider marks messages sent and keeps them in the outbox', async () => {
    const id = await t.ctx.notify.enqueue(t.ctx.db, {
      channel: 'sms',
      to: '13800138001',
      template: 'login_code',
      params: { code: '777777' },
    });
    await t.ctx.notify.dispatchDue();
    expect(await row(t, id)).toMatchObject({ status: 'sent', provider: 'dev', attempts: 1 });
  });

  it('SMTP provider delivers a Chinese subject and an attachment to a real SMTP listener', async () => {
    const received: { from?: string; to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const config = {
        ...t.ctx.config,
        mail: {
          provider: 'smtp' as const,
          smtpUrl: `smtp://127.0.0.1:${port}`,
          from: 'PolicyHub <noreply@policyhub.local>',
        },
      };
      const notifier = createNotifier({ ...t.ctx, config });
      const content = Buffer.from('%PDF-1.4 投保清单 test attachment');
      const file = await t.ctx.files.saveGenerated(t.ctx.db, {
        data: content,
        originalName: '投保清单.pdf',
        mime: 'application/pdf',
        purpose: 'test',
        ownerUserId: null,
        ownerOrgId: null,
      });
      const id = await notifier.enqueue(t.ctx.db, {
        channel: 'email',
        to: 'insurer@example.com',
        template: 'notice',
        params: { title: '预核保材料', content: '请查收附件中的投保材料。' },
        attachments: [{ fileId: file.id, filename: '投保清单.pdf' }],
      });
      expect(await notifier.dispatchDue()).toEqual({ sent: 1, failed: 0 });
      expect(await row(t, id)).toMatchObject({ status: 'sent', provider: 'smtp' });
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail.from).toBe('noreply@policyhub.local');
      expect(mail.to).toEqual(['insurer@example.com']);
      const subjectLine = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(mail.raw)![1]!;
      expect(decodeEncodedWords(subjectLine)).toBe('【PolicyHub】预核保材料');
      expect(mail.raw.replace(/\r\n/g, '')).toContain(content.toString('base64'));
      expect(decodeFilename(mail.raw)).toBe('投保清单.pdf');
      expect(mail.raw).toMatch(/Content-Disposition: attachment/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('HTTP SMS provider sends the configured request; a non-2xx answer is retried', async () => {
    const requests: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
    let status = 500;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        requests.push({
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        res.writeHead(status, { 'content-type': 'application/json', 'x-message-id': 'gw-1' });
        res.end(status === 200 ? '{"code":0}' : '{"code":"E500","msg":"内部错误"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    let clock = new Date('2026-04-01T00:00:00Z');
    try {
      const config = {
        ...t.ctx.config,
        sms: {
          provider: 'http' as const,
          url: `http://127.0.0.1:${port}/sms/send?tpl={{template}}`,
          method: 'POST',
          bodyTemplate: '{"phone":"{{mobile}}","text":"{{content}}","sign":"PolicyHub"}',
          authHeader: 'X-Api-Key: k-123:abc',
          contentType: 'application/json; charset=utf-8',
        },
      };
      const notifier = createNotifier({ ...t.ctx, config, now: () => clock });
      const content = '第一行 "引号" \\ 反斜杠\n第二行';
      const id = await notifier.enqueue(t.ctx.db, {
        channel: 'sms',
        to: '13812345678',
        template: 'notice',
        params: { content },
      });

      expect(await notifier.dispatchDue()).toEqual({ sent: 0, failed: 1 });
      const failed = await row(t, id);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1, provider: 'http-sms' });
      expect(failed.lastError).toContain('HTTP 500');

      status = 200;
      clock = new Date(failed.nextAttemptAt.getTime() + 1);
      expect(await notifier.dispatchDue()).toEqual({ sent: 1, failed: 0 });
      expect(await row(t, id)).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: 'gw-1' });

      expect(requests).toHaveLength(2);
      const req = requests[1]!;
      expect(req.method).toBe('POST');
      expect(req.url).toBe('/sms/send?tpl=notice');
      expect(req.headers['x-api-key']).toBe('k-123:abc');
      expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(req.body)).toEqual({
        phone: '13812345678',
        text: `【PolicyHub】${content}`,
        sign: 'PolicyHub',
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) of a header value, decoded. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_all, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
}

/** The attachment's file name from Content-Disposition (RFC 2231 continuations or encoded words). */
function decodeFilename(raw: string): string {
  const header = /Content-Disposition: attachment;([^]*?)\r\n(?![ \t])/i
    .exec(raw)![1]!
    .replace(/\r\n[ \t]+/g, ' ');
  const parts = [...header.matchAll(/filename\*(\d+)?\*?=("?)([^";]*)\2/gi)];
  if (parts.length) {
    const joined = parts.map((p) => p[3]).join('');
    return decodeURIComponent(joined.replace(/^utf-8''/i, ''));
  }
  return decodeEncodedWords(/filename="?([^";]*)"?/i.exec(header)![1]!);
}

describe('notify: invitation SMS texts', () => {
  // A long SMS is billed per 67-character segment; the invitations are sent to every employee.
  const params = {
    name: '欧阳晓明',
    companyName: '北京云帆科技有限公司',
    productName: '华安税优健康险',
    windowStart: '2026-01-01',
    windowEnd: '2026-12-31',
    username: 'ub3k7m2p9q',
    password: generateInitialPassword('ub3k7m2p9q'),
    url: 'https://ph.example.cn/personal',
  };
  it.each(['exchange_invitation', 'exchange_invitation_existing'])(
    '%s fits two segments, names the username and the mobile login, and carries no mobile number',
    async (template) => {
      const { TEMPLATES } = await import('../src/platform/notify/templates.js');
      const body = TEMPLATES[template]!.sms!(params);
      expect([...body].length).toBeLessThanOrEqual(134);
      expect(body).toContain(params.username);
      if (template === 'exchange_invitation') expect(body).toContain(params.password);
      expect(body).toContain('本手机号登录');
      expect(body).not.toMatch(/1[3-9]\d{9}/);
    },
  );
});

describe('notify: application result SMS texts', () => {
  const long = {
    name: '欧阳晓明',
    productName: '华安团体补充医疗税优健康保险（万能型）A款——尊享版',
    policyNo: 'PHTH20261203000123',
    startsOn: '2026-12-04',
    endsOn: '2027-12-03',
    premium: '12345.00',
    sumInsured: '250000.00',
    applicationNo: 'TA20261203000123',
    reason: '被保险人健康告知中存在既往症，'.repeat(30),
    url: 'https://ph.example.cn/personal',
  };
  it.each(['exchange_policy_issued', 'exchange_application_declined'])(
    '%s fits two segments in both languages with a long product name and reason',
    async (template) => {
      const { renderMessage, SMS_MAX_CHARS } = await import('../src/platform/notify/index.js');
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const { body } = renderMessage(template, 'sms', long, locale);
        expect([...body].length, body).toBeLessThanOrEqual(SMS_MAX_CHARS);
        expect(body).toContain(long.url);
        if (template === 'exchange_policy_issued') expect(body).toContain(long.policyNo);
        else expect(body).toContain('被保险人健康告知');
        expect(body).not.toMatch(/1[3-9]\d{9}/);
      }
      // a short reason or name is not clipped
      const short = renderMessage(template, 'sms', { ...long, productName: '税优A款', reason: '年龄不符' });
      expect(short.body).not.toContain('…');
      expect(short.body).toContain('税优A款');
    },
  );

  it('en-US wording when asked for en-US, Chinese by default', async () => {
    const { renderMessage } = await import('../src/platform/notify/index.js');
    const en = renderMessage('exchange_policy_issued', 'email', long, 'en-US');
    expect(en.subject).toBe(`[PolicyHub] Your policy ${long.policyNo} is issued`);
    expect(en.body).not.toContain('：');
    const code = renderMessage('login_code', 'sms', { code: '123456' }, 'en-US').body;
    expect(code).toContain('123456');
    expect(code).not.toContain('验证码');
    expect(renderMessage('login_code', 'sms', { code: '123456' }).body).toContain('验证码');
  });
});
