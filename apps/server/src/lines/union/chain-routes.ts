import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';

/** The agency office and HQ (MA-8): the units' submissions, 当前查询结果上报/打回 with a reason, 财务确认 → policies 打印生效 and the 电子保障凭证 in bulk, 开具收据. */
export async function registerChainRoutes(_app: ZApp, _ctx: AppContext): Promise<void> {}
