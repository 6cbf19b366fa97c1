import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../src/platform/db/schema.js';
import { loadConfig } from '../src/platform/config.js';
import { createTestApp, type TestApp } from './helpers.js';
import { postLogin } from './accounts-support.js';

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
    const username = ghost();
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const res = await postLogin(t, {
        username,
        password: 'Wrong#pass1',
        headers: { 'x-forwarded-for': forged(i) },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    const ips = await failedLoginIps(t, username);
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
      const username = ghost();
      for (let i = 0; i < 24; i++) {
        const res = await postLogin(proxied, {
          username,
          password: 'Wrong#pass1',
          headers: { 'x-forwarded-for': forged(i) },
        });
        expect(res.statusCode, res.body).toBe(401);
      }
      expect(await failedLoginIps(proxied, username)).toEqual(
        Array.from({ length: 24 }, (_, i) => forged(i)),
      );

      // One address behind the proxy still has its limit: 20 allowed, the 21st refused.
      const one = ghost();
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++)
        statuses.push(
          (
            await postLogin(proxied, {
              username: one,
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
