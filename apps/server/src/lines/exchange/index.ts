import type { LineModule } from '../registry.js';
import { registerTemplate } from '../../platform/excel/index.js';
import { registerExchangeRoutes } from './routes.js';
import { INVITE_JOB_TYPE, runInviteJob } from './operations/run-invite-job.js';
import { registerConsoleRoutes } from './console-routes.js';
import { registerInsurerApiRoutes } from './insurer-api-routes.js';
import { registerPersonalRoutes } from './personal-routes.js';
import { registerStatsRoutes } from './stats-routes.js';
import { registerSimulatedInsurer } from './simulated-insurer.js';
import { notifyInsurerOfOrder } from './operations/notify-insurer-of-order.js';
import { exchangeLine } from './line.js';

/**
 * The insurance exchange's tax-advantaged health line (seed 000): enterprise registration and its
 * approval, group orders (待处理订单) with company information, scans and roster, the admin's
 * 投保处理 (send to the insurer, pre-underwriting result), employee accounts + invitations job and
 * reminders, personal applications and their underwriting and issuing, the insurer console and the
 * insurer system API's exchange endpoints, 查询统计. Owns exchange_registrations, exchange_orders,
 * exchange_order_events and exchange_invitations; its applications live in modules/applications
 * (line 'TAX_HEALTH', the invitation and debit card in their details), an order's roster is a
 * modules/rosters roster (subject 'exchange_order').
 */
export const exchange: LineModule = {
  definition: exchangeLine,
  register: async (app, ctx) => {
    for (const template of exchangeLine.templates) registerTemplate(template);
    ctx.jobs.define(INVITE_JOB_TYPE, (job) => runInviteJob(ctx, job));
    // Integrated insurers get the case as an `order.submitted` webhook (modules/insurer-gateway).
    await registerExchangeRoutes(app, ctx, (c, executor, order) =>
      notifyInsurerOfOrder(c, executor, {
        id: order.id,
        orderNo: order.orderNo,
        insurerOrgId: order.insurerOrgId,
        productId: order.productId,
        productVersionId: order.productVersionId,
        rosterCount: order.rosterCount,
        enterpriseName: order.company?.name ?? order.enterpriseName,
      }),
    );
    await registerConsoleRoutes(app, ctx);
    await registerPersonalRoutes(app, ctx);
    await registerStatsRoutes(app, ctx);
    await registerInsurerApiRoutes(app, ctx);
    // What the insurer simulator (INSURER_SIMULATOR, modules/insurer-gateway/simulator) answers to
    // this line's webhooks, over the API above; a real insurer integrates with that API instead.
    registerSimulatedInsurer(ctx);
  },
};

export { recordPreUnderwriting, type PreUnderwritingResult } from './operations/record-pre-underwriting.js';
export {
  getOrderForInsurer,
  findInvitationsForUser,
  markInvitation,
  type InsurerRosterEntry,
  type UserInvitation,
} from './operations/border.js';
export {
  EXCHANGE_ROSTER_TEMPLATE,
  ROSTER_EXTRA_COLUMNS,
  ZExchangeInsuredExtra,
  orderRosterSubject,
} from './roster-template.js';
export { INVITE_JOB_TYPE } from './operations/run-invite-job.js';
export {
  ORDER_STATUSES,
  ORDER_STATUS_LABELS,
  INVITATION_STATUSES,
  type OrderStatus,
  type InvitationStatus,
} from './statuses.js';
export type { OrderView } from './views.js';

export { exchangeLine } from './line.js';
export { notifyInsurerOfOrder, type OrderForWebhook } from './operations/notify-insurer-of-order.js';
export {
  issueExchangeApplication,
  exchangePolicyTerms,
  type ApplicationIssueInput,
} from './operations/issue-exchange-policy.js';
