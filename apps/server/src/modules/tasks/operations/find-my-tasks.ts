import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import { findTasksOfUser } from '../repository.js';
import type { TaskQuery } from '../schemas.js';

/** 我的任务: the caller's own background tasks, newest first. */
export async function findMyTasks(ctx: AppContext, user: AuthUser, query: TaskQuery) {
  return findTasksOfUser(ctx.db, user.id, query);
}
