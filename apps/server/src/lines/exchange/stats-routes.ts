import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { sendPrivateFile } from '../../platform/files/index.js';
import { ZCalendarDate } from '../../platform/http/schemas.js';
import { XLSX_MIME } from '../../platform/excel/index.js';
import { exchangeStats, exchangeStatsWorkbook, STATS_GROUPS } from './operations/exchange-stats.js';

const ZStatsRow = z.object({
  key: z.string(),
  label: z.string(),
  invited: z.number().int(),
  applied: z.number().int(),
  issued: z.number().int(),
  declined: z.number().int(),
  premiumFen: z.number().int(),
  applyRate: z.number(),
  issueRate: z.number(),
});
const ZStatsQuery = z.object({
  groupBy: z.enum(STATS_GROUPS).default('product'),
  from: ZCalendarDate.optional(),
  to: ZCalendarDate.optional(),
});

/** 查询统计 (EX-9). */
export async function registerStatsRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['exchange-admin'];
  const admin = { access: ['exchange_admin'] } as const;
  app.get(
    '/api/admin/stats',
    {
      config: admin,
      schema: {
        tags,
        summary: '查询统计：按产品、保险公司、企业或月份的邀请、投保、出单、保费与转化率',
        querystring: ZStatsQuery,
        response: {
          200: z.object({ groupBy: z.enum(STATS_GROUPS), rows: z.array(ZStatsRow), total: ZStatsRow }),
        },
      },
    },
    async (request) => exchangeStats(ctx, request.query),
  );
  app.get(
    '/api/admin/stats/export',
    {
      config: admin,
      schema: {
        tags,
        summary: '导出查询统计（Excel）',
        querystring: ZStatsQuery,
        response: { 200: z.unknown().describe('.xlsx') },
      },
    },
    async (request, reply) => {
      const file = await exchangeStatsWorkbook(ctx, request.query);
      return sendPrivateFile(reply, { mime: XLSX_MIME, filename: file.filename, body: file.data });
    },
  );
}
