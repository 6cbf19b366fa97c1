/**
 * Writes the API's OpenAPI description to a file without starting a server or touching ./data:
 * the real app is built on an empty in-memory PGlite (no route is called, nothing is migrated)
 * and `app.swagger()` read once. Used by `npm run lint:openapi` (redocly) and for generating
 * clients. Usage: node --conditions=development --import tsx apps/server/scripts/export-openapi.ts <out.json>
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/index.js';

const out = process.argv[2];
if (!out) {
  console.error('用法：export-openapi.ts <输出文件.json>');
  process.exit(2);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-openapi-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  FIELD_ENCRYPTION_KEYS: `spec:${Buffer.alloc(32, 1).toString('base64')}`,
  BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
});
const database = await openDatabase({ pgliteDir: 'memory://' });
try {
  const { app } = await buildApp({ config, database, logger: false });
  await app.ready();
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(app.swagger(), null, 2) + '\n');
  await app.close();
} finally {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
