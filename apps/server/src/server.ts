import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './platform/config.js';
import { applyHeapPolicy } from './platform/heap.js';
import { migrateDatabase, openDatabase, type Database } from './platform/db/index.js';
import type { AppContext } from './platform/context.js';
import { createAuditAnchors, startAuditAnchoring } from './platform/audit/index.js';

export type Running = { app: FastifyInstance; ctx: AppContext; database: Database; stop(): Promise<void> };

/** Opens the configured database (embedded under DATA_DIR/db unless DATABASE_URL is set). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'db') });
}

/**
 * Starts a full server process: migrate, seed demo data when enabled, serve HTTP, run the outbox
 * dispatcher and the job workers.
 */
export async function startServer(config: Config): Promise<Running> {
  const started = Date.now();
  applyHeapPolicy(config);
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  const { app, ctx } = await buildApp({ config, database });
  if (config.demoData) {
    const { seedDemo } = await import('./seed/demo.js');
    const seeded = await seedDemo(ctx);
    if (seeded.created > 0) app.log.info(`演示数据已写入：${seeded.created} 条`);
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
  await app.listen({ port: config.port, host: config.host });
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
