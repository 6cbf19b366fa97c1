import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { Actor } from '../../../platform/audit/index.js';
import {
  findPolicies,
  nextBusinessNumbers,
  policyDocumentDataBatch,
  type PolicyRecord,
} from '../../policies/index.js';
import { signingBundle, type SigningBundle } from '../keys.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { acquireRenderPool, type RenderPool } from '../issuing/worker-pool.js';
import { policiesWithDocument } from '../repository.js';
import { rechunk } from '../../../platform/read-ahead.js';
import { relaxHeapPolicy } from '../../../platform/heap.js';
import {
  archiveDocuments,
  preparedIssue,
  withHotline,
  type IssuedDocument,
  type PreparedIssue,
} from './issue-document.js';

export const BULK_ISSUE_JOB = 'documents.bulk-issue';
const CHUNK = 32;
const LOOKAHEAD = 3;

export type BulkIssueResult = {
  issued: number;
  skipped: number;
  failed: { policyId: string; message: string }[];
  documents: IssuedDocument[];
};

type Rendered = { prepared: PreparedIssue; pdf?: Uint8Array; error?: string; policyId: string };

function renderOn(
  ctx: AppContext,
  pool: RenderPool,
  prepared: PreparedIssue,
  data: unknown,
): Promise<Uint8Array> {
  const bundle = prepared.bundle;
  return pool.render({
    kind: prepared.kind,
    data: { ...withHotline(data as object, bundle.branding.hotline), documentId: prepared.id } as never,
    logo: bundle.branding.logo,
    seal: bundle.branding.seal,
    verificationUrl: prepared.verificationUrl,
    specimen: prepared.specimen,
    issuedAtMs: prepared.issuedAt.getTime(),
    reason: `${DOCUMENT_KIND_LABELS[prepared.kind]}签章`,
    signer: { keyId: bundle.key.id, material: bundle.material },
    tsa: bundle.tsa
      ? { keyId: bundle.tsa.row.id, material: bundle.tsa.material }
      : { url: ctx.config.tsaUrl },
    crls: bundle.crls,
  });
}

/**
 * Issues the e-policies of many policies (bulk issuing, ED-1/ED-2): rendering and signing run on
 * worker threads on every core while the main thread does the database work — preparing the
 * next chunk and archiving the previous one in one transaction per chunk. Idempotent: a policy
 * whose current version already has its e-policy is skipped, so a resumed job never issues twice.
 */
