import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';

/**
 * A generic insured-person roster filled by the Excel 'roster' template (owner: modules/imports).
 * Lines of business (exchange rosters, travel insured lists, union members) build on it.
 */
export const rosterEntries = pgTable(
  'roster_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importId: uuid('import_id').notNull(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(), // IdType from @policyhub/domain
    /** Document number, AES-GCM encrypted (platform/crypto) with a blind index for lookup. */
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIdx: text('id_number_idx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender'), // M | F
    birthDate: text('birth_date'), // YYYY-MM-DD
    mobile: text('mobile'),
    rowNo: integer('row_no').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('roster_entries_row_uq').on(t.importId, t.rowNo),
    index('roster_entries_org_idx').on(t.orgId),
    index('roster_entries_id_number_idx').on(t.idNumberIdx),
  ],
);
