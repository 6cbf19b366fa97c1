import type { ApplicationStatus } from '@policyhub/domain';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
  exchangeOrders,
  idempotencyRecords,
  insurerApiKeys,
  insurerApiNonces,
  policies,
  webhookDeliveries,
} from '../src/tables.js';
import { deliverWebhook, enqueueWebhook, webhookTransport } from '../src/modules/insurer-gateway/index.js';
import { notifyInsurerOfOrder } from '../src/lines/exchange/index.js';
import { checkWebhookTarget, isSimulatorTarget } from '../src/modules/insurer-gateway/webhook-target.js';
import { snapshot } from './accounts-support.js';
import { randomResidentId } from './documents-support.js';
import { createOrg, createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';
import {
  apiKey,
  createExchangeCast,
  insertUnderwritingApplication,
  EXCHANGE_TABLES,
  listedProduct,
  signedCall,
  type ExchangeCast,
} from './exchange-products-support.js';
import { insertOrderRoster } from './exchange-support.js';

const P = '/api/insurer-api/v1';

describe('insurer system API (EX-8): HMAC, replay, idempotency, underwriting and issuance', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  let product: { productId: string; versionId: string };
  let keyA: { keyId: string; secret: string; id: string };
  let keyB: { keyId: string; secret: string; id: string };

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createExchangeCast(t);
    product = await listedProduct(t, cast);
    keyA = await apiKey(t, cast.asA, 'http://93.184.216.34/ph'); // public; the tests' transports never connect
    keyB = await apiKey(t, cast.asB);
  });
  afterAll(async () => t.close());

  const unchanged = async (fn: () => Promise<void>) => {
    const before = await snapshot(t, [
      ...EXCHANGE_TABLES.filter((x) => x !== 'insurer_api_nonces' && x !== 'audit_log'),
    ]);
    await fn();
    expect(
      await snapshot(t, [...EXCHANGE_TABLES.filter((x) => x !== 'insurer_api_nonces' && x !== 'audit_log')]),
    ).toEqual(before);
  };

  /** An application awaiting underwriting, inserted as the personal flow would leave it. */
  async function application(status: ApplicationStatus = 'underwriting', insurerOrgId = cast.insurerA.id) {
    const user = await createUser(t, { role: 'individual' });
    const { applicationNo, idNumber } = await insertUnderwritingApplication(t, {
      user,
      product,
      insurerOrgId,
      name: '张三',
      status,
    });
    return { applicationNo, user, idNumber };
  }

  it('the API key secret is shown once; the list never shows it', async () => {
    const list = await t.request({ method: 'GET', url: '/api/insurer/api-keys', as: cast.asA });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(keyA.secret);
    expect(list.json().items[0]).not.toHaveProperty('secret');
  });

  it('a valid signature gets a quote from the version rate table (age band × gender)', async () => {
    const res = await signedCall(t, keyA, 'POST', `${P}/quotes`, {
      productId: product.productId,
      gender: 'F',
      age: 45,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      annualPremiumFen: 190_000,
      band: { minAge: 41, maxAge: 65 },
      productVersionId: product.versionId,
    });
    const outside = await signedCall(t, keyA, 'POST', `${P}/quotes`, {
      productId: product.productId,
      gender: 'M',
      age: 80,
    });
    expect(outside.statusCode).toBe(409);
    expect(outside.json().message).toContain('80');
  });

  it('unsigned, badly signed, expired, unknown-key and replayed calls → 401 with a Chinese message', async () => {
    await unchanged(async () => {
      const body = { productId: product.productId, gender: 'M', age: 30 };
      const none = await t.request({ method: 'POST', url: `${P}/quotes`, payload: body });
      expect(none.statusCode).toBe(401);
      expect(none.json().code).toBe('INSURER_SIGNATURE_INVALID');
      expect(none.json().message).toMatch(/签名/);
      const bad = await signedCall(t, keyA, 'POST', `${P}/quotes`, body, { tamper: true });
      expect(bad.statusCode).toBe(401);
      const wrongSecret = await signedCall(
        t,
        { keyId: keyA.keyId, secret: keyB.secret },
        'POST',
        `${P}/quotes`,
        body,
      );
      expect(wrongSecret.statusCode).toBe(401);
      const expired = await signedCall(t, keyA, 'POST', `${P}/quotes`, body, {
        timestamp: Date.now() - 6 * 60_000,
      });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().message).toContain('时间戳');
      const future = await signedCall(t, keyA, 'POST', `${P}/quotes`, body, {
        timestamp: Date.now() + 6 * 60_000,
      });
      expect(future.statusCode).toBe(401);
      const unknown = await signedCall(t, { keyId: 'phk_unknown', secret: 'x' }, 'POST', `${P}/quotes`, body);
      expect(unknown.statusCode).toBe(401);
      const nonce = crypto.randomUUID();
      const first = await signedCall(t, keyA, 'POST', `${P}/quotes`, body, { nonce });
      expect(first.statusCode).toBe(200);
      const replay = await signedCall(t, keyA, 'POST', `${P}/quotes`, body, { nonce });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().message).toContain('重放');
    });
  });

  it('a body changed after signing → 401', async () => {
    const { signRequest } = await import('../src/modules/insurer-gateway/index.js');
    const signed = JSON.stringify({ productId: product.productId, gender: 'M', age: 30 });
    const headers = signRequest({ ...keyA, method: 'POST', path: `${P}/quotes`, body: signed });
    const res = await t.request({
      method: 'POST',
      url: `${P}/quotes`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ productId: product.productId, gender: 'F', age: 30 }),
    });
    expect(res.statusCode).toBe(401);
  });

  it('a revoked key → 401', async () => {
    const k = await apiKey(t, cast.asA);
    const ok = await signedCall(t, k, 'POST', `${P}/quotes`, {
      productId: product.productId,
      gender: 'M',
      age: 30,
    });
    expect(ok.statusCode).toBe(200);
    const other = await t.request({
      method: 'POST',
      url: `/api/insurer/api-keys/${k.id}/revoke`,
      as: cast.asB,
    });
    expect(other.statusCode).toBe(404);
    const revoked = await t.request({
      method: 'POST',
      url: `/api/insurer/api-keys/${k.id}/revoke`,
      as: cast.asA,
    });
    expect(revoked.json().status).toBe('revoked');
    const after = await signedCall(t, k, 'POST', `${P}/quotes`, {
      productId: product.productId,
      gender: 'M',
      age: 30,
    });
    expect(after.statusCode).toBe(401);
  });

  it('a key revoked by another server process stops working at once (not after the 30 s cache)', async () => {
    const k = await apiKey(t, cast.asA);
    const body = { productId: product.productId, gender: 'M', age: 30 };
    expect((await signedCall(t, k, 'POST', `${P}/quotes`, body)).statusCode).toBe(200); // cached now
    // Another process revokes it: only the database changes, this process's cache does not.
    await t.ctx.db.update(insurerApiKeys).set({ status: 'revoked' }).where(eq(insurerApiKeys.keyId, k.keyId));
    const nonces = await t.ctx.db.select().from(insurerApiNonces).where(eq(insurerApiNonces.keyId, k.keyId));
    const after = await signedCall(t, k, 'POST', `${P}/quotes`, body);
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toContain('已停用');
    const later = await t.ctx.db.select().from(insurerApiNonces).where(eq(insurerApiNonces.keyId, k.keyId));
    expect(later).toHaveLength(nonces.length);
  });

  it("an insurer sees only its own applications and products: another insurer's → 404", async () => {
    const { applicationNo } = await application();
    await unchanged(async () => {
      expect((await signedCall(t, keyB, 'GET', `${P}/applications/${applicationNo}`)).statusCode).toBe(404);
      const decide = await signedCall(t, keyB, 'POST', `${P}/applications/${applicationNo}/decision`, {
        decision: 'accept',
      });
      expect(decide.statusCode).toBe(404);
      const quote = await signedCall(t, keyB, 'POST', `${P}/quotes`, {
        productId: product.productId,
        gender: 'M',
        age: 30,
      });
      expect(quote.statusCode).toBe(404);
      const list = await signedCall(t, keyB, 'GET', `${P}/applications`);
      expect(list.json().items.map((a: { applicationNo: string }) => a.applicationNo)).not.toContain(
        applicationNo,
      );
      expect((await signedCall(t, keyB, 'GET', `${P}/orders/NO-SUCH-ORDER`)).statusCode).toBe(404);
    });
    const own = await signedCall(t, keyA, 'GET', `${P}/applications/${applicationNo}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().applicant.idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('writes need an Idempotency-Key; the same key replays the stored response, a different body → 409', async () => {
    const { applicationNo } = await application();
    const url = `${P}/applications/${applicationNo}/decision`;
    await unchanged(async () => {
      const missing = await signedCall(
        t,
        keyA,
        'POST',
        url,
        { decision: 'manual' },
        { idempotencyKey: null },
      );
      expect(missing.statusCode).toBe(400);
      expect(missing.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    });
    const key = crypto.randomUUID();
    const first = await signedCall(t, keyA, 'POST', url, { decision: 'manual' }, { idempotencyKey: key });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('manual_review');
    // the replay is not executed again (manual → manual would be refused as a wrong state)
    const replay = await signedCall(t, keyA, 'POST', url, { decision: 'manual' }, { idempotencyKey: key });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    await unchanged(async () => {
      const conflict = await signedCall(
        t,
        keyA,
        'POST',
        url,
        { decision: 'accept' },
        { idempotencyKey: key },
      );
      expect(conflict.statusCode).toBe(409);
      expect(conflict.json().code).toBe('IDEMPOTENCY_CONFLICT');
      // a new key for the same wrong transition is refused by the state machine
      const wrong = await signedCall(t, keyA, 'POST', url, { decision: 'manual' });
      expect(wrong.statusCode).toBe(409);
      expect(wrong.json().code).toBe('INVALID_STATE');
    });
    const records = await t.ctx.db.select().from(idempotencyRecords).where(eq(idempotencyRecords.key, key));
    expect(records).toHaveLength(1);
  });

  it('stores the replayable response encrypted: no ID number or mobile in the row, the replay is identical', async () => {
    const { applicationNo, user, idNumber } = await application();
    const url = `${P}/applications/${applicationNo}/decision`;
    const key = crypto.randomUUID();
    const first = await signedCall(t, keyA, 'POST', url, { decision: 'manual' }, { idempotencyKey: key });
    expect(first.statusCode, first.body).toBe(200);
    // The insurer is given the applicant in full; the stored copy must not be readable.
    expect(first.json().applicant).toMatchObject({ idNumber, mobile: user.mobile });
    const raw = (
      (await t.ctx.db.execute(
        sql`select response::text as response from idempotency_records where key = ${key}`,
      )) as unknown as { rows: { response: string }[] }
    ).rows[0]!.response;
    expect(raw).not.toContain(idNumber);
    expect(raw).not.toContain(idNumber.slice(0, 14));
    expect(raw).not.toContain(user.mobile);
    expect(raw).not.toContain('张三');
    const replay = await signedCall(t, keyA, 'POST', url, { decision: 'manual' }, { idempotencyKey: key });
    expect(replay.statusCode).toBe(200);
    expect(replay.body).toBe(first.body);
  });

  it('decline needs a reason and is final', async () => {
    const { applicationNo } = await application();
    const url = `${P}/applications/${applicationNo}/decision`;
    await unchanged(async () => {
      expect((await signedCall(t, keyA, 'POST', url, { decision: 'decline' })).statusCode).toBe(400);
    });
    const res = await signedCall(t, keyA, 'POST', url, { decision: 'decline', reason: '既往症不符合条件' });
    expect(res.json()).toMatchObject({ status: 'declined', declineReason: '既往症不符合条件' });
    await unchanged(async () => {
      expect((await signedCall(t, keyA, 'POST', url, { decision: 'accept' })).statusCode).toBe(409);
      const issue = await signedCall(t, keyA, 'POST', `${P}/applications/${applicationNo}/policy`, {
        taxCode: 'TY123456789012345678',
      });
      expect(issue.statusCode).toBe(409);
    });
  });

  it('accept → issue: a policy with its 税优识别码 and a signed e-policy; refusals change nothing', async () => {
    const { applicationNo, user } = await application();
    const issueUrl = `${P}/applications/${applicationNo}/policy`;
    await unchanged(async () => {
      // not yet accepted
      expect(
        (await signedCall(t, keyA, 'POST', issueUrl, { taxCode: 'TY123456789012345678' })).statusCode,
      ).toBe(409);
    });
    const accepted = await signedCall(t, keyA, 'POST', `${P}/applications/${applicationNo}/decision`, {
      decision: 'accept',
      insurerRef: 'HA-001',
    });
    expect(accepted.json().status).toBe('accepted');
    await unchanged(async () => {
      const badCode = await signedCall(t, keyA, 'POST', issueUrl, { taxCode: 'BAD' });
      expect(badCode.statusCode).toBe(400);
      expect(badCode.json().message).toContain('税优识别码');
    });
    const key = crypto.randomUUID();
    const issued = await signedCall(
      t,
      keyA,
      'POST',
      issueUrl,
      { taxCode: 'TY123456789012345678' },
      { idempotencyKey: key },
    );
    expect(issued.statusCode, issued.body).toBe(201);
    const again = await signedCall(
      t,
      keyA,
      'POST',
      issueUrl,
      { taxCode: 'TY123456789012345678' },
      { idempotencyKey: key },
    );
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(issued.json());
    const [policy] = await t.ctx.db
      .select()
      .from(policies)
      .where(eq(policies.policyNo, issued.json().policyNo));
    expect(policy).toMatchObject({
      line: 'TAX_HEALTH',
      holderUserId: user.id,
      premiumFen: 120_000,
      insurerOrgId: cast.insurerA.id,
    });
    expect(policy!.details).toMatchObject({ taxCode: 'TY123456789012345678', applicationNo });
    const rows = await t.ctx.db.select().from(policies).where(eq(policies.holderUserId, user.id));
    expect(rows).toHaveLength(1);

    // a policy change by the insurer: an endorsement with its signed 批单
    const change = await signedCall(t, keyA, 'POST', `${P}/policies/${issued.json().policyNo}/changes`, {
      kind: 'change_coverage',
      description: '保险金额调整',
      effectiveOn: '2026-12-01',
      patch: { sumInsuredFen: 30_000_000 },
    });
    expect(change.statusCode, change.body).toBe(201);
    expect(change.json().version).toBe(2);
    await unchanged(async () => {
      const foreign = await signedCall(t, keyB, 'POST', `${P}/policies/${issued.json().policyNo}/changes`, {
        kind: 'other',
        description: 'x',
        effectiveOn: '2026-12-01',
      });
      expect(foreign.statusCode).toBe(404);
    });
  });

  it('webhooks: only to integrated insurers, signed, retried with backoff until delivered', async () => {
    const order = {
      id: crypto.randomUUID(),
      orderNo: `EX${Date.now()}`,
      insurerOrgId: cast.insurerA.id,
      productId: product.productId,
      productVersionId: product.versionId,
      rosterCount: 3,
    };
    expect(await notifyInsurerOfOrder(t.ctx, t.ctx.db, { ...order, insurerOrgId: cast.insurerB.id })).toBe(
      false,
    );
    expect(await notifyInsurerOfOrder(t.ctx, t.ctx.db, order)).toBe(true);
    const received: { url: string; body: string; headers: Record<string, string> }[] = [];
    let fail = true;
    const transport = async (url: string, body: string, headers: Record<string, string>) => {
      received.push({ url, body, headers });
      return fail ? 500 : 204;
    };
    const [queued] = await t.ctx.db.select().from(webhookDeliveries);
    const first = { deliveryId: queued!.id, attempt: 1 };
    // What the delivery job does (its handler, run here without workers).
    expect(await deliverWebhook(t.ctx, transport, first)).toBe('retry');
    const [row] = await t.ctx.db.select().from(webhookDeliveries);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500, lastError: 'HTTP 500' });
    // the next attempt waits WEBHOOK_RETRY_SECONDS (5 s) at first
    expect(row!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(4_000);
    // the first attempt's job run again (its process died after recording): nothing is sent
    expect(await deliverWebhook(t.ctx, transport, first)).toBe('skipped');
    expect(received).toHaveLength(1);
    fail = false;
    expect(await deliverWebhook(t.ctx, transport, { ...first, attempt: 2 })).toBe('delivered');
    expect(await deliverWebhook(t.ctx, transport, { ...first, attempt: 2 })).toBe('skipped');
    expect(received).toHaveLength(2);
    const { canonicalRequest } = await import('../src/modules/insurer-gateway/index.js');
    const last = received.at(-1)!;
    expect(JSON.parse(last.body)).toMatchObject({
      event: 'order.submitted',
      data: { orderNo: order.orderNo },
    });
    const expected = crypto
      .createHmac('sha256', keyA.secret)
      .update(
        canonicalRequest({
          method: 'POST',
          path: '/ph',
          timestamp: last.headers['x-ph-timestamp']!,
          nonce: last.headers['x-ph-nonce']!,
          body: last.body,
        }),
      )
      .digest('hex');
    expect(last.headers['x-ph-signature']).toBe(expected);
    const [done] = await t.ctx.db.select().from(webhookDeliveries);
    expect(done).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('orders: the case and roster of a sent order; pre-underwriting once; not sent or foreign → 404', async () => {
    const enterprise = await createOrg(t, { type: 'enterprise', parentId: cast.platform.id });
    const order = async (status: string) => {
      const [row] = await t.ctx.db
        .insert(exchangeOrders)
        .values({
          orderNo: `EX${crypto.randomBytes(6).toString('hex')}`,
          enterpriseOrgId: enterprise.id,
          productId: product.productId,
          productVersionId: product.versionId,
          insurerOrgId: cast.insurerA.id,
          status,
          rosterCount: 1,
          company: { name: '测试企业' },
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
          idNumberMasked: 'x',
          mobile: '13900000001',
        },
      ]);
      return { ...row!, idNumber };
    };
    const draft = await order('submitted');
    const sent = await order('sent');
    const pass = {
      passed: true,
      windowStart: '2026-12-01',
      windowEnd: '2026-12-31',
      invitationCode: 'G2026',
    };
    await unchanged(async () => {
      expect((await signedCall(t, keyA, 'GET', `${P}/orders/${draft.orderNo}`)).statusCode).toBe(404);
      expect((await signedCall(t, keyB, 'GET', `${P}/orders/${sent.orderNo}`)).statusCode).toBe(404);
      expect(
        (await signedCall(t, keyB, 'POST', `${P}/orders/${sent.orderNo}/pre-underwriting`, pass)).statusCode,
      ).toBe(404);
      const bad = await signedCall(t, keyA, 'POST', `${P}/orders/${sent.orderNo}/pre-underwriting`, {
        ...pass,
        windowEnd: '2026-11-01',
      });
      expect(bad.statusCode).toBe(400);
    });
    const got = await signedCall(t, keyA, 'GET', `${P}/orders/${sent.orderNo}`);
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json().roster).toEqual([expect.objectContaining({ name: '王五', idNumber: sent.idNumber })]);
    const key = crypto.randomUUID();
    const res = await signedCall(t, keyA, 'POST', `${P}/orders/${sent.orderNo}/pre-underwriting`, pass, {
      idempotencyKey: key,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('passed');
    const replay = await signedCall(t, keyA, 'POST', `${P}/orders/${sent.orderNo}/pre-underwriting`, pass, {
      idempotencyKey: key,
    });
    expect(replay.json()).toEqual(res.json());
    await unchanged(async () => {
      const again = await signedCall(t, keyA, 'POST', `${P}/orders/${sent.orderNo}/pre-underwriting`, {
        passed: false,
        reason: '重复',
      });
      expect(again.statusCode).toBe(409);
    });
    const [row] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.id, sent.id));
    expect(row).toMatchObject({ status: 'passed', windowStart: '2026-12-01', invitationCode: 'G2026' });
  });

  it('insurer console: the same underwriting and issuance by hand; another insurer → 404', async () => {
    const { applicationNo } = await application();
    const list = await t.request({
      method: 'GET',
      url: '/api/insurer/applications?status=underwriting',
      as: cast.asA,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { applicationNo: string }) => a.applicationNo)).toContain(applicationNo);
    expect(list.body).not.toMatch(/\d{17}[\dX]/);
    await unchanged(async () => {
      const foreign = await t.request({
        method: 'POST',
        url: `/api/insurer/applications/${applicationNo}/decision`,
        payload: { decision: 'accept' },
        as: cast.asB,
      });
      expect(foreign.statusCode).toBe(404);
      const early = await t.request({
        method: 'POST',
        url: `/api/insurer/applications/${applicationNo}/policy`,
        payload: { taxCode: 'TY123456789012345678' },
        as: cast.asA,
      });
      expect(early.statusCode).toBe(409);
    });
    const ok = await t.request({
      method: 'POST',
      url: `/api/insurer/applications/${applicationNo}/decision`,
      payload: { decision: 'accept' },
      as: cast.asA,
    });
    expect(ok.json()).toMatchObject({ status: 'accepted', statusLabel: '核保通过，待出单' });
    const issued = await t.request({
      method: 'POST',
      url: `/api/insurer/applications/${applicationNo}/policy`,
      payload: { taxCode: 'TY123456789012345679' },
      as: cast.asA,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().policyNo).toMatch(/^PH/);
  });
});

describe('webhook addresses: https in production, no loopback/private/link-local targets unless allowed', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  let server: http.Server;
  let port: number;
  const received: { path: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOWED_HOSTS: 'localhost, Hooks.Rebind.Test' } });
    cast = await createExchangeCast(t);
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body, headers: req.headers });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const register = (webhookUrl: string) =>
    t.request({ method: 'POST', url: '/api/insurer/api-keys', payload: { webhookUrl }, as: cast.asA });

  it.each([
    ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/'],
    ['IPv4 loopback', 'http://127.0.0.1:8080/hook'],
    ['loopback in decimal notation', 'http://2130706433/hook'],
    ['IPv6 loopback', 'http://[::1]/hook'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook'],
    ['IPv4-mapped IPv6 metadata address', 'http://[::ffff:a9fe:a9fe]/hook'],
    ['private 10/8', 'https://10.1.2.3/hook'],
    ['private 172.16/12', 'https://172.20.0.1/hook'],
    ['private 192.168/16', 'https://192.168.1.10/hook'],
    ['carrier-grade NAT 100.64/10', 'https://100.64.0.1/hook'],
    ['unspecified 0.0.0.0', 'http://0.0.0.0:3000/hook'],
    ['multicast', 'http://224.0.0.1/hook'],
    ['IPv6 unique local', 'https://[fd12:3456::1]/hook'],
    ['IPv6 link-local', 'https://[fe80::1]/hook'],
    ['a name that resolves to loopback (not on the allow-list)', 'http://localhost.localdomain/hook'],
    ['an unresolvable name', 'https://hooks.invalid/hook'],
    ['file: scheme', 'file:///etc/passwd'],
    ['gopher: scheme', 'gopher://93.184.216.34:70/_x'],
    ['ftp: scheme', 'ftp://93.184.216.34/hook'],
    ['credentials in the address', 'https://user:pass@93.184.216.34/hook'],
  ])('refuses %s with a Chinese message and stores no key', async (_case, url) => {
    const before = await t.ctx.db.select({ id: insurerApiKeys.id }).from(insurerApiKeys);
    const res = await register(url);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect(res.json().message).toMatch(/回调地址/);
    expect(await t.ctx.db.select({ id: insurerApiKeys.id }).from(insurerApiKeys)).toHaveLength(before.length);
  });

  it('names the refused address and the allow-list in the message', async () => {
    const res = await register('http://169.254.169.254/latest/meta-data/');
    expect(res.json().message).toContain('169.254.169.254');
    expect(res.json().message).toContain('WEBHOOK_ALLOWED_HOSTS');
  });

  it('accepts a public address, and an allow-listed host even though it is loopback', async () => {
    expect((await register('https://93.184.216.34/ph')).statusCode).toBe(201);
    const allowed = await register(`http://LOCALHOST:${port}/allowed`);
    expect(allowed.statusCode, allowed.body).toBe(201);
  });

  it('in production only https is accepted', async () => {
    const production = { ...t.ctx, config: { ...t.ctx.config, isProduction: true } };
    await expect(checkWebhookTarget(production, 'http://93.184.216.34/hook')).rejects.toThrow(
      '生产环境的回调地址必须使用 https',
    );
    await expect(checkWebhookTarget(production, 'https://93.184.216.34/hook')).resolves.toMatchObject({
      pinned: { address: '93.184.216.34' },
    });
    // the simulator's own endpoint is not exempt in production
    const simulatorUrl = `${t.ctx.config.publicUrl}/api/insurer-simulator/webhooks`;
    expect(isSimulatorTarget(t.ctx, simulatorUrl)).toBe(true);
    expect(isSimulatorTarget(production, simulatorUrl)).toBe(false);
  });

  it('checks again at delivery: a stored loopback address is refused without connecting', async () => {
    const insurer = await createOrg(t, { type: 'insurer', parentId: cast.platform.id });
    // As a row written before the rules (or a name whose DNS answer changed since registration).
    await t.ctx.db.insert(insurerApiKeys).values({
      insurerOrgId: insurer.id,
      keyId: `phk_${crypto.randomBytes(9).toString('hex')}`,
      secretEnc: t.ctx.crypto.encrypt('s'.repeat(43)),
      webhookUrl: `http://127.0.0.1:${port}/legacy`,
    });
    const legacy = await enqueueWebhook(t.ctx, t.ctx.db, insurer.id, 'order.submitted', { orderNo: 'X1' });
    expect(legacy).toEqual(expect.any(String));
    expect(
      await deliverWebhook(t.ctx, webhookTransport(t.ctx, null), { deliveryId: legacy!, attempt: 1 }),
    ).toBe('retry');
    const [row] = await t.ctx.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.insurerOrgId, insurer.id));
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null });
    expect(row!.lastError).toContain('127.0.0.1');
    expect(received.filter((r) => r.path === '/legacy')).toHaveLength(0);

    // A name that resolved to a public address at registration and to loopback now.
    const rebinding = webhookTransport(t.ctx, null, async () => [{ address: '127.0.0.1', family: 4 }]);
    await expect(rebinding(`http://hooks.example.com:${port}/rebound`, '{}', {})).rejects.toThrow(
      /回调地址指向本机/,
    );
    expect(received.filter((r) => r.path === '/rebound')).toHaveLength(0);
  });

  it('delivers to an allowed host over a connection pinned to the checked address', async () => {
    const insurer = await createOrg(t, { type: 'insurer', parentId: cast.platform.id });
    const staff = await createUser(t, { role: 'insurer_staff', orgId: insurer.id });
    // hooks.rebind.test does not exist in DNS: only the checked (here: given) address can be reached.
    const url = `http://hooks.rebind.test:${port}/pinned?x=1`;
    const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/insurer/api-keys',
          payload: { webhookUrl: url },
          as: await sessionFor(t, staff),
        })
      ).statusCode,
    ).toBe(400); // registration resolves with the real DNS, which does not know the name
    await t.ctx.db.insert(insurerApiKeys).values({
      insurerOrgId: insurer.id,
      keyId: `phk_${crypto.randomBytes(9).toString('hex')}`,
      secretEnc: t.ctx.crypto.encrypt('s'.repeat(43)),
      webhookUrl: url,
    });
    const pinned = await enqueueWebhook(t.ctx, t.ctx.db, insurer.id, 'order.submitted', { orderNo: 'X2' });
    expect(
      await deliverWebhook(t.ctx, webhookTransport(t.ctx, null, resolve), {
        deliveryId: pinned!,
        attempt: 1,
      }),
    ).toBe('delivered');
    const hit = received.find((r) => r.path === '/pinned?x=1')!;
    expect(JSON.parse(hit.body)).toMatchObject({ event: 'order.submitted', data: { orderNo: 'X2' } });
    expect(hit.headers['x-ph-signature']).toMatch(/^[0-9a-f]{64}$/);
    expect(hit.headers.host).toBe(`hooks.rebind.test:${port}`);
  });
});
