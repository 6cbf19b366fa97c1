import { specimenData, type DocumentKind } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/audit/index.js';
import { notFound } from '../../../platform/errors.js';
import { findInsurer } from '../keys.js';
import { issueDocument, type IssuedDocument } from './issue-document.js';

/**
 * Issues a specimen (样本) of a document kind through the real issuing service — rendered,
 * signed with the insurer's key, time-stamped, archived with specimen = true — so template
 * designers can review it and operators can check a deployment end to end.
 */
export async function issueSpecimen(
  ctx: AppContext,
  actor: Actor,
  kind: DocumentKind,
  options: { insurer?: string } = {},
): Promise<{ document: IssuedDocument; pdf: Buffer }> {
  const insurer = await findInsurer(ctx.db, options.insurer);
  if (!insurer) throw notFound('保险公司');
  const { documentId: _id, ...sample } = specimenData(kind) as unknown as Record<string, unknown> & {
    documentId: string;
  };
  // The sample's fictional insurer gives way to the one whose key signs.
  for (const key of ['insurer', 'payee'] as const) {
    const party = sample[key] as Record<string, unknown> | undefined;
    if (party && typeof party === 'object') sample[key] = { ...party, name: insurer.name };
  }
  const document = await ctx.db.transaction((tx) =>
    issueDocument(ctx, tx, {
      kind,
      data: sample as never,
      insurerOrgId: insurer.id,
      specimen: true,
      actor,
    }),
  );
  return { document, pdf: await ctx.files.read(document.fileId) };
}
