import type { ApplicationStatus, Line } from '@policyhub/domain';
import {
  bigint,
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
import type { InsuredPerson, QuoteSnapshot, UnderwritingDecision } from './types.js';

// ── applications (投保申请) of every line (owner: modules/applications) ──────────────────────────
/**
 * An application of any line: the applicant and the insured people as confirmed on the form, the
 * answers, the quote as rated, the status (moved only by packages/domain applicationMachine), the
 * underwriting outcome and, once issued, its policy. The line's own facts (the exchange's
 * invitation, debit card and consent, 税优识别码) sit in `details`, checked by the line.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationNo: text('application_no').notNull(),
    line: text('line').$type<Line>().notNull(),
    /** The applicant's own account (data scope `self`); null when an organization applies. */
    userId: uuid('user_id'),
    /** Owning organization (data scope `subtree`): the exchange's enterprise, a union base, an agency. */
    orgId: uuid('org_id'),
    productId: uuid('product_id').notNull(),
    productVersionId: uuid('product_version_id').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    /**
     * The product year, for lines that allow one application per person, product and year
     * (packages/domain checkOnePerProductYear); the unique index holds it against concurrent
     * submissions. Null for lines without that rule (nulls never collide).
     */
    productYear: integer('product_year'),
    status: text('status').$type<ApplicationStatus>().notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdType: text('applicant_id_type').notNull(),
    applicantIdNumberEnc: text('applicant_id_number_enc').notNull(),
    /** HMAC blind index of the ID number; null only on rows migrated without one. */
    applicantIdNumberIdx: text('applicant_id_number_idx'),
    applicantIdNumberMasked: text('applicant_id_number_masked').notNull(),
    applicantGender: text('applicant_gender').$type<'M' | 'F'>(),
    applicantBirthDate: text('applicant_birth_date'),
    applicantMobile: text('applicant_mobile'),
    /** The people to insure (the exchange: the applicant alone; union and travel: lists). */
    insured: jsonb('insured').$type<InsuredPerson[]>().notNull().default([]),
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull().default({}),
    /** The premium and the rating input as rated by packages/domain ratePremium at submission. */
    quote: jsonb('quote').$type<QuoteSnapshot>().notNull(),
    premiumFen: bigint('premium_fen', { mode: 'number' }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    decision: text('decision').$type<UnderwritingDecision>(),
    decisionReason: text('decision_reason'),
    insurerRef: text('insurer_ref'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    policyId: uuid('policy_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('applications_no_uq').on(t.applicationNo),
    uniqueIndex('applications_person_year_uq').on(t.userId, t.productId, t.productYear),
    index('applications_insurer_idx').on(t.insurerOrgId, t.createdAt),
    index('applications_user_idx').on(t.userId),
    index('applications_org_idx').on(t.orgId),
    // The union's lists (a unit's 新建/上报 applications of a plan) and a person's applications of
    // a product (duplicates, applications in progress, copies held).
    index('applications_org_status_idx').on(t.orgId, t.status, t.productId, t.createdAt),
    index('applications_applicant_idx').on(t.applicantIdNumberIdx, t.productId),
    index('applications_line_idx').on(t.line, t.createdAt),
  ],
);
