import { type PDFDocument, type PDFRef, JpegEmbedder, PDFName, PngEmbedder } from 'pdf-lib';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import type { LoadedFont } from './fonts.js';

/** The seal's red: a slightly bluish vermilion, as printed seals come out. */
const SEAL_RGB = '0.84 0.09 0.12';
/** The line under the star on every generated seal. */
export const SEAL_LEGEND = '电子保单专用章';

/** Where a document's insurer seal sits, for the signature widget (PDF user space of the page). */
export type SealPlacement = {
  pageIndex: number;
  /** [x1, y1, x2, y2] */
  rect: [number, number, number, number];
  /** The Form XObject that draws the seal in a `size` × `size` box. */
  appearance: PDFRef;
  /** Whether the page content already draws the seal (unsigned rendering). */
  drawnOnPage: boolean;
};

const placements = new WeakMap<PDFDocument, SealPlacement>();

/** The seal placement `buildPdfDocument` recorded for `doc`, if its template has a seal slot. */
export function sealPlacementOf(doc: PDFDocument): SealPlacement | undefined {
  return placements.get(doc);
}

export function recordSealPlacement(doc: PDFDocument, placement: SealPlacement): void {
  placements.set(doc, placement);
}

type Glyph = { char: string; matrix: string };
type SealGeometry = { size: number; fontSize: number; glyphs: Glyph[]; paths: string; legend: Glyph[] };

const f = (v: number) => (Math.abs(v) < 1e-9 ? '0' : v.toFixed(3).replace(/\.?0+$/, ''));

/** A circle as four Bézier arcs. */
function circle(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  return [
    `${f(cx + r)} ${f(cy)} m`,
    `${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)} c`,
    `${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)} c`,
    `${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)} c`,
    `${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)} c`,
    'h',
  ].join('\n');
}

/** A five-pointed star with one point up. */
function star(cx: number, cy: number, r: number): string {
  const inner = r * 0.382;
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = (Math.PI / 5) * i;
    const rr = i % 2 === 0 ? r : inner;
    pts.push(`${f(cx + rr * Math.sin(a))} ${f(cy + rr * Math.cos(a))} ${i === 0 ? 'm' : 'l'}`);
  }
  return `${pts.join('\n')}\nh`;
}

// The layout of a name's seal depends only on the name and the font's metrics: computed once per
// insurer and process, then written into each document with that document's font subset.
const geometries = new Map<string, SealGeometry>();

/**
 * Lays out a round seal of `size` points: an outer ring, the name along the upper arc (characters
 * upright to the ring, narrowed as on real seals), a star in the middle and the legend beneath.
 */
