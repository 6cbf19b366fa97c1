import type { MemberStatus } from '@policyhub/domain';
import {
  bigint,
  date,
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

// ── union mutual aid: units, members, claims, member requests, terminations, receipts (owner: lines/union) ──

/** A base unit's union facts (单位编号) and its member-number counter; the unit itself is an organization. */
export const unionUnits = pgTable(
  'union_units',
  {
    orgId: uuid('org_id').primaryKey(),
    /** 单位编号, shown and searched by the agency office (当前单位编号). */
    unitNo: text('unit_no').notNull(),
    /** The last member number handed out in this unit (member no. = unit no. + 6-digit sequence). */
    memberSeq: integer('member_seq').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('union_units_no_uq').on(t.unitNo)],
);

/**
 * A union member (会员, MA-1/MA-2), in exactly one base unit at a time (a transfer moves it). The ID
 * number is encrypted with a blind index (one member record per person) and a masked copy; gender
 * and birth date come from the ID number. Status moves only by packages/domain memberMachine.
 */
export const unionMembers = pgTable(
  'union_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberNo: text('member_no').notNull(),
    unitOrgId: uuid('unit_org_id').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull().default('resident_id'),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender').$type<'M' | 'F'>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    mobileEnc: text('mobile_enc'),
    mobileMasked: text('mobile_masked'),
    /** The member's optional facts as entered (民族, 工作部门, 入会日期, 备注 …). */
    extra: jsonb('extra').$type<Record<string, string>>().notNull().default({}),
    status: text('status').$type<MemberStatus>().notNull().default('new'),
    /** Why the agency office returned it (打回), shown on the row until it is submitted again. */
    returnReason: text('return_reason'),
    /** The agency-approved over-age document (files), when admitted above the age window (MA-3). */
    overAgeFileId: uuid('over_age_file_id'),
    createdBy: uuid('created_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('union_members_no_uq').on(t.memberNo),
    uniqueIndex('union_members_id_uq').on(t.idNumberIdx),
    index('union_members_unit_status_idx').on(t.unitOrgId, t.status, t.createdAt),
    index('union_members_name_idx').on(t.name),
  ],
);

/**
 * A claim paid to a member (理赔历史, MA-6): recorded by the agency office or imported from the
 * insurer's template (date, plan, diagnosis category, amount paid).
 */
export const unionClaims = pgTable(
  'union_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id').notNull(),
    unitOrgId: uuid('unit_org_id').notNull(),
    claimDate: date('claim_date', { mode: 'string' }).notNull(),
    productId: uuid('product_id'),
    planName: text('plan_name').notNull(),
    diagnosisCategory: text('diagnosis_category').notNull(),
    amountPaidFen: bigint('amount_paid_fen', { mode: 'number' }).notNull(),
    policyNo: text('policy_no'),
    /** 'agency' (recorded by hand) | 'import' (from the insurer's claims template). */
    source: text('source').notNull(),
    importId: uuid('import_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('union_claims_member_idx').on(t.memberId, t.claimDate)],
);

/**
 * A request about a member that climbs the approvals chain (MA-6): 会员变更 (name or ID number,
 * with a reason) or 调入/调出 (created by the receiving unit). The approval itself is a
 * modules/approvals request on subject ('union.member-request', id); this row holds what changes.
 */
export const unionMemberRequests = pgTable(
  'union_member_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestNo: text('request_no').notNull(),
    /** 'change' (会员变更) | 'transfer' (调入调出). */
    kind: text('kind').notNull(),
    memberId: uuid('member_id').notNull(),
    /** The unit the member is in when the request is made. */
    fromUnitOrgId: uuid('from_unit_org_id').notNull(),
    /** A transfer's receiving unit (which creates it); for a change, the member's unit. */
    toUnitOrgId: uuid('to_unit_org_id').notNull(),
    newName: text('new_name'),
    newIdNumberEnc: text('new_id_number_enc'),
    newIdNumberIdx: text('new_id_number_idx'),
    newIdNumberMasked: text('new_id_number_masked'),
    reason: text('reason').notNull(),
    /** new | submitted | approved | returned | rejected (the approval's state once submitted). */
    status: text('status').notNull().default('new'),
    approvalId: uuid('approval_id'),
    createdBy: uuid('created_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('union_member_requests_no_uq').on(t.requestNo),
    index('union_member_requests_member_idx').on(t.memberId),
    index('union_member_requests_to_unit_idx').on(t.toUnitOrgId, t.status),
  ],
);

/**
 * 保单提前终止申请 (MA-7) of a policy in 打印生效: the request form PDF to stamp (documents,
 * kind 'termination'), the approval up the chain, and once approved the signed e-endorsement.
 */
export const unionTerminations = pgTable(
  'union_terminations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestNo: text('request_no').notNull(),
    policyId: uuid('policy_id').notNull(),
    unitOrgId: uuid('unit_org_id').notNull(),
    terminationDate: date('termination_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    /** new | submitted | approved | returned | rejected. */
    status: text('status').notNull().default('new'),
    approvalId: uuid('approval_id'),
    formDocumentId: uuid('form_document_id'),
    endorsementId: uuid('endorsement_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('union_terminations_no_uq').on(t.requestNo),
    index('union_terminations_policy_idx').on(t.policyId),
    index('union_terminations_unit_idx').on(t.unitOrgId, t.status),
  ],
);

/** 开具收据 (MA-8): a signed receipt for the premiums an agency office received from a base unit. */
export const unionReceipts = pgTable(
  'union_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receiptNo: text('receipt_no').notNull(),
    agencyOrgId: uuid('agency_org_id').notNull(),
    unitOrgId: uuid('unit_org_id').notNull(),
    productId: uuid('product_id'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    headCount: integer('head_count').notNull(),
    /** The applications the receipt covers (numbers), as they were when it was issued. */
    applicationNos: jsonb('application_nos').$type<string[]>().notNull().default([]),
    documentId: uuid('document_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('union_receipts_no_uq').on(t.receiptNo),
    index('union_receipts_agency_idx').on(t.agencyOrgId, t.createdAt),
  ],
);
