import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, documents, tasks } from '../src/tables.js';
import { retentionUntil } from '../src/modules/documents/index.js';
import { createTestApp, type TestApp } from './helpers.js';
import { beijingMidnight, createCast, documentState, makePolicy, type Cast } from './documents-support.js';

const addYears = (d: Date, n: number) => {
  const x = new Date(d);
  x.setUTCFullYear(x.getUTCFullYear() + n);
  return x;
};

/**
 * The archive (ED-5): retention dates (Insurance Law art. 87), deletion refused before them and
 * under legal hold, the integrity check that re-hashes and re-verifies every file, and the access
 * matrix of the archive routes.
 */
describe('archive', () => {
  let t: TestApp;
  let cast: Cast;
  let clock = Date.now();
  let oneYear: Awaited<ReturnType<typeof makePolicy>>;
  let threeYear: Awaited<ReturnType<typeof makePolicy>>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(clock) });
    cast = await createCast(t);
    const start = beijingMidnight(new Date(clock));
    oneYear = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      orgId: cast.enterprise.id,
      startsAt: start,
      endsAt: new Date(beijingMidnight(start, 365).getTime() - 1000),
    });
    threeYear = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      orgId: cast.enterprise.id,
      line: 'TAX_HEALTH',
      startsAt: start,
      endsAt: new Date(addYears(start, 3).getTime() - 1000),
    });
  });
  afterAll(async () => t?.close());

  it('keeps a one-year policy 5 years and a three-year policy 10 years after cover ends', () => {
    expect(oneYear.document.retentionUntil).toEqual(addYears(oneYear.policy.endsAt, 5));
    expect(threeYear.document.retentionUntil).toEqual(addYears(threeYear.policy.endsAt, 10));
    // Boundaries: exactly one year is "one year or less"; a day more is "longer than one year".
    const start = new Date('2025-01-01T00:00:00+08:00');
    const end1 = new Date('2025-12-31T23:59:59+08:00');
    expect(
      retentionUntil({ period: { startsAt: start, endsAt: end1 }, issuedAt: start, specimen: false }),
    ).toEqual(addYears(end1, 5));
    const end2 = new Date('2026-01-01T23:59:59+08:00');
    expect(
      retentionUntil({ period: { startsAt: start, endsAt: end2 }, issuedAt: start, specimen: false }),
    ).toEqual(addYears(end2, 10));
    expect(retentionUntil({ period: null, issuedAt: start, specimen: false })).toEqual(addYears(start, 5));
  });

  it('lists the archive for security and exchange admins, filtered by policy number and kind', async () => {
    for (const who of ['security', 'admin'] as const) {
      const res = await t.request({
        method: 'GET',
        url: `/api/admin/archive?policyNo=${threeYear.policy.policyNo}`,
        as: cast.as[who],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        total: 1,
        items: [
          {
            id: threeYear.document.id,
            documentNo: threeYear.document.documentNo,
            kind: 'policy',
            policyNo: threeYear.policy.policyNo,
            sha256: threeYear.document.sha256,
            legalHold: false,
            specimen: false,
            retentionUntil: threeYear.document.retentionUntil.toISOString(),
          },
        ],
      });
    }
    const receipts = await t.request({
      method: 'GET',
      url: '/api/admin/archive?kind=receipt',
      as: cast.as.security,
    });
    expect(receipts.json()).toMatchObject({ total: 0, items: [] });
  });

  it('refuses deletion before the retention date, with the date, and changes nothing', async () => {
    const before = await documentState(t);
    const res = await t.request({
      method: 'DELETE',
      url: `/api/admin/archive/${oneYear.document.id}`,
      as: cast.as.security,
    });
    expect(res.statusCode).toBe(409);
    const until = new Date(oneYear.document.retentionUntil.getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    expect(res.json()).toMatchObject({
      code: 'ARCHIVE_RETENTION',
      message: `未到保存期限（至 ${until}），不得删除`,
    });
    expect(await documentState(t)).toEqual(before);
  });

  it('legal hold blocks deletion even after the retention date; released, the document can go', async () => {
    const id = oneYear.document.id;
    const hold = await t.request({
      method: 'POST',
      url: `/api/admin/archive/${id}/legal-hold`,
      payload: { hold: true, reason: '（2031）京0108民初1234号诉讼保全' },
      as: cast.as.security,
    });
    expect(hold.statusCode, hold.body).toBe(200);
    expect(hold.json()).toMatchObject({ legalHold: true });
    clock = oneYear.document.retentionUntil.getTime() + 1000;
    try {
      const before = await documentState(t);
      const held = await t.request({
        method: 'DELETE',
        url: `/api/admin/archive/${id}`,
        as: cast.as.security,
      });
      expect(held.statusCode).toBe(409);
      expect(held.json().code).toBe('ARCHIVE_LEGAL_HOLD');
      expect(await documentState(t)).toEqual(before);

      await t.request({
        method: 'POST',
        url: `/api/admin/archive/${id}/legal-hold`,
        payload: { hold: false, reason: '诉讼已结案' },
        as: cast.as.security,
      });
      const [row] = await t.ctx.db.select().from(documents).where(eq(documents.id, id));
      const file = path.join(t.dataDir, 'files', ...row!.storageKey.split('/'));
      expect(fs.existsSync(file)).toBe(true);
      const gone = await t.request({
        method: 'DELETE',
        url: `/api/admin/archive/${id}`,
        as: cast.as.security,
      });
      expect(gone.statusCode, gone.body).toBe(200);
      expect(fs.existsSync(file)).toBe(false);
      const [after] = await t.ctx.db.select().from(documents).where(eq(documents.id, id));
      expect(after?.deletedAt).toBeTruthy();
      const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id));
      expect(audits.map((a) => a.action)).toEqual(
        expect.arrayContaining(['archive.legal_hold', 'archive.legal_hold_release', 'archive.delete']),
      );
      // The holder's download now says the document is gone, not that it never existed.
      const dl = await t.request({
        method: 'GET',
        url: `/api/documents/${id}/download`,
        as: cast.as.enterprise,
      });
      expect(dl.statusCode).toBe(410);
    } finally {
      clock = Date.now();
    }
  });

  it('archive verify: asking again while the check is queued returns the same task', async () => {
    const ask = async () => {
      const res = await t.request({ method: 'POST', url: '/api/admin/archive/verify', as: cast.as.security });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { taskId: string }).taskId;
    };
    const first = await ask(); // no worker runs yet in this file: it stays queued
    expect(await ask()).toBe(first);
    const [task] = await t.ctx.db.select().from(tasks).where(eq(tasks.id, first));
    expect(task).toMatchObject({
      type: 'archive.verify',
      status: 'queued',
      ownerUserId: cast.users.security.id,
    });
  });

  it('archive verify runs as a task: re-hashes and re-verifies every file and finds a modified one', async () => {
    await t.ctx.jobs.start();
    const verify = async () => {
      const res = await t.request({ method: 'POST', url: '/api/admin/archive/verify', as: cast.as.security });
      expect(res.statusCode, res.body).toBe(200);
      const { taskId } = res.json() as { taskId: string };
      expect(await t.ctx.jobs.waitFor(taskId, 60_000)).toEqual({ status: 'succeeded', error: null });
      const task = await t.request({ method: 'GET', url: `/api/tasks/${taskId}`, as: cast.as.security });
      expect(task.statusCode).toBe(200);
      expect(task.json()).toMatchObject({ type: 'archive.verify', progressDone: 1, progressTotal: 1 });
      // The task is its owner's: another user of the platform does not see it.
      const other = await t.request({ method: 'GET', url: `/api/tasks/${taskId}`, as: cast.as.admin });
      expect(other.statusCode).toBe(404);
      return task.json().result as {
        ok: boolean;
        checked: number;
        problemCount: number;
        problems: { id: string; documentNo: string; problem: string }[];
      };
    };
    expect(await verify()).toEqual({ ok: true, checked: 1, problemCount: 0, problems: [] });

    const [row] = await t.ctx.db.select().from(documents).where(eq(documents.id, threeYear.document.id));
    const file = path.join(t.dataDir, 'files', ...row!.storageKey.split('/'));
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf('/PolicyHubDocNo (') + 20;
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
    fs.writeFileSync(file, bytes);
    const bad = await verify();
    expect(bad).toMatchObject({ ok: false, checked: 1, problemCount: 2 });
    expect(bad.problems.map((p) => p.id)).toEqual([threeYear.document.id, threeYear.document.id]);
    expect(bad.problems[0]!.problem).toContain('哈希不一致');
    expect(bad.problems[1]!.problem).toContain('已被篡改');

    fs.rmSync(file);
    expect((await verify()).problems).toEqual([
      {
        id: threeYear.document.id,
        documentNo: threeYear.document.documentNo,
        problem: expect.stringContaining('文件缺失'),
      },
    ]);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'archive.verify'));
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorUserId === cast.users.security.id)).toBe(true);
  });

  it('access matrix of the archive routes: 401 anonymous, 403 other roles, 404 unknown, database unchanged', async () => {
    const id = threeYear.document.id;
    const calls = [
      { method: 'GET' as const, url: '/api/admin/archive', ok: ['security', 'admin'] },
      {
        method: 'POST' as const,
        url: `/api/admin/archive/${id}/legal-hold`,
        payload: { hold: true, reason: 'x' },
        ok: ['security'],
      },
      { method: 'DELETE' as const, url: `/api/admin/archive/${id}`, ok: ['security'] },
      { method: 'POST' as const, url: '/api/admin/archive/verify', ok: ['security'] },
    ];
    const before = await documentState(t);
    for (const { ok, ...c } of calls) {
      expect((await t.request(c)).statusCode, c.url).toBe(401);
      for (const who of ['admin', 'enterprise', 'insurerStaff', 'individual'] as const) {
        if (ok.includes(who)) continue;
        expect((await t.request({ ...c, as: cast.as[who] })).statusCode, `${who} ${c.method} ${c.url}`).toBe(
          403,
        );
      }
    }
    for (const c of [
      {
        method: 'POST' as const,
        url: '/api/admin/archive/00000000-0000-4000-8000-000000000000/legal-hold',
        payload: { hold: true, reason: 'x' },
      },
      { method: 'DELETE' as const, url: '/api/admin/archive/00000000-0000-4000-8000-000000000000' },
    ])
      expect((await t.request({ ...c, as: cast.as.security })).statusCode).toBe(404);
    expect(await documentState(t)).toEqual(before);
  });
});
