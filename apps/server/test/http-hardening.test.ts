import crypto from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, files as filesTable } from '../src/tables.js';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/index.js';
import { installErrorHandler, outageOf } from '../src/platform/http/errors.js';
import { createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';
import { postLogin } from './accounts-support.js';
import { PDF, postFile, seedExchange } from './exchange-support.js';

/**
 * The shared HTTP layer under hostile or unlucky conditions (issue 8): forged forwarding headers,
 * text no column can store, outages of the database and the disk, and sweeps of refused calls.
 */

const forged = (i: number) => `203.0.113.${i + 1}`;
const ghost = () => `ghost_${crypto.randomBytes(4).toString('hex')}`;

/** The client addresses audited for failed logins of one user name, in order. */
async function failedLoginIps(t: Pick<TestApp, 'ctx'>, username: string): Promise<(string | null)[]> {
  const rows = await t.ctx.db
    .select({ ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.login_failed'), sql`${auditLog.detail}->>'username' = ${username}`))
    .orderBy(auditLog.seq);
  return rows.map((r) => r.ip);
}

describe('client address: X-Forwarded-For is believed only from TRUSTED_PROXIES', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '20' } });
  });
  afterAll(async () => t.close());

  it('TRUSTED_PROXIES empty (default): 24 logins with a new forged header each → 429 from the 21st, audit says 127.0.0.1', async () => {
    expect(t.config.trustedProxies).toEqual([]);
    // A new name each time: one name alone would lock after five failures (unknown names lock
    // like real ones), and this test is about the per-address limit.
    const names = Array.from({ length: 24 }, () => ghost());
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const res = await postLogin(t, {
        username: names[i]!,
        password: 'Wrong#pass1',
        headers: { 'x-forwarded-for': forged(i) },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    const ips = (await Promise.all(names.map((n) => failedLoginIps(t, n)))).flat();
    expect(ips).toHaveLength(20);
    expect(new Set(ips)).toEqual(new Set(['127.0.0.1']));
  });

  it('TRUSTED_PROXIES=127.0.0.1: the forwarded address is the client — its own limit, audited as such', async () => {
    const proxied = await createTestApp({
      database: t.database,
      env: { LOGIN_RATE_LIMIT: '20', TRUSTED_PROXIES: '127.0.0.1' },
    });
    try {
      expect(proxied.config.trustedProxies).toEqual(['127.0.0.1']);
      const names = Array.from({ length: 24 }, () => ghost());
      for (let i = 0; i < 24; i++) {
        const res = await postLogin(proxied, {
          username: names[i]!,
          password: 'Wrong#pass1',
          headers: { 'x-forwarded-for': forged(i) },
        });
        expect(res.statusCode, res.body).toBe(401);
      }
      expect((await Promise.all(names.map((n) => failedLoginIps(proxied, n)))).flat()).toEqual(
        Array.from({ length: 24 }, (_, i) => forged(i)),
      );

      // One address behind the proxy still has its limit: 20 allowed, the 21st refused.
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++)
        statuses.push(
          (
            await postLogin(proxied, {
              username: ghost(),
              password: 'Wrong#pass1',
              headers: { 'x-forwarded-for': '198.51.100.20' },
            })
          ).statusCode,
        );
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));

      // Only listed hops are skipped: behind an unlisted hop the unlisted hop is the client.
      const chained = ghost();
      await postLogin(proxied, {
        username: chained,
        password: 'Wrong#pass1',
        headers: { 'x-forwarded-for': '198.51.100.7, 192.0.2.9' },
      });
      expect(await failedLoginIps(proxied, chained)).toEqual(['192.0.2.9']);
    } finally {
      await proxied.close();
    }
  });

  it('reads TRUSTED_PROXIES as a comma list of addresses or CIDRs and refuses a malformed entry at start', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8 ,::1' }).trustedProxies).toEqual(['10.0.0.0/8', '::1']);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, not-an-address' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe('outages: the database or the disk gone is a 503 / 507 with a Chinese reason, not 500', () => {
  it('PostgreSQL not reachable (nothing listens on its port): the driver’s error → 503 服务暂时不可用', async () => {
    // The app cannot even start without its database (jobs install their schema), so the
    // refused connection is taken from a real pool on a dead port and answered by the one
    // error handler of the app.
    const dead = await openDatabase({
      databaseUrl: 'postgres://policyhub:x@127.0.0.1:1/policyhub',
      poolSize: 2,
    });
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    app.get('/probe', async () => dead.db.execute(sql`select 1`));
    try {
      const refused = await dead.db.execute(sql`select 1`).catch((e: unknown) => e);
      expect(outageOf(refused)).toBe('database');
      const res = await app.inject({ method: 'GET', url: '/probe' });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后重试' });
      expect(res.headers['retry-after']).toBe('30');
    } finally {
      await app.close();
      await dead.close();
    }
  });

  it('the database closed under the running app (PGlite closed, pool ended): 503, not 500', async () => {
    const t = await createTestApp();
    const as = await sessionFor(t, await createUser(t, { role: 'individual' }));
    await t.database.close();
    try {
      for (const request of [
        { method: 'GET' as const, url: '/api/auth/captcha' },
        { method: 'GET' as const, url: '/api/me', as },
      ]) {
        const res = await t.request(request);
        expect(res.statusCode, `${request.url}: ${res.body}`).toBe(503);
        expect(res.json().code).toBe('SERVICE_UNAVAILABLE');
        expect(res.json().message).toBe('服务暂时不可用，请稍后重试');
      }
    } finally {
      await t.app.close();
    }
  });

  it('a full disk when an upload is stored: 507 存储空间已满, and no file row is left', async () => {
    const t = await createTestApp();
    try {
      const s = await seedExchange(t);
      const created = await t.request({
        method: 'POST',
        url: '/api/enterprise/orders',
        payload: { productId: s.product.productId },
        as: s.asOperator,
      });
      const orderId = created.json().id as string;
      // The outside world fails: the file system reports no space left (as fs.writeFile would).
      t.ctx.files.store.put = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          errno: -28,
          syscall: 'write',
        });
      };
      const files = async () => (await t.ctx.db.select({ id: filesTable.id }).from(filesTable)).length;
      const before = await files();
      const res = await postFile(
        t,
        s.asOperator,
        `/api/enterprise/orders/${orderId}/scans/licence`,
        'licence.pdf',
        PDF,
      );
      expect(res.statusCode, res.body).toBe(507);
      expect(res.json()).toEqual({ code: 'STORAGE_FULL', message: '存储空间已满，请联系管理员' });
      expect(await files()).toBe(before);
    } finally {
      await t.close();
    }
  });

  it('tells outages apart from other errors by their codes, through wrapping causes', () => {
    const wrap = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });
    const pgError = (code: string) =>
      Object.assign(new Error('terminating connection'), { code, severity: 'FATAL' });
    expect(
      outageOf(
        wrap(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
      ),
    ).toBe('database');
    expect(outageOf(wrap(pgError('57P01')))).toBe('database'); // admin_shutdown
    expect(outageOf(wrap(pgError('08006')))).toBe('database'); // connection_failure
    expect(outageOf(wrap(new Error('Connection terminated unexpectedly')))).toBe('database');
    expect(outageOf(new Error('PGlite is closed'))).toBe('database');
    expect(outageOf(wrap(pgError('53100')))).toBe('storage'); // disk_full
    expect(outageOf(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))).toBe('storage');
    expect(outageOf(wrap(pgError('23505')))).toBeNull(); // unique violation: a bug or a race, not an outage
    expect(outageOf(new Error('something else'))).toBeNull();
    expect(outageOf(new TypeError('x is undefined'))).toBeNull();
  });
});

