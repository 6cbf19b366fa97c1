import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { ZId } from '../../platform/http/schemas.js';
import { createApiKey, listApiKeys, revokeApiKey } from './keys.js';

const ZApiKey = z.object({
  id: z.uuid(),
  keyId: z.string(),
  webhookUrl: z.string().nullable(),
  status: z.enum(['active', 'revoked']),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});

/** Insurer console: API keys of the insurer system interface (EX-8). */
export async function registerApiKeyRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['exchange-insurer'];
  const insurer = { access: ['insurer_staff'] } as const;

  app.get(
    '/api/insurer/api-keys',
    {
      config: insurer,
      schema: {
        tags,
        summary: '本公司的接口密钥（不含密钥明文）',
        response: { 200: z.object({ items: z.array(ZApiKey) }) },
      },
    },
    async (request) => ({ items: await listApiKeys(ctx, requireUser(request)) }),
  );

  app.post(
    '/api/insurer/api-keys',
    {
      config: insurer,
      schema: {
        tags,
        summary: '创建接口密钥（secret 只显示这一次，请妥善保存）',
        body: z.object({ webhookUrl: z.url({ message: '回调地址不正确' }).nullable().default(null) }),
        response: { 201: ZApiKey.extend({ secret: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createApiKey(ctx, requireUser(request), { webhookUrl: request.body.webhookUrl }, request.ip),
        ),
  );

  app.post(
    '/api/insurer/api-keys/:id/revoke',
    {
      config: insurer,
      schema: { tags, summary: '停用接口密钥', params: ZId, response: { 200: ZApiKey } },
    },
    async (request) => revokeApiKey(ctx, requireUser(request), request.params.id, request.ip),
  );
}
