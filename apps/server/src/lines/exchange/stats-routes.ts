import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { sendPrivateFile } from '../../platform/files/index.js';
import { ZCalendarDate } from '../../platform/http/schemas.js';
import { XLSX_MIME } from '../../platform/excel/index.js';
import { requireUser } from '../../platform/http/guard.js';
import { exchangeStats, exchangeStatsWorkbook, STATS_GROUPS } from './operations/exchange-stats.js';
import { pendingWork } from './operations/pending-work.js';
import { ORDER_STATUSES, type OrderStatus } from './statuses.js';

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

const count = z.number().int().min(0);
const ZPendingWork = z.object({
  registrationsPending: count.describe('注册登记审核：待审核的企业注册'),
  listingsPending: count.describe('挂牌交易审核：待审核的首次挂牌'),
  listingChangesPending: count.describe('挂牌变更审核：待审核的挂牌变更'),
  orders: z
    .object(Object.fromEntries(ORDER_STATUSES.map((s) => [s, count])) as Record<OrderStatus, typeof count>)
    .describe('投保处理：各状态的订单数'),
});

/** 查询统计 (EX-9) and the admin home's counts of pending work. */
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
    '/api/admin/pending-work',
    {
      config: admin,
      schema: {
        tags,
        summary: '待办数量：待审核注册、待审核挂牌与变更、各状态订单（管理中心首页）',
        response: { 200: ZPendingWork },
      },
    },
    async (request) => pendingWork(ctx, requireUser(request)),
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
