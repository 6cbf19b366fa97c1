import type { LineModule } from '../registry.js';
import { registerTemplate } from '../../platform/excel/index.js';
import { unionLine } from './line.js';
import { registerMembersRoutes } from './members-routes.js';
import { registerApplicationsRoutes } from './applications-routes.js';
import { registerChainRoutes } from './chain-routes.js';
import { registerMemberQueryRoutes } from './member-query-routes.js';
import { registerTerminationsRoutes } from './terminations-routes.js';

/**
 * Union mutual aid (seed 001, SPEC §4): the chain 基层工会 → 代办处 → 总会/信息部 over the
 * organization tree, members (入会管理, 批量入会), applications (投保管理, on modules/applications
 * with line 'MUTUAL_AID': the member is the 投保人, the base unit owns it), the agency office's
 * 上报/打回 and receipts, 财务确认 → policies 打印生效 with each member's 电子保障凭证 (policies +
 * documents through workflows), member query with claims, 会员变更 and 调入调出 (approvals), early
 * termination (approvals + endorse-policy). Owns union_units, union_members, union_claims,
 * union_member_requests, union_terminations and union_receipts; plans are products with a
 * `per-copy` rate table and the ZUnionPlanContent part.
 */
export const union: LineModule = {
  definition: unionLine,
  register: async (app, ctx) => {
    for (const template of unionLine.templates) registerTemplate(template);
    await registerMembersRoutes(app, ctx);
    await registerApplicationsRoutes(app, ctx);
    await registerChainRoutes(app, ctx);
    await registerMemberQueryRoutes(app, ctx);
    await registerTerminationsRoutes(app, ctx);
  },
};

export { unionLine } from './line.js';
