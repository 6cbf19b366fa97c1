import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Module } from '../index.js';
import { AppError } from '../../platform/errors.js';

/** Health and build information. */
export const systemModule: Module = async (app, ctx) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '健康检查（含数据库连通）',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      try {
        await ctx.db.execute(sql`select 1`);
      } catch (error) {
        throw new AppError('UNAVAILABLE', { message: '数据库不可用', cause: error });
      }
      return { status: 'ok' as const, database: ctx.database.kind };
    },
  );
};
