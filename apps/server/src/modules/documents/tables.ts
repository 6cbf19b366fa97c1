import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt } from '../../platform/db/columns.js';

// ── signing keys and certificates (owner: modules/documents; ED-2) ───────────────────────────
export const signingKeys = pgTable(
  'signing_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The insurer a signing key belongs to; null for the platform's CAs and TSA. */
    insurerOrgId: uuid('insurer_org_id'),
    kind: text('kind').notNull(), // ca | signing | tsa
    algorithm: text('algorithm').notNull(), // RSA-2048 | ECDSA-P256 | SM2
    subject: text('subject').notNull(),
    serial: text('serial').notNull(),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('active'), // active | retired | revoked
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationReason: text('revocation_reason'),
    certificatePem: text('certificate_pem').notNull(),
    /** Issuer certificates, nearest first. */
    chainPem: jsonb('chain_pem').$type<string[]>().notNull().default([]),
    /** PKCS#8 PEM encrypted with the field-encryption keys; null for an imported CA certificate. */
    privateKeyEnc: text('private_key_enc'),
    /** The CA row that issued this certificate (null for roots and imported keys). */
    issuerKeyId: uuid('issuer_key_id'),
    source: text('source').notNull().default('generated'), // generated | imported
    /**
     * The insurer's own seal image (PNG, base64) imported with this key: the visible appearance of
     * its signatures. Null: a seal is drawn from the insurer's name.
     */
    sealPng: text('seal_png'),
    createdAt: createdAt(),
  },
  (t) => [
    index('signing_keys_insurer_idx').on(t.insurerOrgId),
    // The database, not only a lock, guarantees one active signing key per insurer and one active
    // platform CA/TSA per algorithm, so two processes starting at once cannot both create one.
    uniqueIndex('signing_keys_active_signing_uq')
      .on(t.insurerOrgId)
      .where(sql`status = 'active' and kind = 'signing'`),
    uniqueIndex('signing_keys_active_platform_uq')
      .on(t.kind, t.algorithm)
      .where(sql`status = 'active' and insurer_org_id is null`),
  ],
);

// ── what an insurer's documents show about it (owner: modules/documents) ───────────────────────
export const insurerDocumentSettings = pgTable('insurer_document_settings', {
  insurerOrgId: uuid('insurer_org_id').primaryKey(),
  /** 客服电话, printed in the insurer's block and where the notes say to call it. */
  hotline: text('hotline'),
  /** The header logo (PNG or JPEG, base64), checked by its magic bytes and size. */
  logo: text('logo'),
  logoMime: text('logo_mime'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});

// ── documents: the signed-document archive (owner: modules/documents; ED-5) ──────────────────
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    /** Archive number (ED + yyyymmdd + sequence). */
    documentNo: text('document_no').notNull(),
    kind: text('kind').notNull(), // policy | endorsement | application | termination | reconciliation | receipt
    policyId: uuid('policy_id'),
    endorsementId: uuid('endorsement_id'),
    /** Policy version the document shows. */
    version: integer('version').notNull().default(1),
    insurerOrgId: uuid('insurer_org_id'),
    /** Copied from the policy at issue time, for data scope. */
    orgId: uuid('org_id'),
    holderUserId: uuid('holder_user_id'),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    fileId: uuid('file_id').notNull(),
    storageKey: text('storage_key').notNull(),
    signingKeyId: uuid('signing_key_id'),
    algorithm: text('algorithm').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    retentionUntil: timestamp('retention_until', { withTimezone: true }).notNull(),
    legalHold: boolean('legal_hold').notNull().default(false),
    legalHoldReason: text('legal_hold_reason'),
    specimen: boolean('specimen').notNull().default(false),
    /** Set when the bytes were deleted after the retention date; the row stays as a record. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('documents_no_uq').on(t.documentNo),
    index('documents_policy_idx').on(t.policyId),
    index('documents_sha_idx').on(t.sha256),
    index('documents_org_idx').on(t.orgId),
    index('documents_holder_idx').on(t.holderUserId),
    index('documents_issued_idx').on(t.issuedAt),
  ],
);

/** Public query attempts (ED-4), for the per-policy-number and per-address lockout. */
export const documentQueryAttempts = pgTable(
  'document_query_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Blind index of the policy number as typed (null when the captcha already failed). */
    keyHash: text('key_hash'),
    ip: text('ip'),
    ok: boolean('ok').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('doc_query_key_idx').on(t.keyHash, t.at), index('doc_query_ip_idx').on(t.ip, t.at)],
);
