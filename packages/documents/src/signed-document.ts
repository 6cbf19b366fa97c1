import type { DocumentDataMap, DocumentKind } from './document-data.js';
import { type RenderOptions, buildPdfDocument } from './render.js';
import { type SignPdfOptions, signPdfDocument } from './sign-pdf.js';

/** Renders and signs in one pass (no re-parsing of the rendered PDF). */
export async function renderSignedDocument<K extends DocumentKind>(
  kind: K,
  data: DocumentDataMap[K],
  options: RenderOptions & { signing: SignPdfOptions },
): Promise<Uint8Array> {
  // The seal becomes the signature widget's appearance instead of page content.
  const doc = await buildPdfDocument(kind, data, { ...options, sealOnPage: false });
  return signPdfDocument(doc, options.signing);
}
