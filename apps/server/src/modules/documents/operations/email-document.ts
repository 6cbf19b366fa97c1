import { maskEmail, validateEmail } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { findPolicy } from '../../policies/index.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { findDocument } from '../repository.js';
import { verificationUrlOf } from './issue-document.js';

/**
 * Sends a document as an e-mail attachment through the outbox (ED-4, seed 003 §6.1): queued in
 * the same transaction as its audit entry, delivered with retries after commit.
 */
export async function emailDocument(
  ctx: AppContext,
  user: AuthUser,
  documentId: string,
  email: string,
  ip: string | null,
): Promise<{ ok: true }> {
  const checked = validateEmail(email);
  if (!checked.ok)
    throw new AppError('VALIDATION_FAILED', { message: checked.reason, details: [{ field: 'email' }] });
  const doc = await findDocument(ctx.db, documentId, scopeOf(user));
  if (!doc) throw notFound('单证');
  if (doc.deletedAt) throw new AppError('DOCUMENT_DELETED');
  const policy = doc.policyId ? await findPolicy(ctx.db, doc.policyId) : null;
  await ctx.db.transaction(async (tx) => {
    await ctx.notify.enqueue(tx, {
      channel: 'email',
      to: checked.value,
      template: 'e_policy',
      params: {
        kind: doc.kind,
        kindLabel: DOCUMENT_KIND_LABELS[doc.kind],
        documentNo: doc.documentNo,
        policyNo: policy?.policyNo ?? '',
        productName: policy?.productName ?? '',
        verifyUrl: verificationUrlOf(ctx, doc.id),
        url: `${ctx.config.publicUrl}/verify`,
      },
      userId: user.id,
      orgId: user.orgId,
      attachments: [{ fileId: doc.fileId, filename: `${doc.documentNo}.pdf` }],
    });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'document.email',
      entityType: 'document',
      entityId: doc.id,
      detail: { documentNo: doc.documentNo, to: maskEmail(checked.value) },
    });
  });
  return { ok: true };
}
