import {
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
import { createdAt } from '../../platform/db/columns.js';

/**
 * A draft people list owned by a subject — an exchange order today, a travel tour or a union
 * batch later — and an organization (owner: modules/rosters). Filled from an Excel roster
 * template, replaced as a whole by each new import until confirmed; confirmed, it no longer changes
 * and is what the policy's insured people are copied from.
 */
export const rosters = pgTable(
  'rosters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What owns the list, e.g. 'exchange_order' (ROSTER_SUBJECTS), and that row's id. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    orgId: uuid('org_id').notNull(),
    /** The Excel template that fills it (platform/excel registry name). */
    template: text('template').notNull(),
    status: text('status').notNull().default('draft'), // draft | confirmed
    /** The import whose rows the list holds now. */
    importId: uuid('import_id'),
    peopleCount: integer('people_count').notNull().default(0),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rosters_subject_uq').on(t.subjectType, t.subjectId),
    index('rosters_org_idx').on(t.orgId),
  ],
);

/** The people of a roster, one per workbook row (owner: modules/rosters). */
export const rosterPeople = pgTable(
  'roster_people',
  {
    rosterId: uuid('roster_id').notNull(),
    rowNo: integer('row_no').notNull(),
    importId: uuid('import_id').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(), // IdType from @policyhub/domain
    /** Document number, AES-GCM encrypted (platform/crypto) with a blind index for lookup. */
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender'), // M | F
    birthDate: text('birth_date'), // YYYY-MM-DD
    mobile: text('mobile'),
    /** The line's extra columns (exchange: medical insurance type and city, …), checked by its template. */
    extra: jsonb('extra').$type<Record<string, string>>().notNull().default({}),
    /** The person's account once a line opens one (exchange: the invitations job after a pass). */
    userId: uuid('user_id'),
  },
  (t) => [
    primaryKey({ name: 'roster_people_pk', columns: [t.rosterId, t.rowNo] }),
    index('roster_people_id_number_idx').on(t.idNumberIdx),
  ],
);
