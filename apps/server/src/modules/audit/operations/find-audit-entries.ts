import { addDays, AUDIT_ROLES, beijingMidnight } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { assertRole, type AuthUser } from '../../../platform/access.js';
import { findAuditEntries } from '../repository.js';
import type { AuditQuery } from '../schemas.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// A calendar date is a day in China Standard Time (UTC+8), as the user picked it.
/** Audit log search for security admins (PL-3): newest first, every filter optional. */
export async function findAuditLog(ctx: AppContext, user: AuthUser, query: AuditQuery) {
  assertRole(user, AUDIT_ROLES);
  const toIsDate = !!query.to && DATE_ONLY.test(query.to);
  return findAuditEntries(
    ctx.db,
    {
      actionPrefix: query.action || undefined,
      actorName: query.actor || undefined,
      entityType: query.entityType || undefined,
      entityId: query.entityId || undefined,
      from: query.from
        ? DATE_ONLY.test(query.from)
          ? beijingMidnight(query.from)
          : new Date(query.from)
        : undefined,
      // A date-only upper bound includes that whole day.
      to: query.to ? (toIsDate ? beijingMidnight(addDays(query.to, 1)) : new Date(query.to)) : undefined,
      toExclusive: toIsDate,
    },
    query,
  );
}
