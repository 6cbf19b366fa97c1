import { AUDIT_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, assertRole, type AuthUser } from '../../../platform/access.js';
import { recordAudit, verifyAuditChain } from '../../../platform/audit/index.js';

/** Re-computes the audit hash chain and reports the first altered or missing entry; the check itself is audited. */
export async function verifyAuditLog(ctx: AppContext, user: AuthUser, ip: string | null) {
  assertRole(user, AUDIT_ROLES);
  const report = await verifyAuditChain(ctx.db);
  await recordAudit(ctx.db, actorOf(user, ip), {
    action: 'audit.verify',
    entityType: 'audit_log',
    detail: report.ok
      ? { ok: true, rows: report.rows }
      : { ok: false, rows: report.rows, brokenAtSeq: report.brokenAtSeq },
  });
  return report.ok
    ? { ok: true, rows: report.rows }
    : { ok: false, rows: report.rows, brokenAtSeq: report.brokenAtSeq, reason: report.reason };
}
