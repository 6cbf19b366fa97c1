import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';

/** Applications (投保, MA-4/MA-5): 投保管理 — one by one, for confirmed members, 批量续转, the 批量投保 template, 修改预期生效时间, 汇总金额, 当前查询结果上报, 批量删除; every MA-5 failure reason. */
export async function registerApplicationsRoutes(_app: ZApp, _ctx: AppContext): Promise<void> {}
