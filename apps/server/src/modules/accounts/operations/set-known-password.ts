import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { users } from '../../../platform/identity/tables.js';
import { hashPassword } from '../../../platform/auth/password.js';

/** Sets a password chosen by the system operator (demo seed), without notifying anyone. */
export async function setKnownPassword(
  executor: Executor,
  userId: string,
  password: string,
  options: { mustChange: boolean; now: Date },
): Promise<void> {
  await executor
    .update(users)
    .set({
      passwordHash: await hashPassword(password),
      mustChangePassword: options.mustChange,
      passwordChangedAt: options.now,
    })
    .where(eq(users.id, userId));
}
