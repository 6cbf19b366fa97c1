import { and, eq } from 'drizzle-orm';
import { maskBankCard, validateBankCard, validatePersonName } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { bankCards } from '../tables.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import type { BankCardView } from '../schemas.js';

/**
 * Adds a bank card to the signed-in user (PL-7): the number is stored encrypted with the active
 * key id, a blind index for exact lookups, and a masked copy for display. A Luhn failure is only
 * a warning, because some issuers' cards do not pass it.
 */
export async function addBankCard(
  ctx: AppContext,
  user: AuthUser,
  input: { holderName: string; bankName?: string | null; cardNumber: string },
  ip: string | null,
): Promise<BankCardView & { warnings: string[] }> {
  const card = validateBankCard(input.cardNumber, { bankName: input.bankName });
  if (!card.ok)
    throw new AppError('VALIDATION_FAILED', {
      message: card.reason,
      details: [{ field: 'cardNumber', message: card.reason }],
    });
  const holder = validatePersonName(input.holderName);
  if (!holder.ok)
    throw new AppError('VALIDATION_FAILED', {
      message: holder.reason,
      details: [{ field: 'holderName', message: holder.reason }],
    });
  const index = ctx.crypto.blindIndex(card.value);
  const masked = maskBankCard(card.value);

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: bankCards.id })
      .from(bankCards)
      .where(and(eq(bankCards.userId, user.id), eq(bankCards.cardIdx, index)))
      .limit(1);
    if (existing) throw new AppError('CONFLICT', { message: `银行卡 ${masked} 已添加，无需重复添加` });
    const encrypted = ctx.crypto.encrypt(card.value);
    const [row] = await tx
      .insert(bankCards)
      .values({
        userId: user.id,
        holderName: holder.value,
        bankName: input.bankName?.trim() || null,
        cardEnc: encrypted,
        cardIdx: index,
        cardMasked: masked,
        keyId: ctx.crypto.keyIdOf(encrypted),
      })
      .returning({
        id: bankCards.id,
        holderName: bankCards.holderName,
        bankName: bankCards.bankName,
        cardMasked: bankCards.cardMasked,
        createdAt: bankCards.createdAt,
      });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'bank_card.add',
      entityType: 'bank_card',
      entityId: row!.id,
      detail: { cardMasked: masked },
    });
    return {
      ...row!,
      createdAt: row!.createdAt.toISOString(),
      warnings: [...card.warnings, ...holder.warnings],
    };
  });
}
