import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import { notFound } from '../../../platform/errors.js';
import { findTaskOfUser } from '../repository.js';

/** One of the caller's tasks; another user's task answers 404 like a missing one. */
export async function getMyTask(ctx: AppContext, user: AuthUser, taskId: string) {
  const task = await findTaskOfUser(ctx.db, user.id, taskId);
  if (!task) throw notFound('任务');
  return task;
}
