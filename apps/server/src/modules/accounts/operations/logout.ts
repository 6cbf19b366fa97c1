import type { AppContext } from '../../../platform/context.js';
import { deleteSession, type AuthContext } from '../../../platform/http/session.js';
import { actorOf } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';

/** Ends the session in the database, so every server process stops accepting it. */
export async function logout(ctx: AppContext, auth: AuthContext, ip: string | null): Promise<{ ok: true }> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, auth.sessionId);
    await recordAudit(tx, actorOf(auth.user, ip), {
      action: 'auth.logout',
      entityType: 'user',
      entityId: auth.user.id,
    });
  });
  return { ok: true };
}
