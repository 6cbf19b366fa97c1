import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { LINES } from '@policyhub/domain';
import { createdAt } from '../../platform/db/columns.js';

// ── policies: the spine shared by all four lines (owner: modules/policies) ───────────────────
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Business number (PH + line code + yyyymmdd + sequence), separate from the id (STYLE 8). */
    policyNo: text('policy_no').notNull(),
    line: text('line', { enum: LINES }).notNull(), // LINES of packages/domain
    productCode: text('product_code').notNull(),
    productName: text('product_name').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    /** Owning organization for data scope (enterprise, union base, travel agency); null for individuals. */
    orgId: uuid('org_id'),
    holderUserId: uuid('holder_user_id'),
    holderName: text('holder_name').notNull(),
    holderIdType: text('holder_id_type').notNull(),
    holderIdNumberEnc: text('holder_id_number_enc').notNull(),
    holderIdNumberIdx: text('holder_id_number_idx').notNull(),
    holderIdNumberMasked: text('holder_id_number_masked').notNull(),
    sumInsuredFen: bigint('sum_insured_fen', { mode: 'number' }).notNull().default(0),
    premiumFen: bigint('premium_fen', { mode: 'number' }).notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** Last instant of cover (e.g. 23:59:59 Beijing time of the last day). */
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('issued'), // issued | endorsed | cancelled | terminated
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The policy this one was reissued for (换发, workflows/reissue-policy.ts); that one is cancelled. */
    replacesPolicyId: uuid('replaces_policy_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('policies_policy_no_uq').on(t.policyNo),
    index('policies_replaces_idx').on(t.replacesPolicyId),
    index('policies_org_idx').on(t.orgId),
    index('policies_insurer_idx').on(t.insurerOrgId),
    index('policies_holder_user_idx').on(t.holderUserId),
    index('policies_holder_id_idx').on(t.holderIdNumberIdx),
  ],
);

/** Insured persons of a policy (owner: modules/policies); the primary key also indexes policy_id. */
export const policyInsured = pgTable(
  'policy_insured',
  {
    policyId: uuid('policy_id').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender'), // M | F
    birthDate: text('birth_date'), // YYYY-MM-DD
    extra: jsonb('extra').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'policy_insured_pk', columns: [t.policyId, t.seq] }),
    index('policy_insured_id_number_idx').on(t.idNumberIdx),
  ],
);

/** Endorsements (批改) chained to a policy by sequence (owner: modules/policies). */
export const endorsements = pgTable(
  'endorsements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    policyId: uuid('policy_id').notNull(),
    seq: integer('seq').notNull(),
    endorsementNo: text('endorsement_no').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    changes: jsonb('changes')
      .$type<{ item: string; before: unknown; after: unknown }[]>()
      .notNull()
      .default([]),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('endorsements_no_uq').on(t.endorsementNo),
    uniqueIndex('endorsements_policy_seq_uq').on(t.policyId, t.seq),
  ],
);

/** Daily counters behind business numbers (owner: modules/policies; documents use it too via index.ts). */
export const numberSequences = pgTable('number_sequences', {
  name: text('name').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
});
