import fs from 'node:fs';
import { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from './platform/config.js';
import { migrateDatabase } from './platform/db/index.js';
import { createContext } from './app.js';
import { openConfiguredDatabase, startServer } from './server.js';
import { startupPhasesFor } from './platform/startup-phases.js';
import { createAuditAnchors, verifyAuditChain } from './platform/audit/index.js';
import { backupDatabase, restoreDatabase } from './platform/backup/index.js';
import { createFieldCrypto } from './platform/crypto/field-crypto.js';
import { fieldKeysFromEnvironment, installFieldKeys, resolveFieldKeys } from './platform/crypto/dev-keys.js';

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
    const config = loadConfig();
    const phases = startupPhasesFor(config.startedAt, process.stdout, performance.timeOrigin);
    const running = await startServer(config, { phases });
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

/** The passphrase protecting keys carried in a backup: the first line of a file (never an argument, which `ps` shows). */
function readPassphrase(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const text = fs.readFileSync(file, 'utf8').split(/\r?\n/)[0]!.trim();
  if (!text) throw new Error(`口令文件 ${file} 为空`);
  return text;
}

program
  .command('backup <file>')
  .description('备份数据库与文件到一个文件 / back up database and files into one file')
  .option(
    '--include-keys',
    '随备份携带字段加密密钥与盲索引密钥（用口令加密；仅开发环境）/ carry the field keys, passphrase-protected',
  )
  .option(
    '--passphrase-file <file>',
    '保护所携带密钥的口令文件（第一行）/ file whose first line is the passphrase',
  )
  .action(async (file: string, opts: { includeKeys?: boolean; passphraseFile?: string }) => {
    const passphrase = readPassphrase(opts.passphraseFile);
    if (opts.includeKeys && !passphrase)
      throw new Error('--include-keys 必须同时用 --passphrase-file 提供口令：密钥不能以明文写入备份');
    await withContext(async (ctx) => {
      if (opts.includeKeys && ctx.config.isProduction)
        throw new Error('生产环境的密钥不随备份携带：请按 docs/OPERATIONS.md 的密钥托管流程另行保管');
      const material = opts.includeKeys ? resolveFieldKeys(ctx.config, () => undefined) : undefined;
      const r = await backupDatabase(
        ctx.database,
        ctx.config.files.store === 'local' ? ctx.files.store : null,
        file,
        {
          crypto: ctx.crypto,
          ...(material && passphrase ? { includeKeys: { material, passphrase } } : {}),
        },
      );
      console.log(`备份完成：${file}（${r.tables} 张表，${r.rows} 行，${r.files} 个文件）`);
      const ids = r.keyIds.length ? r.keyIds.join('、') : '无';
      console.log(
        r.keysIncluded
          ? `加密数据使用的密钥：${ids}；字段加密密钥与盲索引密钥已用口令加密随备份携带，请另行保管口令`
          : `加密数据使用的密钥：${ids}（未随备份携带：恢复时须配置同样的 FIELD_ENCRYPTION_KEYS 与 BLIND_INDEX_KEY）`,
      );
    });
  });

program
  .command('restore <file>')
  .description('从备份文件恢复（覆盖当前数据）/ restore from a backup (replaces current data)')
  .option(
    '--passphrase-file <file>',
    '备份携带密钥时的口令文件（第一行）/ passphrase of keys carried in the backup',
  )
  .action(async (file: string, opts: { passphraseFile?: string }) => {
    const passphrase = readPassphrase(opts.passphraseFile);
    await withContext(async (ctx) => {
      const r = await restoreDatabase(
        ctx.database,
        ctx.config.files.store === 'local' ? ctx.files.store : null,
        file,
        {
          crypto: ctx.crypto,
          ...(passphrase ? { passphrase } : {}),
          ...(fieldKeysFromEnvironment(ctx.config)
            ? {}
            : { installKeys: (material) => installFieldKeys(ctx.config, material) }),
        },
      );
      // The restored chain is the log now: anchor its head, or the next verify would report the
      // rows newer than the backup (which the restore replaced) as deleted.
      // Signed with the keys the installation has from now on (carried ones, when installed).
      const installed = r.keysInstalled ? resolveFieldKeys(ctx.config, () => undefined) : null;
      const crypto = installed ? createFieldCrypto(installed.keys, installed.blindIndexKey) : ctx.crypto;
      await createAuditAnchors({ store: ctx.files.store, crypto }).rebase(ctx.db, ctx.now());
      console.log(`恢复完成：${r.tables} 张表，${r.rows} 行，${r.files} 个文件`);
      if (r.keysInstalled)
        console.log(
          `已安装备份携带的密钥（${r.keysInstalled.keyIds.join('、')} 与盲索引密钥）到 ${r.keysInstalled.file}${r.keysInstalled.previous ? `，原密钥文件另存为 ${r.keysInstalled.previous}` : ''}`,
        );
    });
  });

const audit = program.command('audit').description('审计日志 / audit log');
audit
  .command('verify')
  .description('校验审计哈希链 / verify the audit hash chain')
  .action(async () => {
    const report = await withContext(async (ctx) => {
      const anchors = createAuditAnchors({ store: ctx.files.store, crypto: ctx.crypto });
      const r = await verifyAuditChain(ctx.db, { anchors });
      if (r.ok) await anchors.anchorHead(ctx.db, ctx.now());
      return r;
    });
    if (report.ok) {
      const anchored = report.anchor
        ? `，与最后锚点 #${report.anchor.seq}（${report.anchor.at}）一致`
        : '（尚无锚点，本次已写入）';
      console.log(`审计链完整：共 ${report.rows} 条记录${anchored}`);
    } else {
      console.error(`审计链断裂：${report.reason}（已校验 ${report.rows} 条）`);
      process.exitCode = 1;
    }
  });

// ── electronic documents (issue 3): keys, verification, archive, specimens ─────────────────
const CLI_ACTOR = { userId: null, name: '命令行 policyhub', orgId: null, ip: null };

const keys = program.command('keys').description('签章密钥与证书 / signing keys and certificates');
keys
  .command('list')
  .description('列出根证书、时间戳证书与各保险公司的签章证书 / list keys')
  .action(async () => {
    await withContext(async (ctx) => {
      const { listKeys } = await import('./modules/documents/index.js');
      const rows = await listKeys(ctx);
      if (!rows.length) console.log('尚无密钥：首次签发单证时会自动创建开发用 CA（生产环境请导入 PKCS#12）');
      for (const k of rows)
        console.log(
          [
            k.id,
            k.kind,
            k.algorithm,
            k.status,
            k.insurerName ?? '平台',
            k.subject,
            `序列号 ${k.serial}`,
            `有效期至 ${k.notAfter.slice(0, 10)}`,
            `已签 ${k.documentsSigned} 份`,
          ].join('  '),
        );
    });
  });
keys
  .command('import')
  .description('导入保险公司的 PKCS#12 签章证书（生产环境）/ import an insurer PKCS#12')
  .requiredOption('--insurer <orgIdOrName>', '保险公司机构编号或名称')
  .requiredOption('--p12 <file>', 'PKCS#12 文件（.p12/.pfx）')
  .option('--password <password>', 'PKCS#12 密码', '')
  .option('--seal <png>', '保险公司电子印章图片（PNG，透明背景；缺省时按公司名称生成印章）')
  .action(async (opts: { insurer: string; p12: string; password: string; seal?: string }) => {
    const fs = await import('node:fs');
    await withContext(async (ctx) => {
      const { importPkcs12 } = await import('@policyhub/documents');
      const { importSigningKey } = await import('./modules/documents/index.js');
      const { findInsurer } = await import('./modules/documents/keys.js');
      const insurer = await findInsurer(ctx.db, opts.insurer);
      if (!insurer) throw new Error(`找不到保险公司：${opts.insurer}`);
      let material;
      try {
        material = await importPkcs12(new Uint8Array(fs.readFileSync(opts.p12)), opts.password);
      } catch (error) {
        throw new Error(`PKCS#12 无法读取：${(error as Error).message}`);
      }
      const sealPng = opts.seal ? new Uint8Array(fs.readFileSync(opts.seal)) : undefined;
      const key = await importSigningKey(ctx, CLI_ACTOR, {
        insurerOrgId: insurer.id,
        material,
        ...(sealPng ? { sealPng } : {}),
      });
      console.log(
        `已导入 ${insurer.name} 的签章证书：${key.subject}（${key.algorithm}，序列号 ${key.serial}）${sealPng ? '及电子印章' : ''}，原签章证书已停用`,
      );
    });
  });
keys
  .command('rotate')
  .description('轮换保险公司签章密钥（旧密钥停用，旧单证仍可验证）/ rotate an insurer key')
  .requiredOption('--insurer <orgIdOrName>', '保险公司机构编号或名称')
  .option('--algorithm <algorithm>', 'ECDSA-P256 | RSA-2048 | SM2')
  .action(async (opts: { insurer: string; algorithm?: string }) => {
    await withContext(async (ctx) => {
      const { rotateSigningKey } = await import('./modules/documents/index.js');
      const { findInsurer } = await import('./modules/documents/keys.js');
      const insurer = await findInsurer(ctx.db, opts.insurer);
      if (!insurer) throw new Error(`找不到保险公司：${opts.insurer}`);
      if (opts.algorithm && !['ECDSA-P256', 'RSA-2048', 'SM2'].includes(opts.algorithm))
        throw new Error('算法须为 ECDSA-P256、RSA-2048 或 SM2');
      const key = await rotateSigningKey(ctx, CLI_ACTOR, {
        insurerOrgId: insurer.id,
        ...(opts.algorithm ? { algorithm: opts.algorithm as 'ECDSA-P256' | 'RSA-2048' | 'SM2' } : {}),
      });
      console.log(
        `已轮换 ${insurer.name} 的签章密钥：新证书 ${key.id}（${key.algorithm}，序列号 ${key.serial}）`,
      );
    });
  });
keys
  .command('revoke <keyId>')
  .description('吊销证书 / revoke a key')
  .requiredOption('--reason <reason>', '吊销原因')
  .action(async (keyId: string, opts: { reason: string }) => {
    await withContext(async (ctx) => {
      const { revokeKey } = await import('./modules/documents/index.js');
      const key = await revokeKey(ctx, CLI_ACTOR, keyId, opts.reason);
      console.log(`已吊销证书 ${key.subject}（序列号 ${key.serial}）`);
    });
  });

/** `policyhub verify` exit codes, as README documents them: 3 (未签名) is not "intact" (2). */
const VERIFY_EXIT_CODES: Record<import('./modules/documents/index.js').Verification['verdict'], number> = {
  valid: 0,
  tampered: 1,
  invalid: 1,
  not_issued_here: 2,
  untrusted: 2,
  revoked: 2,
  unsigned: 3,
};

program
  .command('verify <file>')
  .description(
    '验证电子保单 PDF（退出码 0 有效且本平台签发；1 被篡改、被其他软件改写、不完整或签名无效；2 未被篡改但非本平台签发、不受信任或已吊销；3 未签名）/ verify a PDF',
  )
  .action(async (file: string) => {
    const fs = await import('node:fs');
    const bytes = new Uint8Array(fs.readFileSync(file));
    const v = await withContext(async (ctx) => {
      const { verifyDocument } = await import('./modules/documents/index.js');
      return verifyDocument(ctx, bytes);
    });
    console.log(`${v.title}：${v.summary}`);
    const { formatDateTime } = await import('@policyhub/documents');
    if (v.document)
      console.log(
        `单证：${v.document.kindLabel} ${v.document.documentNo}（第 ${v.document.version} 版，${formatDateTime(v.document.issuedAt)}）${v.document.specimen ? ' 样本' : ''}`,
      );
    if (v.policy) {
      console.log(`保单：${v.policy.policyNo} ${v.policy.productName}，当前状态 ${v.policy.statusLabel}`);
      for (const e of v.policy.endorsements) console.log(`  批改：${e.description}`);
    }
    // A signature whose bytes could not even be parsed (rewritten, cut) has no signer to name.
    for (const s of v.technical.signatures.filter((x) => x.serial))
      console.log(
        `签名：${s.signer}（${s.algorithm}，序列号 ${s.serial}）时间戳 ${s.timestampAt ? formatDateTime(s.timestampAt) : '无'}`,
      );
    for (const d of v.technical.details) console.log(`  ${d}`);
    console.log(`SHA-256：${v.technical.fileSha256}`);
    process.exitCode = VERIFY_EXIT_CODES[v.verdict];
  });

const archive = program.command('archive').description('电子档案 / document archive');
archive
  .command('verify')
  .description('重算每个文件的哈希并重新校验每个签名 / re-hash and re-verify every archived document')
  .action(async () => {
    const report = await withContext(async (ctx) => {
      const { verifyArchive } = await import('./modules/documents/index.js');
      return verifyArchive(ctx, CLI_ACTOR);
    });
    for (const p of report.problems) console.error(`${p.documentNo}（${p.id}）：${p.problem}`);
    if (report.ok) console.log(`档案完整：已校验 ${report.checked} 份单证`);
    else {
      console.error(`发现 ${report.problems.length} 处问题（已校验 ${report.checked} 份单证）`);
      process.exitCode = 1;
    }
  });

const docs = program.command('documents').description('电子单证 / electronic documents');
docs
  .command('sample <kind>')
  .description('通过真实签发流程生成一份样本（签章、时间戳、归档，标记为样本）/ issue a specimen')
  .requiredOption('--out <file>', '输出 PDF 文件')
  .option('--insurer <orgIdOrName>', '签章保险公司（默认第一家）')
  .action(async (kind: string, opts: { out: string; insurer?: string }) => {
    const fs = await import('node:fs');
    await withContext(async (ctx) => {
      const { DOCUMENT_KINDS, issueSpecimen } = await import('./modules/documents/index.js');
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind))
        throw new Error(`单证类型须为：${DOCUMENT_KINDS.join(' | ')}`);
      const { document, pdf } = await issueSpecimen(ctx, CLI_ACTOR, kind as (typeof DOCUMENT_KINDS)[number], {
        ...(opts.insurer ? { insurer: opts.insurer } : {}),
      });
      fs.writeFileSync(opts.out, pdf);
      console.log(
        `样本已签发并归档：${opts.out}（档案号 ${document.documentNo}，${pdf.length} 字节，SHA-256 ${document.sha256}）`,
      );
      console.log(`验真：${document.verificationUrl}`);
    });
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`执行失败：${(error as Error).message}`);
  process.exit(1);
});
