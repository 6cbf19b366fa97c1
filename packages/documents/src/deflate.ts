import { deflateSync } from 'node:zlib';
import { type PDFDocument, PDFFlateStream } from 'pdf-lib';

// pdf-lib compresses with pako (JavaScript); zlib in Node is several times faster and, with the
// font subsets and page contents, compression was a third of the render time. Both hooks touch
// pdf-lib 1.17 internals and fall back to pdf-lib's own path if those are not there.
export function useNativeDeflate(doc: PDFDocument): void {
  const ctx = doc.context;
  // Font subsets that repeat between documents are the shared ones (shared-fonts.ts), compressed
  // once when built; everything else here is the document's own, so nothing is cached.
  ctx.flateStream = (contents, dict = {}) =>
    ctx.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
      ...dict,
      Filter: 'FlateDecode',
    });
}

/** Makes every pending Flate content stream of `doc` compress with Node's zlib. */
export function deflateContentStreams(doc: PDFDocument): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFFlateStream)) continue;
    const stream = obj as unknown as {
      encode?: boolean;
      contentsCache?: unknown;
      getUnencodedContents(): Uint8Array;
    };
    if (stream.encode !== true || !stream.contentsCache) continue;
    let value: Uint8Array | undefined;
    stream.contentsCache = {
      access: () => (value ??= new Uint8Array(deflateSync(stream.getUnencodedContents()))),
      getValue: () => value,
      invalidate: () => {
        value = undefined;
      },
    };
  }
}
