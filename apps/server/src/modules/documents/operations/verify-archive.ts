import crypto from 'node:crypto';
import { verifyPdf, VERDICT_MESSAGES } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import type { Executor } from '../../../platform/db/index.js';
import { trustMaterial } from '../keys.js';
import { countArchive, findArchiveBatch } from '../repository.js';

export type ArchiveReport = {
  ok: boolean;
  checked: number;
  problems: { id: string; documentNo: string; problem: string }[];
};

const BATCH = 100;

/**
 * Archive integrity check (ED-5): re-reads every stored document, re-hashes it against the
 * archived SHA-256, re-verifies every signature (with the current trust and revocation state) and
 * checks the embedded document id, reporting each mismatch. Audited with its outcome.
 */
export async function verifyArchive(
  ctx: AppContext,
  actor: Actor,
  options: { onProgress?: (checked: number) => Promise<void> | void } = {},
): Promise<ArchiveReport> {
  const trust = await trustMaterial(ctx);
  const now = ctx.now();
  const problems: ArchiveReport['problems'] = [];
  let checked = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await findArchiveBatch(ctx.db, after, BATCH);
    if (!batch.length) break;
    for (const doc of batch) {
      checked++;
      const report = (problem: string) => problems.push({ id: doc.id, documentNo: doc.documentNo, problem });
      let bytes: Buffer;
      try {
        bytes = await ctx.files.store.get(doc.storageKey);
      } catch {
        report('文件缺失：存储中找不到该单证');
        continue;
      }
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      if (sha256 !== doc.sha256)
        report(
          `文件内容与归档哈希不一致（已被修改）：归档 ${doc.sha256.slice(0, 16)}…，现为 ${sha256.slice(0, 16)}…`,
        );
      const result = await verifyPdf(bytes, {
        trustedRoots: trust.roots,
        revokedSerials: trust.revokedSerials,
        now,
      });
      if (result.verdict !== 'valid')
        report(
          `签名校验未通过：${VERDICT_MESSAGES[result.verdict]}${result.details.length ? `（${result.details.slice(0, 3).join('；')}）` : ''}`,
        );
      else if (result.document.documentId !== doc.id) report('文件中嵌入的单证编号与档案记录不一致');
    }
    after = batch[batch.length - 1]!.id;
    await options.onProgress?.(checked);
  }
  await recordAudit(ctx.db, actor, {
    action: 'archive.verify',
    entityType: 'archive',
    detail: { checked, problems: problems.length },
  });
  return { ok: problems.length === 0, checked, problems };
}

/** The job that runs the archive check in the background (it reads every stored file). */
export const ARCHIVE_VERIFY_JOB = 'archive.verify';
/** A task result keeps this many problems (the count is exact); the CLI prints them all. */
export const MAX_TASK_PROBLEMS = 500;

/**
 * Queues the archive check as a task of the asking security admin (我的任务 shows its progress;
 * the archive page follows it). A whole archive takes minutes — too long for one HTTP request.
 * While the admin's previous check is still queued or running, that one is returned instead.
 */
export async function enqueueArchiveVerify(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
): Promise<string> {
  if (actor.userId) {
    const running = await ctx.jobs.findActive(executor, {
      type: ARCHIVE_VERIFY_JOB,
      ownerUserId: actor.userId,
    });
    if (running) return running;
  }
  return ctx.jobs.enqueue(executor, {
    type: ARCHIVE_VERIFY_JOB,
    title: '档案完整性校验',
    payload: { name: actor.name, ip: actor.ip },
    ownerUserId: actor.userId,
    orgId: actor.orgId,
  });
}

export function defineArchiveVerifyJob(ctx: AppContext): void {
  ctx.jobs.define(ARCHIVE_VERIFY_JOB, async (job) => {
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const actor: Actor = {
      userId: job.ownerUserId,
      name: text(job.payload.name),
      orgId: job.orgId,
      ip: text(job.payload.ip),
    };
    // Read-only, so a resumed run simply starts over.
    const total = await countArchive(ctx.db);
    await job.progress(0, total);
    const report = await verifyArchive(ctx, actor, {
      onProgress: (checked) => job.progress(checked, Math.max(total, checked)),
    });
    return {
      result: {
        ok: report.ok,
        checked: report.checked,
        problemCount: report.problems.length,
        problems: report.problems.slice(0, MAX_TASK_PROBLEMS),
      },
    };
  });
}
