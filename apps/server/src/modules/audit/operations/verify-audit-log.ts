import { AUDIT_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, assertRole, type AuthUser } from '../../../platform/access.js';
import { createAuditAnchors, recordAudit, verifyAuditChain } from '../../../platform/audit/index.js';

/**
 * Re-computes the audit hash chain, checks it against the latest anchor (deleted newest rows),
 * and reports the first altered or missing entry; the check itself is audited, and an intact
 * chain is anchored afresh.
 */
export async function verifyAuditLog(ctx: AppContext, user: AuthUser, ip: string | null) {
  assertRole(user, AUDIT_ROLES);
  const anchors = createAuditAnchors({ store: ctx.files.store, crypto: ctx.crypto });
  const report = await verifyAuditChain(ctx.db, { anchors });
  await recordAudit(ctx.db, actorOf(user, ip), {
    action: 'audit.verify',
    entityType: 'audit_log',
    detail: report.ok
      ? { ok: true, rows: report.rows }
      : { ok: false, rows: report.rows, brokenAtSeq: report.brokenAtSeq },
  });
  if (report.ok) await anchors.anchorHead(ctx.db, ctx.now());
  return report.ok
    ? { ok: true, rows: report.rows }
    : { ok: false, rows: report.rows, brokenAtSeq: report.brokenAtSeq, reason: report.reason };
}
