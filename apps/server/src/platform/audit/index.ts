import crypto from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../db/index.js';
import { auditLog } from './tables.js';
import type { AuditAnchors } from './anchor.js';

export { createAuditAnchors, startAuditAnchoring, type AuditAnchor, type AuditAnchors } from './anchor.js';

/** Who did something: a user, or the system (null ids) — always with the client address. */
export type Actor = { userId: string | null; name: string | null; orgId: string | null; ip: string | null };

export const SYSTEM_ACTOR: Actor = { userId: null, name: '系统', orgId: null, ip: null };

export type AuditEntry = {
  action: string; // e.g. 'user.create', 'auth.login', 'pii.view'
  entityType?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
};

const GENESIS = '0'.repeat(64);
// Serialises chain appends across processes; the lock ends with the transaction.
const AUDIT_LOCK_KEY = 7_341_001;

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

type Chained = {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
};

export function auditHash(prevHash: string, row: Chained): string {
  const body = canonical({ ...row, at: new Date(row.at).toISOString() });
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends one entry to the hash chain inside the caller's transaction, so a state change and its
 * audit row commit (or roll back) together (STYLE rule 5).
 */
export async function recordAudit(executor: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  const append = async (tx: Executor) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [last] = await tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1);
    const row: Chained = {
      seq: (last?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      actorUserId: actor.userId,
      actorName: actor.name,
      actorOrgId: actor.orgId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ip: actor.ip,
      detail: entry.detail ?? {},
    };
    const prevHash = last?.hash ?? GENESIS;
    await tx.insert(auditLog).values({ ...row, prevHash, hash: auditHash(prevHash, row) });
  };
  // Inside the caller's transaction the lock lasts until it commits; no savepoint is needed.
  // Outside one, a transaction of its own holds the lock for the append.
  if (executor instanceof PgTransaction) await append(executor);
  else await executor.transaction(append);
}

export type ChainReport =
  | { ok: true; rows: number; lastHash: string; anchor: { seq: number; at: string } | null }
  | { ok: false; rows: number; brokenAtSeq: number; reason: string };

/**
 * Re-computes the whole chain; reports the first altered, inserted or missing row. With
 * `anchors`, the chain must also still contain the latest anchor's head (same seq, same hash):
 * that catches deleted newest rows, which leave a valid but shorter chain.
 */
export async function verifyAuditChain(
  db: Db,
  options: { anchors?: AuditAnchors } = {},
): Promise<ChainReport> {
  let anchor: { seq: number; hash: string; at: string } | null = null;
  if (options.anchors) {
    const latest = await options.anchors.latest();
    if (latest.problem) return { ok: false, rows: 0, brokenAtSeq: 0, reason: latest.problem };
    anchor = latest.anchor;
  }
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(2000);
    if (page.length === 0) break;
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          rows: checked,
          brokenAtSeq: expectedSeq,
          reason: `第 ${expectedSeq} 条记录缺失（被删除）`,
        };
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          rows: checked,
          brokenAtSeq: row.seq,
          reason: `第 ${row.seq} 条记录的前序哈希不匹配（链条断裂）`,
        };
      }
      const { prevHash: _p, hash, ...chained } = row;
      if (auditHash(prevHash, chained as Chained) !== hash) {
        return {
          ok: false,
          rows: checked,
          brokenAtSeq: row.seq,
          reason: `第 ${row.seq} 条记录内容被篡改（哈希不匹配）`,
        };
      }
      if (anchor && row.seq === anchor.seq && hash !== anchor.hash) {
        return {
          ok: false,
          rows: checked,
          brokenAtSeq: row.seq,
          reason: `第 ${row.seq} 条记录与审计锚点（${anchor.at}）不符：该条及之前的记录被整体重写`,
        };
      }
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
  }
  const lastSeq = expectedSeq - 1;
  if (anchor && lastSeq < anchor.seq) {
    const missing = lastSeq + 1 === anchor.seq ? `第 ${anchor.seq} 条` : `第 ${lastSeq + 1}–${anchor.seq} 条`;
    return {
      ok: false,
      rows: checked,
      brokenAtSeq: lastSeq + 1,
      reason: `审计日志尾部被删除（最后锚点 #${anchor.seq}，${anchor.at}）：现存记录只到第 ${lastSeq} 条，${missing}缺失；锚点之后写入的记录是否也被删除无法判断`,
    };
  }
  return {
    ok: true,
    rows: checked,
    lastHash: prevHash,
    anchor: anchor ? { seq: anchor.seq, at: anchor.at } : null,
  };
}
