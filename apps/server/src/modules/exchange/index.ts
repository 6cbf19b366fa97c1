import type { Module } from '../index.js';
import { registerTemplate } from '../../platform/excel/index.js';
import { notifyInsurerOfOrder } from '../exchange-products/index.js';
import { registerExchangeRoutes } from './routes.js';
import { exchangeRosterTemplate } from './roster-template.js';
import { INVITE_JOB_TYPE, runInviteJob } from './operations/run-invite-job.js';

/**
 * Insurance exchange, enterprise side (EX-3…EX-5, EX-8): enterprise registration and its
 * approval, group orders (待处理订单) with company information, scans and roster, the admin's
 * 投保处理 (send to the insurer, pre-underwriting result), the employee accounts + invitations
 * job and reminders. Owns exchange_registrations, exchange_orders, exchange_order_events,
 * exchange_roster and exchange_invitations.
 */
export const exchangeModule: Module = async (app, ctx) => {
  registerTemplate(exchangeRosterTemplate);
  ctx.jobs.define(INVITE_JOB_TYPE, (job) => runInviteJob(ctx, job));
  // Integrated insurers get the case as an `order.submitted` webhook (modules/exchange-products).
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
};

export { recordPreUnderwriting, type PreUnderwritingResult } from './operations/record-pre-underwriting.js';
export {
  getOrderForInsurer,
  findInvitationsForUser,
  markInvitation,
  type InsurerRosterEntry,
  type UserInvitation,
} from './operations/border.js';
export { EXCHANGE_ROSTER_TEMPLATE, ROSTER_EXTRA_COLUMNS } from './roster-template.js';
export { INVITE_JOB_TYPE } from './operations/run-invite-job.js';
export {
  ORDER_STATUSES,
  ORDER_STATUS_LABELS,
  INVITATION_STATUSES,
  type OrderStatus,
  type InvitationStatus,
} from './statuses.js';
export type { OrderView } from './views.js';
