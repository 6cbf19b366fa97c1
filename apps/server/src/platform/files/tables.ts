import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';

// ── files (owner: platform/files) ────────────────────────────────────────────────────────────
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    purpose: text('purpose').notNull(),
    ownerUserId: uuid('owner_user_id'),
    ownerOrgId: uuid('owner_org_id'),
    createdAt: createdAt(),
  },
  (t) => [index('files_owner_org_idx').on(t.ownerOrgId), index('files_sha_idx').on(t.sha256)],
);
