import { and, asc, count, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DocumentKind } from '@policyhub/documents';
import type { Executor } from '../../platform/db/index.js';
import { documents } from './tables.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';

export type DocumentRecord = {
  id: string;
  documentNo: string;
  kind: DocumentKind;
  policyId: string | null;
  endorsementId: string | null;
  version: number;
  insurerOrgId: string | null;
  orgId: string | null;
  holderUserId: string | null;
  sha256: string;
  size: number;
  fileId: string;
  storageKey: string;
  signingKeyId: string | null;
  algorithm: string;
  issuedAt: Date;
  retentionUntil: Date;
  legalHold: boolean;
  legalHoldReason: string | null;
  specimen: boolean;
  deletedAt: Date | null;
};

const documentColumns = {
  id: documents.id,
  documentNo: documents.documentNo,
  kind: documents.kind,
  policyId: documents.policyId,
  endorsementId: documents.endorsementId,
  version: documents.version,
  insurerOrgId: documents.insurerOrgId,
  orgId: documents.orgId,
  holderUserId: documents.holderUserId,
  sha256: documents.sha256,
  size: documents.size,
  fileId: documents.fileId,
  storageKey: documents.storageKey,
  signingKeyId: documents.signingKeyId,
  algorithm: documents.algorithm,
  issuedAt: documents.issuedAt,
  retentionUntil: documents.retentionUntil,
  legalHold: documents.legalHold,
  legalHoldReason: documents.legalHoldReason,
  specimen: documents.specimen,
  deletedAt: documents.deletedAt,
};

const asRecord = (row: unknown) => row as DocumentRecord;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string | undefined | null): value is string => !!value && UUID.test(value);

/**
 * Documents a user may see (PL-2): those of policies owned by the user's organization subtree or
 * held by the user, and an insurer's staff the documents their insurer signed.
 */
export function documentScopeCondition(scope: DataScope): SQL {
  return or(
    scopeCondition(scope, { orgIdColumn: documents.orgId, userIdColumn: documents.holderUserId }),
    scopeCondition(scope, { orgIdColumn: documents.insurerOrgId }),
  )!;
}

export async function findDocument(
  executor: Executor,
  id: string,
  scope?: DataScope,
): Promise<DocumentRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await executor
    .select(documentColumns)
    .from(documents)
    .where(and(eq(documents.id, id), scope ? documentScopeCondition(scope) : undefined))
    .limit(1);
  return row ? asRecord(row) : null;
}

/**
 * A document and, when it belongs to a policy, the policy's issued documents (oldest first), in
 * one statement: what verification and the QR page need.
 */
export async function findDocumentWithSiblings(
  executor: Executor,
  id: string,
): Promise<{ document: DocumentRecord; siblings: DocumentRecord[] } | null> {
  if (!isUuid(id)) return null;
  const rows = (
    await executor
      .select(documentColumns)
      .from(documents)
      .where(
        or(
          eq(documents.id, id),
          and(
            eq(documents.specimen, false),
            sql`${documents.policyId} = (select d.policy_id from ${documents} d where d.id = ${id})`,
          ),
        ),
      )
      .orderBy(asc(documents.issuedAt), asc(documents.documentNo))
  ).map(asRecord);
  const document = rows.find((r) => r.id === id);
  if (!document) return null;
  return {
    document,
    siblings: document.policyId ? rows.filter((r) => r.policyId === document.policyId && !r.specimen) : [],
  };
}

/** Documents of a policy as issued (no specimens), oldest first. */
export async function findPolicyDocuments(executor: Executor, policyId: string): Promise<DocumentRecord[]> {
  const rows = await executor
    .select(documentColumns)
    .from(documents)
    .where(and(eq(documents.policyId, policyId), eq(documents.specimen, false)))
    .orderBy(asc(documents.issuedAt), asc(documents.documentNo));
  return rows.map(asRecord);
}

/** The signed-in individual's own documents (policies he holds), newest first. */
export async function findHolderDocuments(
  executor: Executor,
  userId: string,
  insuredPolicyIds: readonly string[] = [],
): Promise<DocumentRecord[]> {
  // One statement over both: a document is listed once even when the person holds the policy and is insured on it.
  const mine = insuredPolicyIds.length
    ? or(
        eq(documents.holderUserId, userId),
        and(inArray(documents.policyId, [...insuredPolicyIds]), eq(documents.kind, 'policy')),
      )
    : eq(documents.holderUserId, userId);
  const rows = await executor
    .select(documentColumns)
    .from(documents)
    .where(and(mine, eq(documents.specimen, false), isNull(documents.deletedAt)))
    .orderBy(desc(documents.issuedAt))
    .limit(500);
  return rows.map(asRecord);
}

