import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';

/** Member query (MA-6): 会员信息查询 with application and claim history, claims (recorded or imported), 会员变更 and 调入调出 through the approvals chain. */
export async function registerMemberQueryRoutes(_app: ZApp, _ctx: AppContext): Promise<void> {}
