import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq } from 'drizzle-orm';
import { auditLog } from '../src/tables.js';
import {
  createAuditAnchors,
  recordAudit,
  startAuditAnchoring,
  SYSTEM_ACTOR,
  verifyAuditChain,
  type Actor,
  type AuditAnchors,
} from '../src/platform/audit/index.js';
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

describe('audit anchors: the chain head kept outside the database', () => {
  let t: TestApp;
  let anchors: AuditAnchors;
  const event = (i: number) => recordAudit(t.ctx.db, SYSTEM_ACTOR, { action: 'test.event', detail: { i } });
  const head = async () =>
    (await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]!
      .seq;

  beforeAll(async () => {
    t = await createTestApp();
    anchors = createAuditAnchors({ store: t.ctx.files.store, crypto: t.ctx.crypto });
  });
  afterAll(async () => t.close());

  it('detects deleted newest rows up to the latest anchor, and refuses to anchor over that evidence', async () => {
    for (let i = 0; i < 12; i++) await event(i);
    const anchored = await anchors.anchorHead(t.ctx.db, new Date());
    expect(anchored).toMatchObject({ written: true, anchor: { seq: await head() } });
    const n = anchored.anchor!.seq;
    expect(await verifyAuditChain(t.ctx.db, { anchors })).toMatchObject({
      ok: true,
      rows: n,
      anchor: { seq: n },
    });

    await t.database.executeSql(`delete from audit_log where seq > ${n - 5}`);
    // Without the anchor the shorter chain is still a valid chain: that was the defect.
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, rows: n - 5 });
    const report = await verifyAuditChain(t.ctx.db, { anchors });
    expect(report).toMatchObject({ ok: false, rows: n - 5, brokenAtSeq: n - 4 });
    expect(report.ok === false && report.reason).toContain(`审计日志尾部被删除（最后锚点 #${n}`);
    expect(report.ok === false && report.reason).toContain(`第 ${n - 4}–${n} 条缺失`);

    // The periodic anchoring must not bless the truncated chain.
    const again = await anchors.anchorHead(t.ctx.db, new Date());
    expect(again).toMatchObject({ written: false, anchor: { seq: n } });
    expect(again.problem).toContain(`审计锚点 #${n}`);
    expect((await anchors.latest()).anchor?.seq).toBe(n);

    // Writing on after the deletion (seq numbers reused) leaves a valid chain as long as before:
    // the anchored row's hash no longer matches.
    for (let i = 0; i < 7; i++) await event(100 + i);
    const rewritten = await verifyAuditChain(t.ctx.db, { anchors });
    expect(rewritten).toMatchObject({ ok: false, brokenAtSeq: n });
    expect(rewritten.ok === false && rewritten.reason).toContain('与审计锚点');
  });

  it('through the route: 审计日志尾部被删除 after the last rows are deleted', async () => {
    const basics = await seedBasics(t);
    const security = await sessionFor(t, basics.security);
    await anchors.rebase(t.ctx.db, new Date()); // the previous test left a broken log behind
    const verify = () => t.request({ method: 'POST', url: '/api/admin/audit/verify', as: security });
    expect((await verify()).json()).toMatchObject({ ok: true });
    // An intact chain is anchored by the verification, its own audit row included.
    const n = (await anchors.latest()).anchor!.seq;
    expect(n).toBe(await head());
    await t.database.executeSql(`delete from audit_log where seq > ${n - 5}`);
    const res = await verify();
    expect(res.json()).toMatchObject({ ok: false, brokenAtSeq: n - 4 });
    expect(res.json().reason).toContain(`审计日志尾部被删除（最后锚点 #${n}`);
  });

  it('cannot see rows appended after the latest anchor and deleted before the next one (the interval bounds it)', async () => {
    await anchors.rebase(t.ctx.db, new Date());
    const n = (await anchors.latest()).anchor!.seq;
    for (let i = 0; i < 3; i++) await event(200 + i);
    await t.database.executeSql(`delete from audit_log where seq > ${n}`);
    // An honest limit, not a feature: these three rows were never anchored.
    expect(await verifyAuditChain(t.ctx.db, { anchors })).toMatchObject({ ok: true, rows: n });
    expect(t.config.auditAnchorSeconds).toBe(60);
  });

  it('anchors periodically, and refuses an anchor file that was altered', async () => {
    await anchors.rebase(t.ctx.db, new Date());
    for (let i = 0; i < 3; i++) await event(300 + i);
    const target = await head();
    const running = startAuditAnchoring(anchors, t.ctx.db, {
      intervalMs: 50,
      now: () => new Date(),
      log: { error: () => undefined },
    });
    try {
      const deadline = Date.now() + 5_000;
      while ((await anchors.latest()).anchor?.seq !== target) {
        if (Date.now() > deadline) throw new Error('not anchored in time');
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await running.stop();
    }
    // Someone with access to the store moves the anchor back to hide a deletion: the MAC fails.
    const key = 'audit-anchors/latest.json';
    const doc = JSON.parse((await t.ctx.files.store.get(key)).toString('utf8'));
    await t.ctx.files.store.put(key, Buffer.from(JSON.stringify({ ...doc, seq: doc.seq - 2 })));
    const report = await verifyAuditChain(t.ctx.db, { anchors });
    expect(report).toMatchObject({ ok: false });
    expect(report.ok === false && report.reason).toContain('审计锚点签名无效');
  });
});
