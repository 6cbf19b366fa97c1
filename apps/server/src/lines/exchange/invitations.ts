import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { markInvitation, type InvitationStatus } from './index.js';

/** Moves the employee's invitation (owned by modules/exchange) along with the application. */
export async function markInvitationStatus(
  ctx: AppContext,
  executor: Executor,
  invitationId: string,
  status: InvitationStatus,
): Promise<void> {
  await markInvitation(ctx, executor, invitationId, status);
}
