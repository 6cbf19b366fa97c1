import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { type PDFDocument, PDFFlateStream } from 'pdf-lib';

// pdf-lib compresses with pako (JavaScript); zlib in Node is several times faster and, with the
// font subsets and page contents, compression was a third of the render time. Both hooks touch
// pdf-lib 1.17 internals and fall back to pdf-lib's own path if those are not there.
export function useNativeDeflate(doc: PDFDocument): void {
  const ctx = doc.context;
  ctx.flateStream = (contents, dict = {}) =>
    ctx.stream(deflateCached(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
      ...dict,
      Filter: 'FlateDecode',
    });
}

// Font subsets repeat: documents of one template draw their labels with the same bold glyphs, so
// the same subset bytes come back again and again. Large streams are compressed once per content.
const deflated = new Map<string, Uint8Array>();
const DEFLATE_CACHE_MIN = 16 * 1024;

function deflateCached(bytes: Uint8Array): Uint8Array {
  if (bytes.length < DEFLATE_CACHE_MIN) return deflateSync(bytes);
  const key = createHash('sha256').update(bytes).digest('base64');
  let out = deflated.get(key);
  if (!out) {
    out = new Uint8Array(deflateSync(bytes));
    if (deflated.size >= 64) deflated.delete(deflated.keys().next().value!);
    deflated.set(key, out);
  }
  return out;
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