export function sealGeometry(name: string, size: number, bold: LoadedFont): SealGeometry {
  const key = `${size}|${name}`;
  const cached = geometries.get(key);
  if (cached) return cached;
  const c = size / 2;
  const ring = c - 1.6;
  const chars = [...name.trim()].filter((ch) => ch.trim() !== '');
  const n = Math.max(1, chars.length);
  // The arc the name covers widens with its length, up to 230° (the legend needs the bottom).
  const span = ((Math.min(230, Math.max(90, n * 21)) * Math.PI) / 180) * (n > 1 ? 1 : 0);
  const step = n > 1 ? span / (n - 1) : 0;
  const squeeze = 0.82;
  // Character size: as large as the spacing allows, within the ring.
  let fontSize = Math.min(size * 0.15, 15);
  for (let i = 0; i < 2 && n > 1; i++) {
    const radius = ring - 3.5 - fontSize;
    fontSize = Math.max(6, Math.min(size * 0.15, (radius * step * 0.94) / squeeze));
  }
  const rb = ring - 3.2 - fontSize * 0.86;
  const glyphs: Glyph[] = chars.map((char, i) => {
    const theta = -span / 2 + i * step;
    const w = bold.widthAt1pt(char) * fontSize * squeeze;
    const cos = Math.cos(theta);
    const sin = Math.sin(theta);
    const x = c + rb * sin - (w / 2) * cos;
    const y = c + rb * cos + (w / 2) * sin;
    return {
      char,
      matrix: `${f(cos * squeeze * fontSize)} ${f(-sin * squeeze * fontSize)} ${f(sin * fontSize)} ${f(cos * fontSize)} ${f(x)} ${f(y)}`,
    };
  });
  const legendSize = size * 0.085;
  const legendChars = [...SEAL_LEGEND];
  const legendW = bold.widthAt1pt(SEAL_LEGEND) * legendSize * 0.9;
  let lx = c - legendW / 2;
  const ly = c - size * 0.29;
  const legend: Glyph[] = legendChars.map((char) => {
    const g = { char, matrix: `${f(legendSize * 0.9)} 0 0 ${f(legendSize)} ${f(lx)} ${f(ly)}` };
    lx += bold.widthAt1pt(char) * legendSize * 0.9;
    return g;
  });
  const paths = [
    `${f(size * 0.028)} w`,
    circle(c, c, ring),
    'S',
    star(c, c + size * 0.02, size * 0.16),
    'f',
  ].join('\n');
  const geometry = { size, fontSize, glyphs, paths, legend };
  if (geometries.size > 256) geometries.delete(geometries.keys().next().value!);
  geometries.set(key, geometry);
  return geometry;
}

// Decoded images (an insurer's logo, its own seal imported with its key): decoding a PNG costs far
// more than the rest of the header, so it is done once per image and process.
const decodedImages = new Map<string, PngEmbedder | JpegEmbedder>();

/** PNG or JPEG (by magic bytes) behind a per-process cache; embed with `embedCachedImage`. */
export async function cachedImageEmbedder(bytes: Uint8Array): Promise<PngEmbedder | JpegEmbedder> {
  const key = createHash('sha256').update(bytes).digest('base64');
  let embedder = decodedImages.get(key);
  if (!embedder) {
    embedder =
      bytes[0] === 0xff && bytes[1] === 0xd8 ? await JpegEmbedder.for(bytes) : await PngEmbedder.for(bytes);
    if (decodedImages.size > 32) decodedImages.delete(decodedImages.keys().next().value!);
    decodedImages.set(key, embedder);
  }
  return embedder;
}

/** Larger images are refused before decoding (a small PNG can decode to gigabytes). */
const MAX_PIXELS = 4_000_000;

/**
 * Checks that bytes are a PNG or JPEG the renderer can embed (for uploads: logos, seals) and
 * returns its size in pixels; throws otherwise.
 */
export async function checkDocumentImage(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const isPng = bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e;
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!isPng && !isJpeg) throw new Error('not a PNG or JPEG image');
  // pdf-lib's decoders loop forever on some truncated files: the structure is checked first.
  if (isPng) checkPngStructure(bytes);
  else checkJpegStructure(bytes);
  const embedder = await cachedImageEmbedder(bytes);
  if (embedder.width * embedder.height > MAX_PIXELS) throw new Error('image too large');
  return { width: embedder.width, height: embedder.height };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** A complete PNG: signature, IHDR first, chunks in bounds, IDAT that inflates to the full image, IEND. */
