import crypto from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { renderSignedDocument, type DocumentDataMap, type DocumentKind } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { documents } from '../tables.js';
import { storageKeyOf } from '../../../platform/files/index.js';
import { recordAudit, SYSTEM_ACTOR, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { findEndorsement, findPolicy, nextBusinessNumber, type PolicyRecord } from '../../policies/index.js';
import { signingBundle, timestampAuthorityFor, type SigningBundle } from '../keys.js';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../labels.js';
import { retentionUntil } from '../retention.js';

/** A document's content without its id: the issuing service chooses the id before rendering. */
export type DocumentContent<K extends DocumentKind> = Omit<DocumentDataMap[K], 'documentId'>;

export type IssueDocumentInput<K extends DocumentKind = DocumentKind> = {
  kind: K;
  policyId?: string | null;
  endorsementId?: string | null;
  data: DocumentContent<K>;
  /** The policy row when the caller has already loaded it (saves reading it again). */
  policy?: PolicyRecord;
  /** The insurer whose key signs; must be the policy's insurer when a policy is given. */
  insurerOrgId: string;
  /** Marks the document 样本 SPECIMEN (template review, deployment checks). */
  specimen?: boolean;
  /** Who issues (audit); the system by default. */
  actor?: Actor;
  /** Data scope owner when there is no policy (e.g. the travel agency of a statement). */
  orgId?: string | null;
  holderUserId?: string | null;
};

/** What issuing returns: the archived, signed document. */
export type IssuedDocument = {
  id: string;
  documentNo: string;
  kind: DocumentKind;
  policyId: string | null;
  endorsementId: string | null;
  version: number;
  sha256: string;
  size: number;
  fileId: string;
  signingKeyId: string;
  algorithm: string;
  issuedAt: Date;
  retentionUntil: Date;
  specimen: boolean;
  verificationUrl: string;
};

/** Everything decided before rendering (the id is embedded in the PDF, so it comes first). */
export type PreparedIssue = {
  id: string;
  documentNo: string;
  kind: DocumentKind;
  policyId: string | null;
  policyNo: string | null;
  endorsementId: string | null;
  version: number;
  insurerOrgId: string;
  orgId: string | null;
  holderUserId: string | null;
  specimen: boolean;
  issuedAt: Date;
  retentionUntil: Date;
  verificationUrl: string;
  bundle: SigningBundle;
};

/** The verification page a document's QR code opens (ED-3). */
export function verificationUrlOf(ctx: AppContext, documentId: string): string {
  return `${ctx.config.publicUrl}/verify/${documentId}`;
}

/** What a document is issued for, once its policy (if any) is loaded. */
type IssueTarget = Omit<IssueDocumentInput, 'data' | 'policyId' | 'actor' | 'policy'> & {
  policy: PolicyRecord | null;
};

/** Builds the prepared issue (no I/O): the id is chosen here, before rendering. */
export function preparedIssue(
  ctx: AppContext,
  target: IssueTarget,
  bundle: SigningBundle,
  documentNo: string,
  issuedAt: Date,
): PreparedIssue {
  const { policy } = target;
  const specimen = target.specimen ?? false;
  const id = crypto.randomUUID();
  return {
    id,
    documentNo,
    kind: target.kind,
    policyId: policy?.id ?? null,
    policyNo: policy?.policyNo ?? null,
    endorsementId: target.endorsementId ?? null,
    version: policy?.version ?? 1,
    insurerOrgId: target.insurerOrgId,
    orgId: policy ? policy.orgId : (target.orgId ?? null),
    holderUserId: policy ? policy.holderUserId : (target.holderUserId ?? null),
    specimen,
    issuedAt,
    retentionUntil: retentionUntil({
      period: policy ? { startsAt: policy.startsAt, endsAt: policy.endsAt } : null,
      issuedAt,
      specimen,
    }),
    verificationUrl: verificationUrlOf(ctx, id),
    bundle,
  };
}

/** Step 1 (main thread, inside the caller's transaction): id, number, key, retention. */
export async function prepareIssue(
  ctx: AppContext,
  executor: Executor,
  input: Omit<IssueDocumentInput, 'data'>,
  bundles?: Map<string, SigningBundle>,
): Promise<PreparedIssue> {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(input.kind))
    throw new AppError('VALIDATION_FAILED', { message: '单证类型不正确' });
  let policy: PolicyRecord | null = null;
  if (input.policyId) {
    policy = input.policy?.id === input.policyId ? input.policy : await findPolicy(executor, input.policyId);
    if (!policy) throw notFound('保单');
    if (policy.insurerOrgId !== input.insurerOrgId)
      throw new AppError('VALIDATION_FAILED', { message: '签章保险公司与保单的承保公司不一致' });
  }
  if (input.endorsementId) {
    const endorsement = await findEndorsement(executor, input.endorsementId);
    if (!endorsement || endorsement.policyId !== input.policyId) throw notFound('批改记录');
  }
  let bundle = bundles?.get(input.insurerOrgId);
  if (!bundle) {
    bundle = await signingBundle(ctx, executor, input.insurerOrgId);
    bundles?.set(input.insurerOrgId, bundle);
  }
  const issuedAt = ctx.now();
  return preparedIssue(
    ctx,
    { ...input, policy },
    bundle,
    await nextBusinessNumber(executor, 'ED', issuedAt),
    issuedAt,
  );
}

