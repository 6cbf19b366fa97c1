import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backupDatabase, restoreDatabase } from '../src/platform/backup/index.js';
import { createLocalStore } from '../src/platform/files/local-store.js';
import { recordAudit, verifyAuditChain, SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { createFieldCrypto } from '../src/platform/crypto/field-crypto.js';
import { installFieldKeys, resolveFieldKeys } from '../src/platform/crypto/dev-keys.js';
import { loadConfig } from '../src/platform/config.js';
import { users } from '../src/tables.js';
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
      const restored = await restoreDatabase(fresh, freshStore, file, { crypto: t.ctx.crypto });
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
    await expect(restoreDatabase(t.database, null, truncated, { crypto: t.ctx.crypto })).rejects.toThrow(
      /不完整/,
    );
    expect(await counts(t.database)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(dir, 'bogus.phb');
    fs.writeFileSync(bogus, zlib.gzipSync('{"hello":1}\n'));
    await expect(restoreDatabase(t.database, null, bogus, { crypto: t.ctx.crypto })).rejects.toThrow(
      /不是 PolicyHub 备份文件/,
    );
    const notGzip = path.join(dir, 'plain.phb');
    fs.writeFileSync(notGzip, 'plain text');
    await expect(restoreDatabase(t.database, null, notGzip, { crypto: t.ctx.crypto })).rejects.toThrow(
      /备份文件无法读取/,
    );
  });
});

describe('backup and restore: the field-encryption keys', () => {
  const ID_NUMBER = '110101199003070011';
  const PASSPHRASE = '备份口令-correct horse battery staple';
  let t: TestApp;
  let dir: string;
  let userId: string;
  const key = (n: number) => Buffer.alloc(32, n).toString('base64');
  /** Another installation: a fresh DATA_DIR whose development keys were generated on first start. */
  const freshInstall = (name: string) => {
    const config = loadConfig({ DATA_DIR: path.join(dir, name) });
    const material = resolveFieldKeys(config, () => undefined);
    return { config, material, crypto: createFieldCrypto(material.keys, material.blindIndexKey) };
  };
  const userCount = async (db: TestApp['database']) =>
    Number((await db.executeSql('select count(*)::int as n from users')).rows[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-backup-keys-'));
    const user = await createUser(t, { role: 'individual' });
    userId = user.id;
    await t.ctx.db
      .update(users)
      .set({ idNumberEnc: t.ctx.crypto.encrypt(ID_NUMBER), idNumberIdx: t.ctx.crypto.blindIndex(ID_NUMBER) })
      .where(eq(users.id, userId));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to restore into an installation with other keys, naming the key ids, and changes nothing', async () => {
    const file = path.join(dir, 'plain.phb');
    const backup = await backupDatabase(t.database, null, file, { crypto: t.ctx.crypto });
    expect(backup).toMatchObject({ keyIds: ['t1'], keysIncluded: false });
    const fresh = await openTestDatabase();
    try {
      const before = await userCount(fresh);
      // Other material under the same id (both installations call their key "t1").
      const sameId = createFieldCrypto(`t1:${key(3)}`, key(4));
      await expect(restoreDatabase(fresh, null, file, { crypto: sameId })).rejects.toThrow(
        /恢复已拒绝，未做任何修改.*字段加密密钥 t1（与备份时的密钥不同）.*盲索引密钥/,
      );
      const other = freshInstall('other');
      await expect(restoreDatabase(fresh, null, file, { crypto: other.crypto })).rejects.toThrow(
        /字段加密密钥 t1（未配置）/,
      );
      expect(await userCount(fresh)).toBe(before);
      // The right field key but another blind-index key: lookups would fail silently — refused too.
      const otherIndex = createFieldCrypto(`t1:${Buffer.alloc(32, 7).toString('base64')}`, key(5));
      await expect(restoreDatabase(fresh, null, file, { crypto: otherIndex })).rejects.toThrow(
        /^(?!.*字段加密密钥).*盲索引密钥 BLIND_INDEX_KEY/,
      );
      expect(await userCount(fresh)).toBe(before);
    } finally {
      await fresh.close();
    }
  });

  it('carries the keys under a passphrase and installs them on restore: the ID number reads again', async () => {
    const file = path.join(dir, 'with-keys.phb');
    const material = { keys: t.config.fieldEncryptionKeys!, blindIndexKey: t.config.blindIndexKey! };
    await expect(
      backupDatabase(t.database, null, file, {
        crypto: t.ctx.crypto,
        includeKeys: { material, passphrase: 'short' },
      }),
    ).rejects.toThrow(/口令至少 12 个字符/);
    const backup = await backupDatabase(t.database, null, file, {
      crypto: t.ctx.crypto,
      includeKeys: { material, passphrase: PASSPHRASE },
    });
    expect(backup.keysIncluded).toBe(true);
    const raw = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    expect(raw).not.toContain(Buffer.alloc(32, 7).toString('base64')); // the key is not in clear
    expect(raw).not.toContain(ID_NUMBER);

    const fresh = await openTestDatabase();
    try {
      const other = freshInstall('carried');
      const keyFile = path.join(other.config.dataDir, 'keys', 'field-keys.json');
      const generated = fs.readFileSync(keyFile, 'utf8');
      const before = await userCount(fresh);
      const install = (m: typeof material) => installFieldKeys(other.config, m);
      // Without the passphrase, and with a wrong one: refused, database and key file unchanged.
      await expect(
        restoreDatabase(fresh, null, file, { crypto: other.crypto, installKeys: install }),
      ).rejects.toThrow(/备份携带了加密密钥，请用 --passphrase-file 提供备份口令/);
      await expect(
        restoreDatabase(fresh, null, file, {
          crypto: other.crypto,
          passphrase: '错误的口令-wrong passphrase',
          installKeys: install,
        }),
      ).rejects.toThrow(/备份口令错误.*未做任何修改/);
      expect(await userCount(fresh)).toBe(before);
      expect(fs.readFileSync(keyFile, 'utf8')).toBe(generated);
      // Keys set by the environment cannot be replaced by a file: refused, named.
      await expect(
        restoreDatabase(fresh, null, file, { crypto: other.crypto, passphrase: PASSPHRASE }),
      ).rejects.toThrow(/环境变量 FIELD_ENCRYPTION_KEYS/);
      expect(await userCount(fresh)).toBe(before);

      const restored = await restoreDatabase(fresh, null, file, {
        crypto: other.crypto,
        passphrase: PASSPHRASE,
        installKeys: install,
      });
      expect(restored.keysInstalled).toMatchObject({ file: keyFile, keyIds: ['t1'] });
      expect(fs.readFileSync(restored.keysInstalled!.previous!, 'utf8')).toBe(generated);
      // What the restarted installation now reads from its DATA_DIR.
      const reopened = resolveFieldKeys(other.config, () => undefined);
      const c = createFieldCrypto(reopened.keys, reopened.blindIndexKey);
      const [row] = (
        await fresh.executeSql('select id_number_enc, id_number_idx from users where id = $1', [userId])
      ).rows;
      expect(c.decrypt(row.id_number_enc)).toBe(ID_NUMBER);
      expect(c.blindIndex(ID_NUMBER)).toBe(row.id_number_idx);
    } finally {
      await fresh.close();
    }
  });
});
