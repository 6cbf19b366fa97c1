import { LINES } from '@policyhub/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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

// ── products, versions, disclosures (owner: modules/products) ─────────────────────────────────
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    insurerOrgId: uuid('insurer_org_id').notNull(),
    /** One of the lines of packages/domain lines.ts (the check follows that list). */
    line: text('line', { enum: LINES }).notNull(),
    name: text('name').notNull(),
    status: text('status').notNull().default('pending_listing'), // draft | pending_listing | listed | rejected | delisted
    published: boolean('published').notNull().default(false),
    /** The approved version new orders and applications use. */
    currentVersionId: uuid('current_version_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('products_code_uq').on(t.code),
    index('products_insurer_idx').on(t.insurerOrgId),
    check('products_line_ck', sql`${t.line} in (${sql.raw(LINES.map((l) => `'${l}'`).join(', '))})`),
  ],
);

/** Product content is versioned: orders and applications keep the version they were made with. */
export const productVersions = pgTable(
  'product_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | rejected | superseded
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    clausesFileId: uuid('clauses_file_id'),
    reviewReason: text('review_reason'),
    submittedBy: uuid('submitted_by'),
    reviewedBy: uuid('reviewed_by'),
    createdAt: createdAt(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('product_versions_no_uq').on(t.productId, t.version),
    index('product_versions_status_idx').on(t.status),
  ],
);

export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('disclosures_product_idx').on(t.productId)],
);
