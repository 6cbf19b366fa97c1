import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from './helpers.js';
import { loadConfig } from '../src/platform/config.js';
import { createStartupPhases } from '../src/platform/startup-phases.js';
import { startServer } from '../src/server.js';

describe('a starting server', () => {
  it('prints its phases as human lines, keeps the structured log as JSON, and ends with the ready line', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-phases-'));
    let console = '';
    const out = { write: (text: string) => (console += text) };
    const startedAt = Date.now() - 3_000; // npm start began with the build, 3 s ago
    const config = loadConfig({
      DATA_DIR: dataDir,
      PORT: '0',
      DEMO_DATA: '0',
      POLICYHUB_TEST_MODE: '1', // logs its warning between the phases
      LOG_LEVEL: 'info',
      FIELD_ENCRYPTION_KEYS: `t1:${Buffer.alloc(32, 7).toString('base64')}`,
      BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
      POLICYHUB_STARTED_AT: String(startedAt),
    });
    expect(config.startedAt).toBe(startedAt);
    const running = await startServer(config, {
      phases: createStartupPhases({ out, startedAt }),
      out,
      database: await openTestDatabase(),
    });
    try {
      const lines = console.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^PolicyHub ▸ 迁移数据库 migrating … \d+\.\d s \(/);
      // The test-mode warning is still a JSON record, on its own line.
      const warning = lines.find((line) => line.includes('测试模式已开启'));
      expect(JSON.parse(warning!)).toMatchObject({ level: 40 });
      // Neither "Server listening at …" nor "PolicyHub 已启动：…": the ready line says both.
      expect(console).not.toMatch(/listen|已启动/);
      const ready = lines.at(-1)!;
      expect(ready).toMatch(/^PolicyHub ▸ 就绪 ready at http:\/\/127\.0\.0\.1:0 in (\d+\.\d) s$/);
      expect(Number(/in (\d+\.\d) s$/.exec(ready)![1])).toBeGreaterThanOrEqual(3);
      expect(lines).toHaveLength(3);
    } finally {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
