import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult } from '../../platform/http/schemas.js';
import { MESSAGE_CENTER_ROLES } from './roles.js';
import { ZMessage, ZMessageQuery } from './schemas.js';
import { findMessages } from './operations/find-messages.js';

export async function registerMessageRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  app.get(
    '/api/admin/messages',
    {
      config: { access: MESSAGE_CENTER_ROLES },
      schema: {
        tags: ['messages'],
        summary: '消息中心（短信、邮件发件箱；收件人脱敏）',
        querystring: ZMessageQuery,
        response: { 200: pageResult(ZMessage) },
      },
    },
    async (request) => findMessages(ctx, requireUser(request), request.query),
  );
}
