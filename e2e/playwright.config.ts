import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

// The browser suite runs the BUILT app (npm run build) on a throw-away embedded database with
// demo data and the documented test mode (captcha answers are returned; SMS codes come from the
// outbox through the admin message center, never bypassed).
const PORT = Number(process.env.E2E_PORT ?? 3210);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-e2e-'));

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  outputDir: './out/results',
  timeout: 90_000,
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node apps/server/dist/main.js',
    cwd: path.resolve(import.meta.dirname, '..'),
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      POLICYHUB_TEST_MODE: '1',
      DEMO_DATA: '1',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '200',
      JOB_POLL_SECONDS: '0.5',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      // Every test signs in from 127.0.0.1; the per-IP limits (covered by the API suite) would
      // otherwise refuse the suite's own logins when CI runs it fast.
      LOGIN_RATE_LIMIT: '1000',
      SMS_RATE_LIMIT: '1000',
    },
  },
});
