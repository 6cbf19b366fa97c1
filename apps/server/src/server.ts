import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './platform/config.js';
import { applyHeapPolicy } from './platform/heap.js';
import { migrateDatabase, openDatabase, type Database } from './platform/db/index.js';
import type { AppContext } from './platform/context.js';
import { createAuditAnchors, startAuditAnchoring } from './platform/audit/index.js';
import {
  listenText,
  phaseAwareLogStream,
  SILENT_PHASES,
  type StartupPhases,
} from './platform/startup-phases.js';

export type Running = { app: FastifyInstance; ctx: AppContext; database: Database; stop(): Promise<void> };

/** Opens the configured database (embedded under DATA_DIR/db unless DATABASE_URL is set). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'db') });
}

/** A path as the person who started the server typed it: relative to the working folder when inside it. */
function shownPath(target: string): string {
  const relative = path.relative(process.cwd(), target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

/**
 * Starts a full server process: migrate, seed demo data when enabled, serve HTTP, run the outbox
 * dispatcher and the job workers. With `phases` enabled (npm start, a terminal) each phase prints
 * one human line and the ready line replaces the startup records that would repeat it.
 */
export async function startServer(
  config: Config,
  options: {
    phases?: StartupPhases;
    /** Where the phase-aware log goes (stdout). */
    out?: { write(text: string): unknown };
    /** An opened database instead of the configured one (tests); it is migrated all the same. */
    database?: Database;
  } = {},
): Promise<Running> {
  const started = Date.now();
  const phases = options.phases ?? SILENT_PHASES;
  applyHeapPolicy(config);
  // A first start creates the embedded database (PGlite's initdb): slower, and worth saying.
  const creating =
    !options.database && !config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'db'));
  const database = await phases.phase(
    creating ? '创建并迁移数据库 creating and migrating the database' : '迁移数据库 migrating',
    async () => {
      const opened = options.database ?? (await openConfiguredDatabase(config));
      await migrateDatabase(opened);
      return opened;
    },
    (opened) =>
      opened.kind !== 'pglite'
        ? 'PostgreSQL'
        : options.database
          ? '嵌入式数据库 embedded'
          : `嵌入式数据库 embedded: ${shownPath(path.join(config.dataDir, 'db'))}`,
  );
  const { app, ctx } = await buildApp({
    config,
    database,
    ...(phases.enabled ? { logStream: phaseAwareLogStream(phases, options.out ?? process.stdout) } : {}),
  });
  if (config.demoData) {
    const seeded = await phases.phase(
      '写入演示数据 seeding demo data',
      async () => (await import('./seed/demo.js')).seedDemo(ctx),
      (result) => (result.created > 0 ? `新增 created: ${result.created}` : '已存在 already there'),
    );
    if (seeded.created > 0 && !phases.enabled) app.log.info(`演示数据已写入：${seeded.created} 条`);
  }
  if (config.testMode)
    app.log.warn('⚠️  测试模式已开启（POLICYHUB_TEST_MODE=1）：验证码答案会随接口返回，切勿用于生产环境');
  await ctx.jobs.start();
  ctx.notify.start();
  // The audit chain's head, anchored outside the database (platform/audit/anchor.ts).
  const anchoring = startAuditAnchoring(
    createAuditAnchors({ store: ctx.files.store, crypto: ctx.crypto }),
    ctx.db,
    {
      intervalMs: config.auditAnchorSeconds * 1000,
      now: ctx.now,
      log: app.log,
    },
  );
  await app.listen({
    port: config.port,
    host: config.host,
    ...(phases.enabled ? { listenTextResolver: listenText } : {}),
  });
  if (phases.enabled) phases.ready(config.publicUrl);
  else
    app.log.info(
      `PolicyHub 已启动：${config.publicUrl}（${database.kind === 'pglite' ? '嵌入式数据库 ' + path.join(config.dataDir, 'db') : 'PostgreSQL'}，用时 ${Date.now() - started} ms）`,
    );
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await anchoring.stop();
      await ctx.notify.stop();
      await ctx.jobs.stop();
      await database.close();
    })());
  return { app, ctx, database, stop };
}
