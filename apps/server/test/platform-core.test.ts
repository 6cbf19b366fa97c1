import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/index.js';
import { createFieldCrypto } from '../src/platform/crypto/field-crypto.js';
import { AppError } from '../src/platform/errors.js';

const key = (n: number) => Buffer.alloc(32, n).toString('base64');

describe('configuration', () => {
  it('refuses test mode in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        POLICYHUB_TEST_MODE: '1',
        FIELD_ENCRYPTION_KEYS: `a:${key(1)}`,
        BLIND_INDEX_KEY: key(2),
      }),
    ).toThrow(/生产环境.*不允许开启测试模式/);
  });

  it('demands explicit field keys in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/FIELD_ENCRYPTION_KEYS/);
  });

  it('rejects a malformed number with a Chinese message', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/配置错误 PORT/);
  });
});

describe('field encryption', () => {
  it('round-trips, hides the plaintext and keeps old keys readable after rotation', () => {
    const old = createFieldCrypto(`k1:${key(1)}`, key(9));
    const cipher = old.encrypt('6222020200112233445');
    expect(cipher).not.toContain('6222020200112233445');
    expect(old.keyIdOf(cipher)).toBe('k1');
    const rotated = createFieldCrypto(`k2:${key(2)},k1:${key(1)}`, key(9));
    expect(rotated.decrypt(cipher)).toBe('6222020200112233445');
    expect(rotated.keyIdOf(rotated.encrypt('x'))).toBe('k2');
    expect(rotated.blindIndex('abc')).toBe(old.blindIndex('abc'));
  });

  it('detects a modified ciphertext', () => {
    const c = createFieldCrypto(`k1:${key(1)}`, key(9));
    const cipher = c.encrypt('110101199003070011').split('.');
    cipher[3] = Buffer.from('tampered').toString('base64url');
    expect(() => c.decrypt(cipher.join('.'))).toThrow();
  });
});

describe('embedded database lock', () => {
  it('refuses a second process on the same data folder with a clear message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-lock-'));
    const dbDir = path.join(dir, 'db');
    // The first "process" holds the lock: a real child process opening the database.
    const script = `
      import { openDatabase } from ${JSON.stringify(new URL('../src/platform/db/index.ts', import.meta.url).href)};
      const db = await openDatabase({ pgliteDir: ${JSON.stringify(dbDir)} });
      console.log('READY');
      setTimeout(async () => { await db.close(); process.exit(0); }, 30000);
    `;
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('READY') && resolve());
        child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
      });
      const attempt = openDatabase({ pgliteDir: dbDir });
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(openDatabase({ pgliteDir: dbDir })).rejects.toThrow(
        new RegExp(`正被另一个 PolicyHub 进程（PID ${child.pid}）使用`),
      );
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    // The holder died without cleaning up: its stale lock is taken over.
    const db = await openDatabase({ pgliteDir: dbDir });
    await db.executeSql('select 1');
    await db.close();
    expect(fs.existsSync(path.join(dir, 'policyhub.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