/**
 * The insurer's configured hotline as its 客服电话 (insurer, or payee on a receipt). It wins over
 * what the document data carries (the product's hotline, from the policy details), which stays
 * the fallback for insurers that configured none.
 */
export function withHotline<T extends object>(data: T, hotline: string | null): T {
  if (!hotline) return data;
  const out = { ...data } as Record<string, unknown>;
  for (const key of ['insurer', 'payee'] as const) {
    const party = out[key];
    if (party && typeof party === 'object') out[key] = { ...party, phone: hotline };
  }
  return out as T;
}

/** Step 2 (any thread): render, sign, time-stamp; the CRL travels inside the signature. */
export async function renderAndSign<K extends DocumentKind>(
  ctx: AppContext,
  prepared: PreparedIssue,
  data: DocumentContent<K>,
): Promise<Uint8Array> {
  const { branding } = prepared.bundle;
  return renderSignedDocument(
    prepared.kind as K,
    { ...withHotline(data, branding.hotline), documentId: prepared.id } as DocumentDataMap[K],
    {
      verificationUrl: prepared.verificationUrl,
      specimen: prepared.specimen,
      creationDate: prepared.issuedAt,
      ...(branding.logo ? { insurerLogo: branding.logo } : {}),
      ...(branding.seal ? { insurerSeal: branding.seal } : {}),
      signing: {
        signer: prepared.bundle.identity,
        timestampAuthority: timestampAuthorityFor(ctx, prepared.bundle),
        crls: prepared.bundle.crls,
        signingTime: prepared.issuedAt,
        reason: `${DOCUMENT_KIND_LABELS[prepared.kind]}签章`,
      },
    },
  );
}

/**
 * Step 3 (main thread, inside the caller's transaction): content-addressed storage (same bytes,
 * same object; never overwritten), the archive rows and the audit — one entry per document, or
 * for a bulk chunk one entry listing them all (`auditEach: false`).
 */