export async function bulkIssuePolicyDocuments(
  ctx: AppContext,
  actor: Actor,
  policyIds: readonly string[] | AsyncIterable<readonly string[]>,
  options: {
    onProgress?: (done: number, total: number) => Promise<void> | void;
    pool?: RenderPool;
    /** How many ids an async source will yield (for progress); an array's length otherwise. */
    total?: number;
  } = {},
): Promise<BulkIssueResult> {
  const lease = options.pool ? null : acquireRenderPool();
  const restoreHeapPolicy = relaxHeapPolicy();
  const pool = options.pool ?? lease!.pool;
  const result: BulkIssueResult = { issued: 0, skipped: 0, failed: [], documents: [] };
  const total = Array.isArray(policyIds) ? policyIds.length : (options.total ?? 0);
  let done = 0;

  const prepareChunk = async (ids: readonly string[]): Promise<Promise<Rendered>[]> => {
    const policies = await findPolicies(ctx.db, ids);
    const already = await policiesWithDocument(
      ctx.db,
      policies.map((p) => ({ policyId: p.id, version: p.version })),
    );
    const todo: PolicyRecord[] = [];
    for (const id of ids) {
      const policy = policies.find((p) => p.id === id);
      if (!policy) result.failed.push({ policyId: id, message: '保单不存在' });
      else if (already.has(id)) result.skipped++;
      else {
        todo.push(policy);
        continue;
      }
      done++;
    }
    if (!todo.length) return [];
    // Three statements for the content of the whole chunk, one for its numbers; keys are looked
    // up once per chunk, so a revocation during a long job takes effect at the next chunk.
    const contents = await policyDocumentDataBatch(ctx.db, todo);
    const issuedAt = ctx.now();
    // Numbers are drawn outside the archive transaction: a failed render leaves a gap, not a lock.
    const numbers = await nextBusinessNumbers(ctx.db, 'ED', issuedAt, todo.length);
    const bundles = new Map<string, SigningBundle>();
    const out: Promise<Rendered>[] = [];
    for (const [i, policy] of todo.entries()) {
      try {
        let bundle = bundles.get(policy.insurerOrgId);
        if (!bundle)
          bundles.set(policy.insurerOrgId, (bundle = await signingBundle(ctx, ctx.db, policy.insurerOrgId)));
        const prepared = preparedIssue(
          ctx,
          { kind: 'policy', policy, insurerOrgId: policy.insurerOrgId },
          bundle,
          numbers[i]!,
          issuedAt,
        );
        out.push(
          renderOn(ctx, pool, prepared, contents.get(policy.id)).then(
            (pdf) => ({ prepared, pdf, policyId: policy.id }),
            (error: Error) => ({ prepared, error: error.message, policyId: policy.id }),
          ),
        );
      } catch (error) {
        result.failed.push({ policyId: policy.id, message: (error as Error).message });
        done++;
      }
    }
    return out;
  };

  const archiveChunk = async (renders: Promise<Rendered>[]) => {
    const rendered = await Promise.all(renders);
    const ok = rendered.filter((r): r is Rendered & { pdf: Uint8Array } => !!r.pdf);
    result.documents.push(
      ...(await ctx.db.transaction((tx: Executor) =>
        archiveDocuments(ctx, tx, ok, actor, { auditEach: false }),
      )),
    );
    for (const r of rendered) {
      if (r.pdf) result.issued++;
      else result.failed.push({ policyId: r.policyId, message: r.error ?? '单证生成失败' });
      done++;
    }
    await options.onProgress?.(done, total);
  };

  try {
    // Up to LOOKAHEAD chunks are rendering while the oldest is archived: with every core
    // rendering, the main thread gets only its share of the CPU, and a pipeline one chunk deep
    // left the workers waiting for it to archive and prepare.
    const pending: Promise<Rendered>[][] = [];
    for await (const ids of rechunk(policyIds, CHUNK)) {
      pending.push(await prepareChunk(ids));
      if (pending.length > LOOKAHEAD) await archiveChunk(pending.shift()!);
    }
    while (pending.length) await archiveChunk(pending.shift()!);
  } finally {
    lease?.release();
    restoreHeapPolicy();
  }
  return result;
}

/** Queues a bulk issuing task (shown in 我的任务 with progress) inside the caller's transaction. */
export function enqueueBulkIssue(
  ctx: AppContext,
  executor: Executor,
  input: { policyIds: string[]; ownerUserId: string | null; orgId: string | null; title?: string },
): Promise<string> {
  return ctx.jobs.enqueue(executor, {
    type: BULK_ISSUE_JOB,
    title: input.title ?? `批量签发电子保单（${input.policyIds.length} 份）`,
    ...(input.title ? {} : { titleParams: { count: input.policyIds.length } }),
    payload: { policyIds: input.policyIds },
    ownerUserId: input.ownerUserId,
    orgId: input.orgId,
  });
}

/** The job handler: payload `{ policyIds }`, progress per chunk, result counts. */
export function defineBulkIssueJob(ctx: AppContext): void {
  ctx.jobs.define(BULK_ISSUE_JOB, async (job) => {
    const policyIds = Array.isArray(job.payload.policyIds)
      ? (job.payload.policyIds as unknown[]).filter((x): x is string => typeof x === 'string')
      : [];
    const actor: Actor = { userId: job.ownerUserId, name: null, orgId: job.orgId, ip: null };
    const r = await bulkIssuePolicyDocuments(ctx, actor, policyIds, {
      onProgress: (done, total) => job.progress(done, total),
    });
    return {
      result: {
        issued: r.issued,
        skipped: r.skipped,
        failed: r.failed.length,
        failures: r.failed.slice(0, 50),
      },
    };
  });
}
