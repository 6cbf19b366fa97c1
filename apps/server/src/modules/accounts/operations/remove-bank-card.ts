import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { bankCards } from '../tables.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { notFound } from '../../../platform/errors.js';

/** Removes one of the signed-in user's own bank cards (anyone else's answers 404). */
export async function removeBankCard(
  ctx: AppContext,
  user: AuthUser,
  cardId: string,
  ip: string | null,
): Promise<{ ok: true }> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(bankCards)
      .where(and(eq(bankCards.id, cardId), eq(bankCards.userId, user.id)))
      .returning({ cardMasked: bankCards.cardMasked });
    if (!row) throw notFound('银行卡');
    await recordAudit(tx, actorOf(user, ip), {
      action: 'bank_card.remove',
      entityType: 'bank_card',
      entityId: cardId,
      detail: { cardMasked: row.cardMasked },
    });
    return { ok: true as const };
  });
}
