import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  auditLog,
  exchangeOrderEvents,
  exchangeOrders,
  organizations,
  outbox,
  users,
} from '../src/tables.js';
import { SMS_MAX_CHARS } from '../src/platform/notify/index.js';
import { snapshot } from './accounts-support.js';
import { randomResidentId } from './documents-support.js';
import { createOrg, createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';
import {
  apiKey,
  createExchangeCast,
  insertUnderwritingApplication,
  listedProduct,
  signedCall,
  type ExchangeCast,
} from './exchange-products-support.js';
import { insertOrderRoster } from './exchange-support.js';

const P = '/api/insurer-api/v1';

// Issue 10, "pages that follow what happens": the applicant's result messages (once, whatever the
// insurer replays), the result the personal page follows, 发送时间 for the insurer, and the
// insurer console's own pre-underwriting form.
describe('exchange: following the insurer’s answers', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  let product: { productId: string; versionId: string };
  let keyA: { keyId: string; secret: string; id: string };

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createExchangeCast(t);
    product = await listedProduct(t, cast);
    keyA = await apiKey(t, cast.asA);
  });
  afterAll(async () => t.close());

  /** An application awaiting underwriting, as the personal flow leaves it. */
  async function application(options: { email?: string | null } = {}) {
    const user = await createUser(t, { role: 'individual' });
    if (options.email !== null)
      await t.ctx.db
        .update(users)
        .set({ email: options.email ?? `${user.username}@example.com` })
        .where(eq(users.id, user.id));
    const { applicationNo } = await insertUnderwritingApplication(t, {
      user,
      product,
      insurerOrgId: cast.insurerA.id,
      name: '李四',
    });
    return { applicationNo, user, as: await sessionFor(t, user) };
  }

  const messagesOf = (template: string, userId: string) =>
    t.ctx.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.template, template), eq(outbox.userId, userId)));

  it('issue: one SMS and one e-mail with the e-policy, however often the insurer replays the callback', async () => {
    const { applicationNo, user } = await application();
    const base = `${P}/applications/${applicationNo}`;
    expect((await signedCall(t, keyA, 'POST', `${base}/decision`, { decision: 'accept' })).statusCode).toBe(
      200,
    );
    const key = crypto.randomUUID();
    const body = { taxCode: 'TY123456789012345678' };
    const issued = await signedCall(t, keyA, 'POST', `${base}/policy`, body, { idempotencyKey: key });
    expect(issued.statusCode, issued.body).toBe(201);
    const policyNo = issued.json().policyNo as string;
    // the same callback again (a network retry), and once more under a new key
    const replay = await signedCall(t, keyA, 'POST', `${base}/policy`, body, { idempotencyKey: key });
    expect(replay.statusCode).toBe(201);
    const fresh = await signedCall(t, keyA, 'POST', `${base}/policy`, body);
    expect(fresh.statusCode).toBe(409);

    const messages = await messagesOf('exchange_policy_issued', user.id);
    const sms = messages.filter((m) => m.channel === 'sms');
    const email = messages.filter((m) => m.channel === 'email');
    expect(sms).toHaveLength(1);
    expect(email).toHaveLength(1);
    expect(sms[0]!.recipient).toBe(user.mobile);
    expect(sms[0]!.body).toContain(policyNo);
    expect(sms[0]!.body).toContain('1200.00');
    expect([...sms[0]!.body].length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(email[0]!.recipient).toBe(`${user.username}@example.com`);
    expect(email[0]!.subject).toContain(policyNo);
    expect(email[0]!.attachments).toEqual([
      expect.objectContaining({ filename: expect.stringMatching(/\.pdf$/) }),
    ]);
    // delivered once: the dispatcher sends what is due, a second run finds nothing of these
    await t.ctx.notify.dispatchDue();
    const [sent] = await t.ctx.db.select().from(outbox).where(eq(outbox.id, sms[0]!.id));
    expect(sent!.status).toBe('sent');
    expect(await messagesOf('exchange_policy_issued', user.id)).toHaveLength(2);
  });

  it('decline: one SMS with the reason (no e-mail when the account has none); a replay sends nothing new', async () => {
    const { applicationNo, user } = await application({ email: null });
    const url = `${P}/applications/${applicationNo}/decision`;
    const key = crypto.randomUUID();
    const decline = { decision: 'decline', reason: '既往症不符合承保条件' };
    const first = await signedCall(t, keyA, 'POST', url, decline, { idempotencyKey: key });
    expect(first.statusCode, first.body).toBe(200);
    const replay = await signedCall(t, keyA, 'POST', url, decline, { idempotencyKey: key });
    expect(replay.json()).toEqual(first.json());
    expect((await signedCall(t, keyA, 'POST', url, decline)).statusCode).toBe(409);
    const messages = await messagesOf('exchange_application_declined', user.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'sms', recipient: user.mobile });
    expect(messages[0]!.body).toContain('既往症不符合承保条件');
    expect(await messagesOf('exchange_policy_issued', user.id)).toHaveLength(0);
  });

  it('the result goes out in the language the applicant chose in the header (中文/EN switch)', async () => {
    const { applicationNo, user, as } = await application({ email: null });
    const wrong = await t.request({ method: 'PUT', url: '/api/me/profile', payload: { language: 'fr' }, as });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('界面语言只能是 zh-CN 或 en-US');
    const chosen = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: { language: 'en-US' },
      as,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().profile.language).toBe('en-US');

    const decline = { decision: 'decline', reason: 'pre-existing condition' };
    const res = await signedCall(t, keyA, 'POST', `${P}/applications/${applicationNo}/decision`, decline);
    expect(res.statusCode, res.body).toBe(200);
    const [sms] = await messagesOf('exchange_application_declined', user.id);
    expect(sms!.body).toContain('pre-existing condition');
    // The English wording (names stay as given), not the Chinese template.
    expect(sms!.body.startsWith('[PolicyHub] 李四, sorry')).toBe(true);
    expect(sms!.body).not.toContain('很抱歉');

    // Back to Chinese: the next person's result is Chinese again by default, this one's setting clears.
    const cleared = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: { language: null },
      as,
    });
    expect(cleared.json().profile.language).toBeNull();
  });

  it('a manual review sends nothing yet; the console decline afterwards notifies once', async () => {
    const { applicationNo, user } = await application();
    const url = `/api/insurer/applications/${applicationNo}/decision`;
    const manual = await t.request({ method: 'POST', url, payload: { decision: 'manual' }, as: cast.asA });
    expect(manual.statusCode, manual.body).toBe(200);
    expect(await t.ctx.db.select().from(outbox).where(eq(outbox.userId, user.id))).toHaveLength(0);
    const declined = await t.request({
      method: 'POST',
      url,
      payload: { decision: 'decline', reason: '人工核保未通过' },
      as: cast.asA,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const messages = await messagesOf('exchange_application_declined', user.id);
    expect(messages.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
  });

  it('the result page’s application: own only, with the policy and its e-policy once issued', async () => {
    const { applicationNo, as } = await application();
    const other = await application();
    const url = `/api/personal/applications/${applicationNo}`;
    const waiting = await t.request({ method: 'GET', url, as });
    expect(waiting.statusCode, waiting.body).toBe(200);
    expect(waiting.json()).toMatchObject({ applicationNo, status: 'underwriting', policy: null });
    expect((await t.request({ method: 'GET', url, as: other.as })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url, as: cast.asA })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);

    const base = `${P}/applications/${applicationNo}`;
    await signedCall(t, keyA, 'POST', `${base}/decision`, { decision: 'accept' });
    const issued = await signedCall(t, keyA, 'POST', `${base}/policy`, {
      taxCode: 'TY123456789012345670',
      startsOn: '2026-12-05',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const done = (await t.request({ method: 'GET', url, as })).json();
    expect(done).toMatchObject({
      status: 'issued',
      policyNo: issued.json().policyNo,
      policy: {
        policyNo: issued.json().policyNo,
        premiumFen: 120_000,
        startsAt: '2026-12-04T16:00:00.000Z',
        documentId: issued.json().documentId,
        downloadUrl: `/api/documents/${issued.json().documentId}/download`,
      },
    });
    expect(done.decidedAt).not.toBeNull();
    const pdf = await t.request({ method: 'GET', url: done.policy.downloadUrl, as });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  /** An order of a new enterprise with a one-person roster, in `status`. */
  async function order(status: string, insurerOrgId = cast.insurerA.id) {
    const enterprise = await createOrg(t, { type: 'enterprise', parentId: cast.platform.id });
    const [row] = await t.ctx.db
      .insert(exchangeOrders)
      .values({
        orderNo: `EX${crypto.randomBytes(6).toString('hex')}`,
        enterpriseOrgId: enterprise.id,
        productId: product.productId,
        productVersionId: product.versionId,
        insurerOrgId,
        status,
        rosterCount: 1,
        company: { name: '跟进测试企业' },
        submittedAt: new Date(),
        ...(status === 'sent' ? { sentAt: new Date(), sentVia: 'email' } : {}),
      })
      .returning();
    const idNumber = randomResidentId();
    await insertOrderRoster(t, row!, [
      {
        rowNo: 1,
        name: '王五',
        idType: 'resident_id',
        idNumberEnc: t.ctx.crypto.encrypt(idNumber),
        idNumberIdx: t.ctx.crypto.blindIndex(idNumber),
        idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
        mobile: '13900000009',
      },
    ]);
    return { ...row!, idNumber };
  }

  it('投保案件 answers 发送时间: when the admin sent the case', async () => {
    const submitted = await order('submitted');
    await t.ctx.db
      .update(organizations)
      .set({ contactEmail: 'cases@insurer-a.example.com' })
      .where(eq(organizations.id, cast.insurerA.id));
    const send = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${submitted.id}/send`,
      payload: { via: 'email' },
      as: cast.asAdmin,
    });
    expect(send.statusCode, send.body).toBe(200);
    const [stored] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.id, submitted.id));
    expect(stored!.sentAt).not.toBeNull();
    const list = await t.request({ method: 'GET', url: '/api/insurer/orders?pageSize=100', as: cast.asA });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((o: { id: string }) => o.id === submitted.id);
    expect(item).toMatchObject({ status: 'sent', sentAt: stored!.sentAt!.toISOString() });
    const admin = await t.request({ method: 'GET', url: '/api/admin/orders?pageSize=100', as: cast.asAdmin });
    expect(admin.json().items.find((o: { id: string }) => o.id === submitted.id).sentAt).toBe(
      stored!.sentAt!.toISOString(),
    );
  });

  it('insurer console: the case and its pre-underwriting form — own insurer only, same validation and audit', async () => {
    const sent = await order('sent');
    const draft = await order('submitted');
    const foreign = await order('sent', cast.insurerB.id);
    const detail = await t.request({ method: 'GET', url: `/api/insurer/orders/${sent.id}`, as: cast.asA });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ orderNo: sent.orderNo, status: 'sent', rosterCount: 1 });
    expect(detail.json().roster).toEqual([expect.objectContaining({ name: '王五' })]);
    expect(detail.body).not.toContain(sent.idNumber);
    expect(detail.body).not.toContain('13900000009');

    const pass = {
      passed: true,
      windowStart: '2026-12-10',
      windowEnd: '2026-12-31',
      invitationCode: 'GC2026',
      remarks: '经办录入',
    };
    const tables = ['exchange_orders', 'exchange_order_events', 'outbox', 'tasks'];
    const before = await snapshot(t, tables);
    for (const [as, id, code] of [
      [cast.asB, sent.id, 404],
      [cast.asA, foreign.id, 404],
      [cast.asA, draft.id, 404],
      [cast.asAdmin, sent.id, 403],
    ] as const) {
      expect((await t.request({ method: 'GET', url: `/api/insurer/orders/${id}`, as })).statusCode).toBe(
        code,
      );
      const res = await t.request({
        method: 'POST',
        url: `/api/insurer/orders/${id}/pre-underwriting`,
        payload: pass,
        as,
      });
      expect(res.statusCode, res.body).toBe(code);
    }
    const bad = await t.request({
      method: 'POST',
      url: `/api/insurer/orders/${sent.id}/pre-underwriting`,
      payload: { ...pass, windowEnd: '2026-12-01' },
      as: cast.asA,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('投保截止日期不能早于开始日期');
    const noReason = await t.request({
      method: 'POST',
      url: `/api/insurer/orders/${sent.id}/pre-underwriting`,
      payload: { passed: false, reason: '' },
      as: cast.asA,
    });
    expect(noReason.statusCode).toBe(400);
    expect(await snapshot(t, tables)).toEqual(before);

    const ok = await t.request({
      method: 'POST',
      url: `/api/insurer/orders/${sent.id}/pre-underwriting`,
      payload: pass,
      as: cast.asA,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ orderId: sent.id, status: 'passed' });
    const [row] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.id, sent.id));
    expect(row).toMatchObject({ status: 'passed', invitationCode: 'GC2026', windowEnd: '2026-12-31' });
    const events = await t.ctx.db
      .select()
      .from(exchangeOrderEvents)
      .where(eq(exchangeOrderEvents.orderId, sent.id));
    expect(events.map((e) => e.action)).toContain('pass');
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'exchange.order_pass'), eq(auditLog.entityId, sent.id)));
    expect(audit).toMatchObject({ actorUserId: cast.staffA.id });
    const again = await t.request({
      method: 'POST',
      url: `/api/insurer/orders/${sent.id}/pre-underwriting`,
      payload: { passed: false, reason: '重复录入' },
      as: cast.asA,
    });
    expect(again.statusCode).toBe(409);
  });
});
