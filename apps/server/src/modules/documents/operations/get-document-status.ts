import type { DocumentKind } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { documentInContext, policyStatusView, type ChainEntry, type PolicyStatusView } from '../views.js';

export type DocumentStatus = {
  documentNo: string;
  kind: DocumentKind;
  kindLabel: string;
  issuedAt: string;
  specimen: boolean;
  policy: PolicyStatusView | null;
  chain: ChainEntry[];
};

/**
 * The QR landing page (ED-3): what a document is and the current status of its policy, with the
 * chain of e-policies and endorsements — status only, personal data masked. Anyone holding the
 * document (and so its unguessable id) may see it.
 */
export async function getDocumentStatus(ctx: AppContext, documentId: string): Promise<DocumentStatus> {
  const now = ctx.now();
  const found = await documentInContext(ctx.db, documentId, now);
  if (!found) throw notFound('单证');
  const doc = found.document;
  return {
    documentNo: doc.documentNo,
    kind: doc.kind,
    kindLabel: DOCUMENT_KIND_LABELS[doc.kind],
    issuedAt: doc.issuedAt.toISOString(),
    specimen: doc.specimen,
    policy: found.policy ? policyStatusView(found.policy, now, found.links) : null,
    chain: found.chain.entries,
  };
}
