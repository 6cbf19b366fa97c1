import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { sendPrivateFile } from '../../platform/files/index.js';
import { requireUser } from '../../platform/http/guard.js';
import { ZId } from '../../platform/http/schemas.js';
import { openFileDownload } from './operations/open-file-download.js';

export async function registerFileRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  app.get(
    '/api/files/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['files'],
        summary: '下载文件（本人或数据范围内机构的文件）',
        params: ZId,
        response: { 200: z.unknown().describe('文件内容（二进制，Content-Disposition: attachment）') },
      },
    },
    async (request, reply) => {
      const file = await openFileDownload(ctx, requireUser(request), request.params.id, request.ip);
      return sendPrivateFile(reply, {
        mime: file.mime,
        filename: file.name,
        body: file.stream,
        size: file.size,
      });
    },
  );
}
