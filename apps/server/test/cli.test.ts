import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import pg from 'pg';

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

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };

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

  it('refuses to restore a damaged file with exit code 1 and a Chinese message', () => {
    const bad = path.join(dir, 'bad.backup');
    fs.writeFileSync(bad, 'not a backup');
    const r = run('restore', bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/执行失败：备份文件无法读取/);
  }, 60_000);
});