export type ArchiveFilter = {
  policyId?: string | null;
  kind?: DocumentKind;
  page: number;
  pageSize: number;
};

/** A page of the archive (deleted documents excluded), newest first. */
export async function findArchivePage(
  executor: Executor,
  filter: ArchiveFilter,
): Promise<{ items: DocumentRecord[]; total: number }> {
  const where = and(
    isNull(documents.deletedAt),
    filter.policyId ? eq(documents.policyId, filter.policyId) : undefined,
    filter.kind ? eq(documents.kind, filter.kind) : undefined,
  );
  const [total] = await executor.select({ n: count() }).from(documents).where(where);
  const rows = await executor
    .select(documentColumns)
    .from(documents)
    .where(where)
    .orderBy(desc(documents.issuedAt), desc(documents.documentNo))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { items: rows.map(asRecord), total: Number(total?.n ?? 0) };
}

/** Archive rows after `afterId` in id order (archive verification walks the whole table in pages). */
export async function findArchiveBatch(
  executor: Executor,
  afterId: string | null,
  limit: number,
): Promise<DocumentRecord[]> {
  const rows = await executor
    .select(documentColumns)
    .from(documents)
    .where(and(isNull(documents.deletedAt), afterId ? gt(documents.id, afterId) : undefined))
    .orderBy(asc(documents.id))
    .limit(limit);
  return rows.map(asRecord);
}

/** How many documents the archive holds (not deleted): the total of an archive check. */
export async function countArchive(executor: Executor): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(documents).where(isNull(documents.deletedAt));
  return Number(row?.n ?? 0);
}

/** Ids of policies among `policyIds` that already have an e-policy of their current version. */
export async function policiesWithDocument(
  executor: Executor,
  items: readonly { policyId: string; version: number }[],
): Promise<Set<string>> {
  if (!items.length) return new Set();
  const rows = await executor
    .select({ policyId: documents.policyId, version: documents.version })
    .from(documents)
    .where(
      and(
        inArray(
          documents.policyId,
          items.map((i) => i.policyId),
        ),
        eq(documents.kind, 'policy'),
        eq(documents.specimen, false),
      ),
    );
  const done = new Set<string>();
  for (const item of items)
    if (rows.some((r) => r.policyId === item.policyId && r.version === item.version)) done.add(item.policyId);
  return done;
}

/** The current e-policy (highest version, no specimen) of each of `policyIds`, by policy id. */
export async function findLatestPolicyDocuments(
  executor: Executor,
  policyIds: readonly string[],
): Promise<Map<string, { id: string; version: number }>> {
  if (policyIds.length === 0) return new Map();
  const rows = await executor
    .select({ id: documents.id, policyId: documents.policyId, version: documents.version })
    .from(documents)
    .where(
      and(
        inArray(documents.policyId, [...policyIds]),
        eq(documents.kind, 'policy'),
        eq(documents.specimen, false),
      ),
    )
    .orderBy(desc(documents.version));
  const latest = new Map<string, { id: string; version: number }>();
  for (const r of rows) if (r.policyId && !latest.has(r.policyId)) latest.set(r.policyId, r);
  return latest;
}

/** The signed 电子批单 of each of `endorsementIds` (the newest one, no specimen), by endorsement id. */
export async function findEndorsementDocuments(
  executor: Executor,
  endorsementIds: readonly string[],
): Promise<Map<string, { id: string; documentNo: string }>> {
  if (endorsementIds.length === 0) return new Map();
  const rows = await executor
    .select({ id: documents.id, documentNo: documents.documentNo, endorsementId: documents.endorsementId })
    .from(documents)
    .where(
      and(
        inArray(documents.endorsementId, [...endorsementIds]),
        eq(documents.kind, 'endorsement'),
        eq(documents.specimen, false),
      ),
    )
    .orderBy(desc(documents.issuedAt));
  const out = new Map<string, { id: string; documentNo: string }>();
  for (const r of rows)
    if (r.endorsementId && !out.has(r.endorsementId))
      out.set(r.endorsementId, { id: r.id, documentNo: r.documentNo });
  return out;
}