function checkPngStructure(bytes: Uint8Array): void {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('bad PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let pos = 8;
  let width = 0;
  let height = 0;
  let rowBytes = 0;
  let ended = false;
  while (pos + 12 <= bytes.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    if (pos + 12 + length > bytes.length) throw new Error('PNG chunk out of bounds');
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    if (pos === 8) {
      if (type !== 'IHDR' || length !== 13) throw new Error('PNG without IHDR');
      width = view.getUint32(pos + 8);
      height = view.getUint32(pos + 12);
      const depth = bytes[pos + 16]!;
      const channels = PNG_CHANNELS[bytes[pos + 17]!];
      if (!width || !height || !channels || ![1, 2, 4, 8, 16].includes(depth)) throw new Error('bad IHDR');
      if (width * height > MAX_PIXELS) throw new Error('image too large');
      if (bytes[pos + 20] !== 0) throw new Error('interlaced PNG'); // Adam7: not worth the decoder risk
      rowBytes = Math.ceil((width * channels * depth) / 8) + 1;
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended || !idat.length) throw new Error('incomplete PNG');
  const expected = rowBytes * height;
  const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  if (raw.length !== expected) throw new Error('PNG image data incomplete');
}

/** JPEG segments in bounds up to a frame header (SOFn) with a non-zero size. */
function checkJpegStructure(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw new Error('bad JPEG marker');
    const marker = bytes[pos + 1]!;
    const length = view.getUint16(pos + 2);
    if (length < 2 || pos + 2 + length > bytes.length) throw new Error('JPEG segment out of bounds');
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      if (length < 8 || !view.getUint16(pos + 5) || !view.getUint16(pos + 7))
        throw new Error('bad JPEG frame');
      if (view.getUint16(pos + 5) * view.getUint16(pos + 7) > MAX_PIXELS) throw new Error('image too large');
      return;
    }
    pos += 2 + length;
  }
  throw new Error('JPEG without a frame header');
}

/** Embeds a (cached) image into `doc`; returns its reference and pixel size. */
export async function embedCachedImage(
  doc: PDFDocument,
  bytes: Uint8Array,
): Promise<{ ref: PDFRef; width: number; height: number }> {
  const embedder = await cachedImageEmbedder(bytes);
  const ref = doc.context.nextRef();
  await embedder.embedIntoContext(doc.context, ref);
  return { ref, width: embedder.width, height: embedder.height };
}

/** The bold font the seal's characters are written in: its font dictionary and each character's hex string. */
export type SealFont = { ref: PDFRef; encode(char: string): string };

/**
 * Adds the seal as a Form XObject (`size` × `size`, origin bottom left) to `doc`: the generated
 * vector seal of `name`, or the insurer's own seal image when given. Multiplied onto the page, so
 * text under it stays legible, as under a real stamp.
 */
export async function embedSeal(
  doc: PDFDocument,
  font: SealFont,
  metrics: LoadedFont,
  name: string,
  size: number,
  image?: Uint8Array,
): Promise<PDFRef> {
  const ctx = doc.context;
  const gs = ctx.obj({ Type: 'ExtGState', BM: 'Multiply', ca: 0.92, CA: 0.92 });
  if (image) {
    const embedded = await embedCachedImage(doc, image);
    const imageRef = embedded.ref;
    const scale = Math.min(size / embedded.width, size / embedded.height);
    const w = embedded.width * scale;
    const h = embedded.height * scale;
    const content = `q /GS0 gs ${f(w)} 0 0 ${f(h)} ${f((size - w) / 2)} ${f((size - h) / 2)} cm /Im0 Do Q`;
    return ctx.register(
      ctx.flateStream(content, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, size, size],
        Resources: { XObject: { Im0: imageRef }, ExtGState: { GS0: gs } },
      }),
    );
  }
  const g = sealGeometry(name, size, metrics);
  const text = (list: Glyph[]) => list.map((x) => `${x.matrix} Tm ${font.encode(x.char)} Tj`).join('\n');
  const content = [
    'q /GS0 gs',
    `${SEAL_RGB} RG ${SEAL_RGB} rg`,
    g.paths,
    'BT /F0 1 Tf',
    text(g.glyphs),
    text(g.legend),
    'ET Q',
  ].join('\n');
  return ctx.register(
    ctx.flateStream(content, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, size, size],
      Resources: { Font: { F0: font.ref }, ExtGState: { GS0: gs } },
    }),
  );
}

/** A PDF name for a page's XObject resource. */
export const SEAL_XOBJECT = PDFName.of('PolicyHubSeal');
