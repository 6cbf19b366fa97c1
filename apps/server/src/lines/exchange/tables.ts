import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';

// ── exchange: enterprise registrations, orders, invitations (owner: lines/exchange) ──
/** Enterprise self-registrations (EX-3) awaiting the exchange admin's 注册登记审核. */
export const exchangeRegistrations = pgTable(
  'exchange_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    companyName: text('company_name').notNull(),
    /** Unified social credit code, or null when the three old numbers were given. */
    creditCode: text('credit_code'),
    orgCode: text('org_code'),
    licenceNo: text('licence_no'),
    taxNo: text('tax_no'),
    email: text('email').notNull(),
    contactName: text('contact_name').notNull(),
    contactMobile: text('contact_mobile').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | rejected
    rejectReason: text('reject_reason'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('exchange_registrations_status_idx').on(t.status, t.createdAt),
    index('exchange_registrations_credit_idx').on(t.creditCode),
    index('exchange_registrations_org_code_idx').on(t.orgCode),
  ],
);

/** 待处理订单: an enterprise's group order for one product version (EX-4, EX-5). */
export const exchangeOrders = pgTable(
  'exchange_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderNo: text('order_no').notNull(),
    enterpriseOrgId: uuid('enterprise_org_id').notNull(),
    productId: uuid('product_id').notNull(),
    productVersionId: uuid('product_version_id').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    status: text('status').notNull().default('draft'), // draft | submitted | sent | passed | failed
    company: jsonb('company').$type<Record<string, string>>(),
    scans: jsonb('scans')
      .$type<{ licence?: string; orgCode?: string; taxCert?: string }>()
      .notNull()
      .default({}),
    rosterImportId: uuid('roster_import_id'),
    rosterCount: integer('roster_count').notNull().default(0),
    sentVia: text('sent_via'), // email | api
    sentAt: timestamp('sent_at', { withTimezone: true }),
    windowStart: text('window_start'), // YYYY-MM-DD
    windowEnd: text('window_end'),
    invitationCode: text('invitation_code'),
    remarks: text('remarks'),
    failReason: text('fail_reason'),
    /** The accounts + invitations job queued on a pass. */
    inviteTaskId: uuid('invite_task_id'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_orders_no_uq').on(t.orderNo),
    index('exchange_orders_enterprise_idx').on(t.enterpriseOrgId),
    index('exchange_orders_insurer_idx').on(t.insurerOrgId),
    index('exchange_orders_status_idx').on(t.status, t.submittedAt),
  ],
);

/** The order's state history (shown on the admin detail page). */
export const exchangeOrderEvents = pgTable(
  'exchange_order_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id').notNull(),
    action: text('action').notNull(),
    actorName: text('actor_name'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('exchange_order_events_order_idx').on(t.orderId, t.id)],
);

/** An employee's invitation to apply (待投保) after a pass. */
export const exchangeInvitations = pgTable(
  'exchange_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull(),
    userId: uuid('user_id').notNull(),
    rosterRowNo: integer('roster_row_no').notNull(),
    status: text('status').notNull().default('invited'), // invited | applied | issued | declined
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_invitations_order_user_uq').on(t.orderId, t.userId),
    index('exchange_invitations_user_idx').on(t.userId),
  ],
);
