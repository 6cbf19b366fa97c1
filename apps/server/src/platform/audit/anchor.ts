import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { auditLog } from './tables.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { ObjectStore } from '../files/types.js';

/**
 * Anchors of the audit hash chain, kept OUTSIDE the database. The chain alone cannot show that
 * its newest rows were deleted (what is left is still a valid chain), so the head (seq + hash) is
 * written periodically — and after every successful verification — to the object store (the
 * DATA_DIR/files folder or S3), where a database administrator does not reach; an
 * `audit_anchors` table would be deleted together with the rows it is meant to protect.
 *
 * Each anchor is MACed (HMAC-SHA256 under a key derived from BLIND_INDEX_KEY, which lives in the
 * application's environment and key escrow, not in the database). A symmetric key is enough here:
 * the verifier is this application; an Ed25519 key would only add a private key to keep. The
 * platform cannot use the documents module's signing keys (platform never imports modules).
 *
 * `latest.json` is the newest anchor; every anchor is also kept write-once under
 * `history/<seq>-<hash>.json`. What this does NOT detect: rows appended after the latest anchor
 * and deleted before the next one (the anchor interval bounds that loss, AUDIT_ANCHOR_SECONDS),
 * and someone who holds both the database and the object store rolling `latest.json` back to an
 * older (validly signed) anchor — the history folder keeps the newer ones for an investigation.
 */
export type AuditAnchor = { seq: number; hash: string; at: string };

type AnchorDocument = AuditAnchor & {
  v: 1;
  previous: { seq: number; hash: string } | null;
  /** Set when a restore replaced the database: the chain legitimately starts again here. */
  rebased?: boolean;
  mac: string;
};

export type AuditAnchors = {
  /** The newest anchor (its MAC checked), null before the first; `problem` when it was altered. */
  latest(): Promise<{ anchor: AuditAnchor | null; problem?: string }>;
  /**
   * Anchors the current head when it moved on. Refuses (returns `problem`, writes nothing) when
   * the rows the previous anchor vouches for are gone or changed: that evidence is never
   * overwritten by a new anchor.
   */
  anchorHead(db: Db, now: Date): Promise<{ anchor: AuditAnchor | null; written: boolean; problem?: string }>;
  /** After a restore: the restored head becomes the anchor, whatever came before. */
  rebase(db: Db, now: Date): Promise<AuditAnchor | null>;
};

const PREFIX = 'audit-anchors';
const LATEST = `${PREFIX}/latest.json`;
const PURPOSE = 'audit-anchor';

function body(doc: Omit<AnchorDocument, 'mac'>): string {
  const { v, seq, hash, at, previous, rebased } = doc;
  return JSON.stringify({ v, seq, hash, at, previous, rebased: rebased ?? false });
}

async function headOf(db: Db): Promise<{ seq: number; hash: string } | null> {
  const [head] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return head ?? null;
}

export function createAuditAnchors(deps: { store: ObjectStore; crypto: FieldCrypto }): AuditAnchors {
  const { store, crypto } = deps;

  async function write(doc: Omit<AnchorDocument, 'mac'>): Promise<AuditAnchor> {
    const signed: AnchorDocument = { ...doc, mac: crypto.mac(PURPOSE, body(doc)) };
    const data = Buffer.from(JSON.stringify(signed));
    await store.put(
      `${PREFIX}/history/${String(doc.seq).padStart(12, '0')}-${doc.hash.slice(0, 16)}.json`,
      data,
    );
    await store.put(LATEST, data);
    return { seq: doc.seq, hash: doc.hash, at: doc.at };
  }

  async function latest(): Promise<{ anchor: AuditAnchor | null; problem?: string }> {
    if (!(await store.exists(LATEST))) return { anchor: null };
    let doc: AnchorDocument;
    try {
      doc = JSON.parse((await store.get(LATEST)).toString('utf8')) as AnchorDocument;
    } catch {
      return { anchor: null, problem: '审计锚点文件损坏，无法读取（锚点被改动）' };
    }
    const expected = crypto.mac(PURPOSE, body(doc));
    if (typeof doc.mac !== 'string' || doc.mac !== expected || !Number.isInteger(doc.seq)) {
      return { anchor: null, problem: '审计锚点签名无效（锚点文件被改动或伪造）' };
    }
    return { anchor: { seq: doc.seq, hash: doc.hash, at: doc.at } };
  }

  return {
    latest,

    async anchorHead(db, now) {
      const head = await headOf(db);
      const current = await latest();
      if (current.problem) return { anchor: null, written: false, problem: current.problem };
      const previous = current.anchor;
      if (!head) {
        return previous
          ? { anchor: previous, written: false, problem: `审计日志已被清空（最后锚点 #${previous.seq}）` }
          : { anchor: null, written: false };
      }
      if (previous) {
        if (head.seq === previous.seq && head.hash === previous.hash)
          return { anchor: previous, written: false };
        const [row] = await db
          .select({ hash: auditLog.hash })
          .from(auditLog)
          .where(eq(auditLog.seq, previous.seq))
          .limit(1);
        if (!row || row.hash !== previous.hash || head.seq < previous.seq)
          return {
            anchor: previous,
            written: false,
            problem: `审计锚点 #${previous.seq} 所证明的记录已缺失或被改写，未写入新锚点`,
          };
      }
      const anchor = await write({
        v: 1,
        seq: head.seq,
        hash: head.hash,
        at: now.toISOString(),
        previous: previous ? { seq: previous.seq, hash: previous.hash } : null,
      });
      return { anchor, written: true };
    },

    async rebase(db, now) {
      const head = await headOf(db);
      if (!head) return null;
      return write({
        v: 1,
        seq: head.seq,
        hash: head.hash,
        at: now.toISOString(),
        previous: null,
        rebased: true,
      });
    },
  };
}

/** Anchors the head every `intervalMs` (each serving process; anchoring twice is harmless). */
export function startAuditAnchoring(
  anchors: AuditAnchors,
  db: Db,
  options: { intervalMs: number; now: () => Date; log: { error(obj: unknown, msg: string): void } },
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    timer = setTimeout(() => {
      running = anchors
        .anchorHead(db, options.now())
        .then((r) => {
          if (r.problem) options.log.error({ problem: r.problem }, `审计锚点未更新：${r.problem}`);
        })
        .catch((error) => options.log.error({ err: error }, '审计锚点写入失败'))
        .finally(() => {
          if (!stopped) tick();
        });
    }, options.intervalMs);
    timer.unref();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
