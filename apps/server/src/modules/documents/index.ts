import type { Module } from '../index.js';
import { defineBulkIssueJob } from './operations/bulk-issue.js';
import { defineArchiveVerifyJob } from './operations/verify-archive.js';
import { registerDocumentRoutes } from './routes.js';

/**
 * Electronic documents (ED-1…ED-6): the one issuing service (render, sign, time-stamp, archive),
 * keys and certificates, verification, public query and download, the archive. Owns the
 * documents, signing_keys and document_query_attempts tables; reads policies through
 * modules/policies.
 */
export const documentsModule: Module = async (app, ctx) => {
  defineBulkIssueJob(ctx);
  defineArchiveVerifyJob(ctx);
  await registerDocumentRoutes(app, ctx);
};

export {
  issueDocument,
  verificationUrlOf,
  type DocumentContent,
  type IssueDocumentInput,
  type IssuedDocument,
} from './operations/issue-document.js';
export {
  BULK_ISSUE_JOB,
  bulkIssuePolicyDocuments,
  enqueueBulkIssue,
  type BulkIssueResult,
} from './operations/bulk-issue.js';
export { verifyDocument, VERDICT_TITLES, type Verification } from './operations/verify-document.js';
export { getDocumentStatus } from './operations/get-document-status.js';
export { verifyArchive, type ArchiveReport } from './operations/verify-archive.js';
export { deleteArchivedDocument, listArchive, setLegalHold } from './operations/manage-archive.js';
export {
  importSigningKey,
  listKeys,
  revokeKey,
  rotateSigningKey,
  type KeyView,
} from './operations/manage-keys.js';
export { issueSpecimen } from './operations/issue-specimen.js';
export {
  checkSealImage,
  documentBranding,
  getInsurerDocumentSettings,
  setInsurerDocumentSettings,
  updateInsurerDocumentSettings,
  type DocumentBranding,
  type InsurerDocumentSettingsView,
} from './branding.js';
export { ensureSigningKey, exportTrustedRoots, trustMaterial, DEV_CA_WARNING } from './keys.js';
export { retentionUntil, isLongerThanOneYear } from './retention.js';
export { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from './labels.js';
export { createRenderPool, type RenderPool } from './issuing/worker-pool.js';
export { findEndorsementDocuments, findLatestPolicyDocuments } from './repository.js';
