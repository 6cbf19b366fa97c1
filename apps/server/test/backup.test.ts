import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../src/platform/backup/index.js';
import { createLocalStore } from '../src/platform/files/local-store.js';
import { recordAudit, verifyAuditChain, SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { createOrg, createTestApp, createUser, openTestDatabase, type TestApp } from './helpers.js';

async function counts(t: { executeSql: TestApp['database']['executeSql'] }) {
  const tables = ['organizations', 'users', 'audit_log', 'outbox', 'files'];
  const out: Record<string, number> = {};
  for (const table of tables)
    out[table] = Number((await t.executeSql(`select count(*)::int as n from ${table}`)).rows[0].n);
  return out;
}

describe('backup and restore (round trip on the configured database)', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-backup-'));
    const org = await createOrg(t, { type: 'enterprise', name: '北京星辰科技有限公司' });
    await createUser(t, { role: 'enterprise_operator', orgId: org.id });
    await t.ctx.files.saveGenerated(t.ctx.db, {
      data: Buffer.from('结果工作簿内容'),
      originalName: '结果.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      purpose: 'test',
      ownerUserId: null,
      ownerOrgId: org.id,
    });
    for (let i = 0; i < 5; i++)
      await recordAudit(t.ctx.db, SYSTEM_ACTOR, { action: 'test.event', detail: { i, note: '中文内容' } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every row into a fresh database, with an intact audit chain and working sequences', async () => {
    const file = path.join(dir, 'backup.phb');
    const before = await counts(t.database);
    const result = await backupDatabase(t.database, t.ctx.files.store, file);
    expect(result.rows).toBeGreaterThanOrEqual(before.organizations! + before.users! + before.audit_log!);
    expect(result.files).toBe(1);

    const fresh = await openTestDatabase();
    try {
      const freshStore = createLocalStore(path.join(dir, 'restored-files'));
      const restored = await restoreDatabase(fresh, freshStore, file);
      expect(restored.files).toBe(1);
      expect(await counts(fresh)).toEqual(before);
      const [fileRow] = (await fresh.executeSql(`select storage_key from files`)).rows;
      expect((await freshStore.get(fileRow.storage_key)).toString()).toBe('结果工作簿内容');
      const [orgRow] = (
        await fresh.executeSql(`select name from organizations where name = '北京星辰科技有限公司'`)
      ).rows;
      expect(orgRow?.name).toBe('北京星辰科技有限公司');
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: true, rows: before.audit_log });
      // The audit sequence continues after the restored rows.
      await recordAudit(fresh.db, SYSTEM_ACTOR, { action: 'after.restore' });
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: true, rows: before.audit_log! + 1 });
    } finally {
      await fresh.close();
    }
  });

  it('refuses a truncated backup and leaves the database untouched', async () => {
    const file = path.join(dir, 'full.phb');
    await backupDatabase(t.database, null, file);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const truncated = path.join(dir, 'truncated.phb');
    fs.writeFileSync(truncated, zlib.gzipSync(text.slice(0, Math.max(2, text.length - 3)).join('\n')));
    const before = await counts(t.database);
    await expect(restoreDatabase(t.database, null, truncated)).rejects.toThrow(/不完整/);
    expect(await counts(t.database)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(dir, 'bogus.phb');
    fs.writeFileSync(bogus, zlib.gzipSync('{"hello":1}\n'));
    await expect(restoreDatabase(t.database, null, bogus)).rejects.toThrow(/不是 PolicyHub 备份文件/);
    const notGzip = path.join(dir, 'plain.phb');
    fs.writeFileSync(notGzip, 'plain text');
    await expect(restoreDatabase(t.database, null, notGzip)).rejects.toThrow(/备份文件无法读取/);
  });
});
