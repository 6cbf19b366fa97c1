import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { auditLog } from '../src/platform/db/schema.js';
import { recordAudit, SYSTEM_ACTOR, type Actor } from '../src/platform/audit/index.js';
import { createTestApp, createUser, seedBasics, sessionFor, type Headers, type TestApp } from './helpers.js';

/** Today's date in China Standard Time, as the audit page's date pickers send it. */
function shanghaiDate(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('audit log search and verification', () => {
  let t: TestApp;
  let security: Headers;
  let seqs: number[] = [];
  const alice: Actor = { userId: null, name: '审计员张三', orgId: null, ip: '10.0.0.1' };
  const bob: Actor = { userId: null, name: '李四', orgId: null, ip: '10.0.0.2' };

  beforeAll(async () => {
    t = await createTestApp();
    const basics = await seedBasics(t);
    security = await sessionFor(t, basics.security);
    await recordAudit(t.ctx.db, alice, {
      action: 'policy.issue',
      entityType: 'policy',
      entityId: 'P-001',
      detail: { premium: 12_000 },
    });
    await recordAudit(t.ctx.db, bob, {
      action: 'policy.cancel',
      entityType: 'policy',
      entityId: 'P-001',
      detail: { reason: '撤单' },
    });
    await recordAudit(t.ctx.db, bob, {
      action: 'user.create',
      entityType: 'user',
      entityId: 'U-9',
      detail: {},
    });
    await t.ctx.db.transaction((tx) =>
      recordAudit(tx, SYSTEM_ACTOR, { action: 'pii.view', entityType: 'user', entityId: 'U-9' }),
    );
    await recordAudit(t.ctx.db, alice, { action: 'policy%.odd', entityType: 'policy', entityId: 'P-002' });
    seqs = (await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(asc(auditLog.seq))).map(
      (r) => r.seq,
    );
  });
  afterAll(async () => t.close());

  const search = async (query: string) => {
    const res = await t.request({ method: 'GET', url: `/api/admin/audit${query}`, as: security });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      items: { seq: number; action: string; actorName: string; at: string; detail: unknown; ip: string }[];
      total: number;
    };
  };

  it('lists entries newest first with every field', async () => {
    const page = await search('?pageSize=200');
    expect(page.total).toBe(seqs.length);
    expect(page.items.map((i) => i.seq)).toEqual([...seqs].reverse());
    const issue = page.items.find((i) => i.action === 'policy.issue')!;
    expect(issue).toMatchObject({
      actorName: '审计员张三',
      ip: '10.0.0.1',
      detail: { premium: 12_000 },
      entityType: 'policy',
      entityId: 'P-001',
    });
    expect(new Date(issue.at).toISOString()).toBe(issue.at);
  });

  it('filters by action prefix (wildcards taken literally), actor name, entity and paging', async () => {
    expect((await search('?action=policy.')).items.map((i) => i.action)).toEqual([
      'policy.cancel',
      'policy.issue',
    ]);
    expect((await search(`?action=${encodeURIComponent('policy%')}`)).items.map((i) => i.action)).toEqual([
      'policy%.odd',
    ]);
    expect((await search(`?actor=${encodeURIComponent('张三')}`)).items.map((i) => i.action)).toEqual([
      'policy%.odd',
      'policy.issue',
    ]);
    const entity = await search('?entityType=user&entityId=U-9');
    expect(entity.items.map((i) => i.action)).toEqual(['pii.view', 'user.create']);
    const paged = await search('?pageSize=2&page=2');
    expect(paged.total).toBe(seqs.length);
    expect(paged.items.map((i) => i.seq)).toEqual([...seqs].reverse().slice(2, 4));
  });

  it('filters by date range (dates are China Standard Time days) and date-times', async () => {
    expect((await search(`?from=${shanghaiDate()}&to=${shanghaiDate()}`)).total).toBe(seqs.length);
    expect((await search(`?to=${shanghaiDate(-1)}`)).total).toBe(0);
    expect((await search(`?from=${shanghaiDate(1)}`)).total).toBe(0);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await search(`?from=${encodeURIComponent(future)}`)).total).toBe(0);
    const bad = await t.request({ method: 'GET', url: '/api/admin/audit?from=yesterday', as: security });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    // A date that does not exist is refused, not turned into an invalid instant.
    const impossible = await t.request({
      method: 'GET',
      url: '/api/admin/audit?to=2025-02-30',
      as: security,
    });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().message).toContain('存在的日期');
  });

  it('is for security admins only', async () => {
    const basics = await seedBasics(t);
    const individual = await createUser(t, { role: 'individual' });
    for (const user of [basics.admin, individual]) {
      const as = await sessionFor(t, user);
      expect((await t.request({ method: 'GET', url: '/api/admin/audit', as })).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url: '/api/admin/audit/verify', as })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/api/admin/audit/verify' })).statusCode).toBe(401);
    const noCsrf = await t.request({
      method: 'POST',
      url: '/api/admin/audit/verify',
      headers: { cookie: security.cookie! },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF_FAILED');
  });

  it('verifies an intact chain and records that it did', async () => {
    const before = (await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog)).length;
    const res = await t.request({ method: 'POST', url: '/api/admin/audit/verify', as: security });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, rows: before });
    const [last] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'audit.verify'));
    expect(last).toMatchObject({ entityType: 'audit_log', detail: { ok: true, rows: before } });
  });

  it('reports the altered entry when a row is changed behind the application’s back', async () => {
    const target = seqs[1]!;
    await t.database.executeSql(
      `update audit_log set detail = jsonb_set(detail, '{reason}', '"篡改"') where seq = ${target}`,
    );
    const res = await t.request({ method: 'POST', url: '/api/admin/audit/verify', as: security });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, brokenAtSeq: target, rows: target - 1 });
    expect(res.json().reason).toContain('篡改');
    // Put it back: the chain is whole again.
    await t.database.executeSql(
      `update audit_log set detail = jsonb_set(detail, '{reason}', '"撤单"') where seq = ${target}`,
    );
    expect(
      (await t.request({ method: 'POST', url: '/api/admin/audit/verify', as: security })).json().ok,
    ).toBe(true);
  });

  it('reports the missing entry when a row in the middle is deleted', async () => {
    const target = seqs[2]!;
    await t.database.executeSql(`delete from audit_log where seq = ${target}`);
    const res = await t.request({ method: 'POST', url: '/api/admin/audit/verify', as: security });
    expect(res.json()).toMatchObject({ ok: false, brokenAtSeq: target });
    expect(res.json().reason).toContain('缺失');
    const [recorded] = await t.ctx.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.verify'))
      .orderBy(asc(auditLog.seq))
      .offset(3);
    expect(recorded?.detail).toMatchObject({ ok: false, brokenAtSeq: target });
  });
});
