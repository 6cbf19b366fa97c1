import { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from './platform/config.js';
import { migrateDatabase } from './platform/db/index.js';
import { createContext } from './app.js';
import { openConfiguredDatabase, startServer } from './server.js';
import { verifyAuditChain } from './platform/audit/index.js';
import { backupDatabase, restoreDatabase } from './platform/backup/index.js';

/** `policyhub` — operations command line (PL-9). Exit code 0 on success, 1 on failure. */
const program = new Command();
program.name('policyhub').description('PolicyHub 运维命令行 / operations CLI');

async function withContext<T>(fn: (ctx: ReturnType<typeof createContext>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const ctx = createContext({ config, database, log: pino({ level: 'warn' }) });
    return await fn(ctx);
  } finally {
    await database.close();
  }
}

program
  .command('serve')
  .description('启动服务 / start the server')
  .action(async () => {
    const running = await startServer(loadConfig());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void running.stop().then(() => process.exit(0)));
    }
  });

program
  .command('migrate')
  .description('执行数据库迁移 / apply database migrations')
  .action(async () => {
    const config = loadConfig();
    const database = await openConfiguredDatabase(config);
    await migrateDatabase(database);
    await database.close();
    console.log(`数据库迁移完成（${database.kind}）`);
  });

program
  .command('seed-demo')
  .description('写入演示数据（幂等）/ seed demo data (idempotent)')
  .action(async () => {
    await withContext(async (ctx) => {
      const { seedDemo } = await import('./seed/demo.js');
      const result = await seedDemo(ctx);
      console.log(`演示数据已就绪，新写入 ${result.created} 条`);
    });
  });

program
  .command('backup <file>')
  .description('备份数据库与文件到一个文件 / back up database and files into one file')
  .action(async (file: string) => {
    await withContext(async (ctx) => {
      const r = await backupDatabase(
        ctx.database,
        ctx.config.files.store === 'local' ? ctx.files.store : null,
        file,
      );
      console.log(`备份完成：${file}（${r.tables} 张表，${r.rows} 行，${r.files} 个文件）`);
    });
  });

program
  .command('restore <file>')
  .description('从备份文件恢复（覆盖当前数据）/ restore from a backup (replaces current data)')
  .action(async (file: string) => {
    await withContext(async (ctx) => {
      const r = await restoreDatabase(
        ctx.database,
        ctx.config.files.store === 'local' ? ctx.files.store : null,
        file,
      );
      console.log(`恢复完成：${r.tables} 张表，${r.rows} 行，${r.files} 个文件`);
    });
  });

const audit = program.command('audit').description('审计日志 / audit log');
audit
  .command('verify')
  .description('校验审计哈希链 / verify the audit hash chain')
  .action(async () => {
    const report = await withContext((ctx) => verifyAuditChain(ctx.db));
    if (report.ok) {
      console.log(`审计链完整：共 ${report.rows} 条记录`);
    } else {
      console.error(`审计链断裂：${report.reason}（已校验 ${report.rows} 条）`);
      process.exitCode = 1;
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`执行失败：${(error as Error).message}`);
  process.exit(1);
});
