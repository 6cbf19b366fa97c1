import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import { findBankCards } from '../repository.js';
import type { BankCardView } from '../schemas.js';

/** The signed-in user's own bank cards, masked. */
export async function listBankCards(ctx: AppContext, user: AuthUser): Promise<{ items: BankCardView[] }> {
  return { items: await findBankCards(ctx.db, user.id) };
}
