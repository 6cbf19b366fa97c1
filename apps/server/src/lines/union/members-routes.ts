import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';

/** Members (会员, MA-1/MA-2): 入会管理 — add one by one, edit/delete in 新建/打回, 当前查询结果上报, 全部删除; the 批量入会 template, 业务校验 and 业务办理 job. */
export async function registerMembersRoutes(_app: ZApp, _ctx: AppContext): Promise<void> {}