export async function archiveDocuments(
  ctx: AppContext,
  executor: Executor,
  items: { prepared: PreparedIssue; pdf: Uint8Array }[],
  actor: Actor,
  options: { auditEach: boolean },
): Promise<IssuedDocument[]> {
  if (!items.length) return [];
  // The bytes travel to the store while the rows below are written; all are awaited before
  // returning, i.e. before the caller's transaction can commit. One statement for the file rows
  // of all the items, then one for their document rows.
  const saved = await ctx.files.saveGeneratedDeferred(
    executor,
    items.map(({ prepared, pdf }) => ({
      data: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength),
      originalName: `${prepared.documentNo}.pdf`,
      mime: 'application/pdf',
      purpose: 'document',
      ownerUserId: prepared.holderUserId,
      ownerOrgId: prepared.orgId,
    })),
  );
  const files = saved.files;
  const rows = items.map(({ prepared }, i) => ({
    id: prepared.id,
    documentNo: prepared.documentNo,
    kind: prepared.kind,
    policyId: prepared.policyId,
    endorsementId: prepared.endorsementId,
    version: prepared.version,
    insurerOrgId: prepared.insurerOrgId,
    orgId: prepared.orgId,
    holderUserId: prepared.holderUserId,
    sha256: files[i]!.sha256,
    size: files[i]!.size,
    fileId: files[i]!.id,
    storageKey: storageKeyOf(files[i]!.sha256),
    signingKeyId: prepared.bundle.key.id,
    algorithm: prepared.bundle.key.algorithm,
    issuedAt: prepared.issuedAt,
    retentionUntil: prepared.retentionUntil,
    specimen: prepared.specimen,
    createdAt: prepared.issuedAt,
  }));
  await executor.insert(documents).values(rows);
  for (const { prepared } of items) {
    // An endorsement that extends cover extends the retention of the policy's earlier documents.
    // Only endorsements change the period, and each bumps the version: version 1 has nothing to extend.
    if (!prepared.policyId || prepared.specimen || prepared.version === 1) continue;
    await executor
      .update(documents)
      .set({ retentionUntil: prepared.retentionUntil })
      .where(
        and(
          eq(documents.policyId, prepared.policyId),
          eq(documents.specimen, false),
          lt(documents.retentionUntil, prepared.retentionUntil),
        ),
      );
  }
  const entry = (r: (typeof rows)[number], p: PreparedIssue) => ({
    documentNo: r.documentNo,
    kind: r.kind,
    policyNo: p.policyNo,
    sha256: r.sha256,
    signingKeyId: r.signingKeyId,
    specimen: r.specimen,
  });
  if (options.auditEach) {
    for (const [i, r] of rows.entries())
      await recordAudit(executor, actor, {
        action: 'document.issue',
        entityType: 'document',
        entityId: r.id,
        detail: entry(r, items[i]!.prepared),
      });
  } else {
    await recordAudit(executor, actor, {
      action: 'document.issue',
      entityType: 'document',
      detail: {
        bulk: true,
        count: rows.length,
        documents: rows.map((r, i) => ({ id: r.id, ...entry(r, items[i]!.prepared) })),
      },
    });
  }
  await saved.written;
  return rows.map((r, i) => ({
    id: r.id,
    documentNo: r.documentNo,
    kind: r.kind,
    policyId: r.policyId,
    endorsementId: r.endorsementId,
    version: r.version,
    sha256: r.sha256,
    size: r.size,
    fileId: r.fileId,
    signingKeyId: r.signingKeyId,
    algorithm: r.algorithm,
    issuedAt: r.issuedAt,
    retentionUntil: r.retentionUntil,
    specimen: r.specimen,
    verificationUrl: items[i]!.prepared.verificationUrl,
  }));
}

/** Step 3 for one document, audited on its own. */
export async function archiveDocument(
  ctx: AppContext,
  executor: Executor,
  prepared: PreparedIssue,
  pdf: Uint8Array,
  actor: Actor,
): Promise<IssuedDocument> {
  return (await archiveDocuments(ctx, executor, [{ prepared, pdf }], actor, { auditEach: true }))[0]!;
}

/**
 * The one issuing service (ED-1, ED-2, ED-5): renders a document, signs it with the insurer's
 * active key (time stamp from the built-in or configured TSA, CRL embedded), stores it
 * content-addressed and records it in the archive with its retention date; QR code =
 * PUBLIC_URL/verify/<id>. Runs inside the caller's transaction.
 */
export async function issueDocument<K extends DocumentKind>(
  ctx: AppContext,
  executor: Executor,
  input: IssueDocumentInput<K>,
): Promise<IssuedDocument> {
  const prepared = await prepareIssue(ctx, executor, input);
  const pdf = await renderAndSign(ctx, prepared, input.data);
  return archiveDocument(ctx, executor, prepared, pdf, input.actor ?? SYSTEM_ACTOR);
}
