import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { auditLog } from './tables.js';
import { recordAudit, type Actor } from './index.js';

/** The audit action of a burst of refused object calls by one signed-in user. */
export const ACCESS_DENIED_SWEEP = 'security.access_denied_sweep';

export type Denial = { at: number; status: number; route: string; path: string };

export type SweepAlert = {
  denied: number;
  windowSeconds: number;
  statuses: Record<string, number>;
  routes: string[];
  paths: string[];
};

const SAMPLE = 10;
const MAX_KEYS = 10_000;

/**
 * Counts refused object calls (403/404) per actor in a sliding window and says when a sweep
 * crosses `threshold` — at most once per window per actor, so a sweep cannot flood the audit
 * log. The count lives in this process (each server process counts its own share of the calls);
 * `recordSweep` then checks the log itself, so processes do not write the same alert twice.
 */
export function createDenialMonitor(options: { threshold: number; windowMs: number }) {
  const recent = new Map<string, { denials: Denial[]; alertedAt: number }>();

  function prune(now: number): void {
    for (const [key, entry] of recent) {
      if (entry.denials.length === 0 || entry.denials.at(-1)!.at <= now - options.windowMs)
        recent.delete(key);
    }
  }

  return {
    /** Notes one refusal; returns the alert when this one makes the window a sweep. */
    note(key: string, denial: Denial): SweepAlert | null {
      const now = denial.at;
      if (!recent.has(key) && recent.size >= MAX_KEYS) prune(now);
      const entry = recent.get(key) ?? { denials: [], alertedAt: -Infinity };
      recent.set(key, entry);
      entry.denials.push(denial);
      const from = now - options.windowMs;
      const firstInWindow = entry.denials.findIndex((d) => d.at > from);
      if (firstInWindow > 0) entry.denials.splice(0, firstInWindow);
      // Bounded: only the newest `threshold` refusals matter for the decision.
      if (entry.denials.length > options.threshold)
        entry.denials.splice(0, entry.denials.length - options.threshold);
      if (entry.denials.length < options.threshold || entry.alertedAt > from) return null;
      entry.alertedAt = now;
      const statuses: Record<string, number> = {};
      for (const d of entry.denials) statuses[d.status] = (statuses[d.status] ?? 0) + 1;
      return {
        denied: entry.denials.length,
        windowSeconds: Math.round(options.windowMs / 1000),
        statuses,
        routes: [...new Set(entry.denials.map((d) => d.route))].slice(0, SAMPLE),
        paths: [...new Set(entry.denials.map((d) => d.path))].slice(-SAMPLE),
      };
    },
  };
}

/**
 * Writes the security event of a sweep, unless another process already wrote one for this
 * actor within the window.
 */
export async function recordSweep(db: Db, actor: Actor, alert: SweepAlert, now: Date): Promise<boolean> {
  if (!actor.userId) return false;
  const since = new Date(now.getTime() - alert.windowSeconds * 1000);
  const [already] = await db
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, ACCESS_DENIED_SWEEP),
        eq(auditLog.actorUserId, actor.userId),
        gt(auditLog.at, since.toISOString()),
      ),
    )
    .limit(1);
  if (already) return false;
  await recordAudit(db, actor, {
    action: 'security.access_denied_sweep', // = ACCESS_DENIED_SWEEP, literal for the i18n check
    entityType: 'user',
    entityId: actor.userId,
    detail: alert,
  });
  return true;
}
