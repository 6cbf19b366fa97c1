import { beijingDate } from '@policyhub/domain';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { DocumentKind } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import { documents } from '../tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { findPolicies, findPolicyByNumber } from '../../policies/index.js';
import { findArchivePage, findDocument, type DocumentRecord } from '../repository.js';

export type ArchiveItem = {
  id: string;
  documentNo: string;
  kind: DocumentKind;
  policyNo: string | null;
  sha256: string;
  size: number;
  issuedAt: string;
  retentionUntil: string;
  legalHold: boolean;
  legalHoldReason: string | null;
  specimen: boolean;
};

async function toItems(ctx: AppContext, docs: DocumentRecord[]): Promise<ArchiveItem[]> {
  const policies = await findPolicies(
    ctx.db,
    docs.map((d) => d.policyId).filter((x): x is string => !!x),
  );
  return docs.map((d) => ({
    id: d.id,
    documentNo: d.documentNo,
    kind: d.kind,
    policyNo: policies.find((p) => p.id === d.policyId)?.policyNo ?? null,
    sha256: d.sha256,
    size: d.size,
    issuedAt: d.issuedAt.toISOString(),
    retentionUntil: d.retentionUntil.toISOString(),
    legalHold: d.legalHold,
    legalHoldReason: d.legalHoldReason,
    specimen: d.specimen,
  }));
}

/** The electronic archive (ED-5) for platform administrators, newest first. */
export async function listArchive(
  ctx: AppContext,
  query: { policyNo?: string; kind?: DocumentKind; page: number; pageSize: number },
): Promise<{ items: ArchiveItem[]; total: number; page: number; pageSize: number }> {
  let policyId: string | null = null;
  if (query.policyNo?.trim()) {
    const policy = await findPolicyByNumber(ctx.db, query.policyNo);
    if (!policy) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    policyId = policy.id;
  }
  const { items, total } = await findArchivePage(ctx.db, {
    policyId,
    ...(query.kind ? { kind: query.kind } : {}),
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: await toItems(ctx, items), total, page: query.page, pageSize: query.pageSize };
}

/** Places or lifts a legal hold (诉讼保全): a held document cannot be deleted, whatever its retention date. */
export async function setLegalHold(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  input: { hold: boolean; reason: string },
): Promise<ArchiveItem> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', { message: '请填写原因' });
  const doc = await ctx.db.transaction(async (tx) => {
    const doc = await findDocument(tx, documentId);
    if (!doc || doc.deletedAt) throw notFound('单证');
    await tx
      .update(documents)
      .set({ legalHold: input.hold, legalHoldReason: input.hold ? reason : null })
      .where(eq(documents.id, doc.id));
    await recordAudit(tx, actor, {
      action: input.hold ? 'archive.legal_hold' : 'archive.legal_hold_release',
      entityType: 'document',
      entityId: doc.id,
      detail: { documentNo: doc.documentNo, reason },
    });
    return (await findDocument(tx, doc.id))!;
  });
  return (await toItems(ctx, [doc]))[0]!;
}

/**
 * Deletes an archived document's bytes after its retention date (ED-5): refused before that date
 * or under legal hold. The row stays (marked deleted) as the record that it existed.
 */
export async function deleteArchivedDocument(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
): Promise<{ ok: true }> {
  const storageKey = await ctx.db.transaction(async (tx) => {
    const doc = await findDocument(tx, documentId);
    if (!doc || doc.deletedAt) throw notFound('单证');
    if (doc.legalHold) throw new AppError('ARCHIVE_LEGAL_HOLD');
    if (ctx.now().getTime() < doc.retentionUntil.getTime())
      throw new AppError('ARCHIVE_RETENTION', {
        message: `未到保存期限（至 ${beijingDate(doc.retentionUntil)}），不得删除`,
        details: { retentionUntil: doc.retentionUntil.toISOString() },
      });
    await tx.update(documents).set({ deletedAt: ctx.now() }).where(eq(documents.id, doc.id));
    await recordAudit(tx, actor, {
      action: 'archive.delete',
      entityType: 'document',
      entityId: doc.id,
      detail: {
        documentNo: doc.documentNo,
        sha256: doc.sha256,
        retentionUntil: doc.retentionUntil.toISOString(),
      },
    });
    // Content-addressed: the bytes go only when no other live document has the same content.
    const [shared] = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(
        and(eq(documents.storageKey, doc.storageKey), ne(documents.id, doc.id), isNull(documents.deletedAt)),
      )
      .limit(1);
    return shared ? null : doc.storageKey;
  });
  if (storageKey) await ctx.files.store.delete(storageKey);
  return { ok: true };
}