describe('refused calls leave a trace: a sweep of other organizations’ objects is one security audit event', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const sweepRows = async (userId: string) =>
    t.ctx.db
      .select({ detail: auditLog.detail, ip: auditLog.ip, entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'security.access_denied_sweep'), eq(auditLog.actorUserId, userId)));

  /** The event is written after the response; wait for it (or for the time it would take). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('25 GETs of another enterprise’s order → 404 each and one security.access_denied_sweep row; 5 → none', async () => {
    const s = await seedExchange(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    expect(created.statusCode, created.body).toBe(200);
    const orderId = created.json().id as string;

    const quiet = await createUser(t, { role: 'enterprise_operator', orgId: s.other.id });
    const asQuiet = await sessionFor(t, quiet);
    for (let i = 0; i < 5; i++) {
      const res = await t.request({ method: 'GET', url: `/api/enterprise/orders/${orderId}`, as: asQuiet });
      expect(res.statusCode).toBe(404);
    }
    await settle();
    expect(await sweepRows(quiet.id)).toEqual([]);

    for (let i = 0; i < 25; i++) {
      const res = await t.request({
        method: 'GET',
        url: `/api/enterprise/orders/${i % 2 ? orderId : crypto.randomUUID()}`,
        as: s.asOther,
      });
      expect(res.statusCode).toBe(404);
    }
    await settle();
    const rows = await sweepRows(s.otherOperator.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ip).toBe('127.0.0.1');
    expect(rows[0]!.entityId).toBe(s.otherOperator.id);
    expect(rows[0]!.detail).toMatchObject({
      denied: 20,
      windowSeconds: 60,
      statuses: { 404: 20 },
      routes: ['GET /api/enterprise/orders/:id'],
    });
    expect((rows[0]!.detail as { paths: string[] }).paths).toContain(`/api/enterprise/orders/${orderId}`);

    // Rate-limited: the sweep going on within the minute writes nothing more.
    for (let i = 0; i < 30; i++)
      await t.request({ method: 'GET', url: `/api/enterprise/orders/${crypto.randomUUID()}`, as: s.asOther });
    await settle();
    expect(await sweepRows(s.otherOperator.id)).toHaveLength(1);

    // The security admin sees it on the audit page, and the chain still verifies.
    const asSecurity = await sessionFor(t, s.security);
    const page = await t.request({
      method: 'GET',
      url: '/api/admin/audit?action=security.access_denied_sweep',
      as: asSecurity,
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().items.map((r: { actorName: string }) => r.actorName)).toHaveLength(1);
    const verify = await t.request({ method: 'POST', url: '/api/admin/audit/verify', as: asSecurity });
    expect(verify.json().ok).toBe(true);
  });

  it('does not count refusals of routes without an object (a role refused on a list) or anonymous calls', async () => {
    const individual = await createUser(t, { role: 'individual', orgId: null });
    const as = await sessionFor(t, individual);
    for (let i = 0; i < 25; i++) {
      expect((await t.request({ method: 'GET', url: '/api/admin/users', as })).statusCode).toBe(403);
      expect(
        (await t.request({ method: 'GET', url: `/api/enterprise/orders/${crypto.randomUUID()}` })).statusCode,
      ).toBe(401);
    }
    await settle();
    expect(await sweepRows(individual.id)).toEqual([]);
  });
});
