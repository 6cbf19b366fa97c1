import { eq } from 'drizzle-orm';
import { FULL_VIEW_ROLES } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { bankCards } from '../tables.js';
import { users } from '../../../platform/identity/tables.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { getAdminUser } from '../repository.js';

/**
 * Full view of a user's personal data (PL-7) for the roles allowed to see it; every view is
 * audited as `pii.view` with the fields shown, in the same transaction as the read.
 */
export async function revealUserData(
  ctx: AppContext,
  viewer: AuthUser,
  userId: string,
  ip: string | null,
): Promise<{
  mobile: string | null;
  idNumber: string | null;
  bankCards: { id: string; cardNumber: string }[];
}> {
  assertRole(viewer, FULL_VIEW_ROLES);
  const scope = scopeOf(viewer);
  return ctx.db.transaction(async (tx) => {
    const target = await getAdminUser(tx, scope, userId, ctx.now());
    const [row] = await tx
      .select({ mobile: users.mobile, idNumberEnc: users.idNumberEnc })
      .from(users)
      .where(eq(users.id, userId));
    const cards = await tx
      .select({ id: bankCards.id, cardEnc: bankCards.cardEnc })
      .from(bankCards)
      .where(eq(bankCards.userId, userId))
      .orderBy(bankCards.createdAt);
    const result = {
      mobile: row?.mobile ?? null,
      idNumber: row?.idNumberEnc ? ctx.crypto.decrypt(row.idNumberEnc) : null,
      bankCards: cards.map((c) => ({ id: c.id, cardNumber: ctx.crypto.decrypt(c.cardEnc) })),
    };
    const fields = [
      result.mobile && 'mobile',
      result.idNumber && 'idNumber',
      result.bankCards.length > 0 && 'bankCards',
    ].filter(Boolean);
    await recordAudit(tx, actorOf(viewer, ip), {
      action: 'pii.view',
      entityType: 'user',
      entityId: userId,
      detail: { username: target.username, fields, bankCardIds: result.bankCards.map((c) => c.id) },
    });
    return result;
  });
}
