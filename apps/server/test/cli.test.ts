import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/index.js';

const BIN = new URL('../bin/policyhub.js', import.meta.url).pathname;

/** The `policyhub` command line, run as an operator would (from sources: no build needed). */
describe('policyhub CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-cli-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    POLICYHUB_FROM_SOURCE: '1',
    DATA_DIR: path.join(dir, 'data'),
    LOG_LEVEL: 'silent',
  };
  delete env.DATABASE_URL;
  let dbName = '';

  beforeAll(async () => {
    const adminUrl = inject('pgAdminUrl');
    if (adminUrl) {
      dbName = `policyhub_t_cli_${crypto.randomBytes(4).toString('hex')}`;
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`create database ${dbName}`);
      await c.end();
      const u = new URL(adminUrl);
      u.pathname = `/${dbName}`;
      env.DATABASE_URL = u.toString();
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const runIn = (environment: Record<string, string>, ...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env: environment,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const run = (...args: string[]) => runIn(env, ...args);

  it('migrates, seeds demo data idempotently, verifies the audit chain, backs up and restores', () => {
    expect(run('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('数据库迁移完成') });
    const first = run('seed-demo');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/新写入 [1-9]\d* 条/);
    expect(run('seed-demo').out).toContain('新写入 0 条');
    const verify = run('audit', 'verify');
    expect(verify).toMatchObject({ code: 0, out: expect.stringContaining('审计链完整') });
    const backupFile = path.join(dir, 'policyhub.backup');
    const backup = run('backup', backupFile);
    expect(backup.code, backup.out).toBe(0);
    expect(fs.statSync(backupFile).size).toBeGreaterThan(1000);
    const restore = run('restore', backupFile);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toMatch(/恢复完成/);
    expect(run('audit', 'verify').code).toBe(0);
  }, 180_000);

  it('restores into a fresh DATA_DIR only with the keys: refused (key ids named), then with the carried keys', () => {
    const passphraseFile = path.join(dir, 'passphrase.txt');
    fs.writeFileSync(passphraseFile, '运维口令-long enough passphrase\n');
    const plain = path.join(dir, 'plain.backup');
    const carried = path.join(dir, 'carried.backup');
    const noPassphrase = run('backup', carried, '--include-keys');
    expect(noPassphrase.code).toBe(1);
    expect(noPassphrase.out).toContain('--include-keys 必须同时用 --passphrase-file 提供口令');
    expect(fs.existsSync(carried)).toBe(false);
    const b1 = run('backup', plain);
    expect(b1.code, b1.out).toBe(0);
    expect(b1.out).toMatch(/加密数据使用的密钥：dev1（未随备份携带/);
    const b2 = run('backup', carried, '--include-keys', '--passphrase-file', passphraseFile);
    expect(b2.code, b2.out).toBe(0);
    expect(b2.out).toContain('已用口令加密随备份携带');

    // Another machine: a fresh DATA_DIR generates its own development keys on first start.
    const other = { ...env, DATA_DIR: path.join(dir, 'other-data') };
    const refused = runIn(other, 'restore', plain);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/恢复已拒绝，未做任何修改.*字段加密密钥 dev1（与备份时的密钥不同）/);
    const wrongFile = path.join(dir, 'wrong.txt');
    fs.writeFileSync(wrongFile, 'not the passphrase at all\n');
    const wrong = runIn(other, 'restore', carried, '--passphrase-file', wrongFile);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('备份口令错误');
    const restored = runIn(other, 'restore', carried, '--passphrase-file', passphraseFile);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toMatch(/已安装备份携带的密钥（dev1 与盲索引密钥）/);
    // The carried keys now open the data: restoring the key-less backup passes the check too.
    const again = runIn(other, 'restore', plain);
    expect(again.code, again.out).toBe(0);
  }, 240_000);

  it('refuses to restore a damaged file with exit code 1 and a Chinese message', () => {
    const bad = path.join(dir, 'bad.backup');
    fs.writeFileSync(bad, 'not a backup');
    const r = run('restore', bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/执行失败：备份文件无法读取/);
  }, 60_000);

  it('audit verify: deleting the newest rows after an anchor is reported, exit code 1', async () => {
    const first = run('audit', 'verify'); // intact: anchors the head
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/审计链完整：共 (\d+) 条记录/);
    const rows = Number(/共 (\d+) 条/.exec(first.out)![1]);
    // A database administrator deletes the last 5 rows (the CLI has exited: the database is free).
    const database = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      pgliteDir: path.join(env.DATA_DIR!, 'db'),
    });
    try {
      await database.executeSql(`delete from audit_log where seq > ${rows - 5}`);
    } finally {
      await database.close();
    }
    const r = run('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`审计日志尾部被删除（最后锚点 #${rows}`);
  }, 120_000);
});
