import { and, eq } from 'drizzle-orm';
import type { Role } from '@policyhub/domain';
import type { Executor } from '../../../platform/db/index.js';
import { users } from '../../../platform/identity/tables.js';

/**
 * An account that waits for a review before it may sign in (an enterprise's self-registration):
 * status 'pending', with the password its owner chose (no change forced at the first login).
 */
export async function createPendingAccount(
  executor: Executor,
  input: {
    orgId: string;
    role: Role;
    username: string;
    displayName: string;
    passwordHash: string;
    mobile: string;
    email: string | null;
    now: Date;
  },
): Promise<{ id: string }> {
  const [row] = await executor
    .insert(users)
    .values({
      orgId: input.orgId,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: input.passwordHash,
      mustChangePassword: false,
      passwordChangedAt: input.now,
      status: 'pending',
      mobile: input.mobile,
      email: input.email,
    })
    .returning({ id: users.id });
  return row!;
}

/** Settles an account still 'pending': 'active' after approval, 'disabled' after rejection. */
export async function settlePendingAccount(
  executor: Executor,
  userId: string,
  status: 'active' | 'disabled',
): Promise<void> {
  await executor
    .update(users)
    .set({ status })
    .where(and(eq(users.id, userId), eq(users.status, 'pending')));
}
