import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult, ZId } from '../../platform/http/schemas.js';
import { ZTask, ZTaskQuery } from './schemas.js';
import { findMyTasks } from './operations/find-my-tasks.js';
import { getMyTask } from './operations/get-my-task.js';

export async function registerTaskRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['tasks'];

  app.get(
    '/api/tasks',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '我的任务（本人发起的后台任务，最新在前）',
        querystring: ZTaskQuery,
        response: { 200: pageResult(ZTask) },
      },
    },
    async (request) => findMyTasks(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/tasks/:id',
    {
      config: { access: 'user' },
      schema: { tags, summary: '任务详情（进度、结果）', params: ZId, response: { 200: ZTask } },
    },
    async (request) => getMyTask(ctx, requireUser(request), request.params.id),
  );
}
