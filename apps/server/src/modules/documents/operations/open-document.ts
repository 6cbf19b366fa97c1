import type { Readable } from 'node:stream';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { insuredPolicyIdsOf } from './list-my-documents.js';
import { readQueryToken } from '../query-token.js';
import { findDocument, type DocumentRecord } from '../repository.js';

export type DocumentDownload = { filename: string; size: number; stream: Readable };

async function open(
  ctx: AppContext,
  doc: DocumentRecord,
  actor: Actor,
  via: string,
): Promise<DocumentDownload> {
  if (doc.deletedAt) throw new AppError('DOCUMENT_DELETED');
  const stream = await ctx.files.store.stream(doc.storageKey);
  try {
    // A document discloses personal data: every download is audited (PL-3, ED-4).
    await recordAudit(ctx.db, actor, {
      action: 'document.download',
      entityType: 'document',
      entityId: doc.id,
      detail: { documentNo: doc.documentNo, kind: doc.kind, via },
    });
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return { filename: `${doc.documentNo}.pdf`, size: doc.size, stream };
}

/**
 * Downloads a document for a signed-in user: the policyholder, the owning organization's scope
 * or the insurer's staff; anyone else gets 404 (PL-2).
 */
export async function openDocumentDownload(
  ctx: AppContext,
  user: AuthUser,
  documentId: string,
  ip: string | null,
): Promise<DocumentDownload> {
  let doc = await findDocument(ctx.db, documentId, scopeOf(user));
  if (!doc && user.role === 'individual') {
    // An insured person's own certificate (MA-9), found by the account's ID number.
    const candidate = await findDocument(ctx.db, documentId);
    if (candidate?.policyId && candidate.kind === 'policy') {
      const mine = await insuredPolicyIdsOf(ctx, user);
      if (mine.includes(candidate.policyId)) doc = candidate;
    }
  }
  if (!doc) throw notFound('单证');
  return open(ctx, doc, actorOf(user, ip), 'account');
}

/** Downloads exactly a document the public query with this token showed (ED-4: what is queried is what is downloaded). */
export async function openQueriedDocument(
  ctx: AppContext,
  token: string,
  documentId: string,
  ip: string | null,
): Promise<DocumentDownload> {
  const grant = readQueryToken(ctx.crypto, token, ctx.now());
  if (!grant) throw new AppError('QUERY_TOKEN_INVALID');
  if (!grant.d.includes(documentId)) throw notFound('单证');
  const doc = await findDocument(ctx.db, documentId);
  if (!doc || doc.policyId !== grant.p) throw notFound('单证');
  return open(ctx, doc, { userId: null, name: null, orgId: null, ip }, 'query');
}
