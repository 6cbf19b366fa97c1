/**
 * TrueType (glyf) subsetting straight from the font bytes. fontkit's subsetter decodes every
 * glyph's outline and re-encodes the tables through its struct library, which was a quarter of
 * the time to render a document; here a subset is built by copying glyph records (cached per
 * glyph id for the life of the process) and writing the few tables a PDF needs: head, hhea, maxp,
 * loca, glyf, hmtx, and cvt/fpgm/prep when the font has them.
 */

type Table = { offset: number; length: number };

type GlyphRecord = {
  bytes: Uint8Array;
  /** Offsets (inside `bytes`) of component glyph ids, for composite glyphs. */
  components: { at: number; glyphId: number }[];
  advance: number;
  leftBearing: number;
};

export type TrueTypeSource = {
  glyph(id: number): GlyphRecord;
  tables: Map<string, Table>;
  bytes: Uint8Array;
};

const sources = new WeakMap<Uint8Array, TrueTypeSource | null>();

/** The parsed table directory and a per-glyph cache for a TrueType font, or null for CFF fonts. */
export function trueTypeSource(bytes: Uint8Array): TrueTypeSource | null {
  if (sources.has(bytes)) return sources.get(bytes)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const [head, hhea, loca, glyf, hmtx, maxp] = ['head', 'hhea', 'loca', 'glyf', 'hmtx', 'maxp'].map((t) =>
    tables.get(t),
  );
  if (!head || !hhea || !loca || !glyf || !hmtx || !maxp) {
    sources.set(bytes, null);
    return null;
  }
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);
  const locaAt = (g: number) =>
    longLoca ? view.getUint32(loca.offset + 4 * g) : 2 * view.getUint16(loca.offset + 2 * g);
  const cache = new Map<number, GlyphRecord>();
  const source: TrueTypeSource = {
    tables,
    bytes,
    glyph(id) {
      let record = cache.get(id);
      if (record) return record;
      const g = id < numGlyphs ? id : 0;
      const start = glyf.offset + locaAt(g);
      const end = glyf.offset + locaAt(g + 1);
      const glyphBytes = bytes.slice(start, end);
      const components: GlyphRecord['components'] = [];
      if (glyphBytes.length >= 10 && view.getInt16(start) < 0) {
        // Composite glyph: walk the component records (OpenType 'glyf', composite glyph description).
        let p = 10;
        for (;;) {
          const flags = view.getUint16(start + p);
          components.push({ at: p + 2, glyphId: view.getUint16(start + p + 2) });
          p += 4 + (flags & 0x0001 ? 4 : 2);
          if (flags & 0x0008) p += 2;
          else if (flags & 0x0040) p += 4;
          else if (flags & 0x0080) p += 8;
          if (!(flags & 0x0020)) break;
        }
      }
      const metric = Math.min(g, numberOfHMetrics - 1);
      const advance = view.getUint16(hmtx.offset + 4 * metric);
      const leftBearing =
        g < numberOfHMetrics
          ? view.getInt16(hmtx.offset + 4 * g + 2)
          : view.getInt16(hmtx.offset + 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics));
      record = { bytes: glyphBytes, components, advance, leftBearing };
      cache.set(id, record);
      return record;
    },
  };
  sources.set(bytes, source);
  return source;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = data.length % 4 ? new Uint8Array(data.length + 4 - (data.length % 4)) : data;
  if (padded !== data) padded.set(data);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A subset under construction: glyphs keep the ids `includeGlyph` hands out (0 is .notdef). */
export class TrueTypeSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: TrueTypeSource) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  encode(): Uint8Array {
    const { source } = this;
    const records: Uint8Array[] = [];
    const metrics: { advance: number; leftBearing: number }[] = [];
    // Components of composite glyphs join the subset as they are met (the list grows while walked).
    for (let i = 0; i < this.glyphs.length; i++) {
      const record = source.glyph(this.glyphs[i]!);
      let bytes = record.bytes;
      if (record.components.length) {
        bytes = bytes.slice();
        const view = new DataView(bytes.buffer);
        for (const c of record.components) view.setUint16(c.at, this.includeGlyph(c.glyphId));
      }
      records.push(bytes);
      metrics.push({ advance: record.advance, leftBearing: record.leftBearing });
    }
    const n = records.length;
    const raw = (tag: string) => {
      const t = source.tables.get(tag);
      return t ? source.bytes.slice(t.offset, t.offset + t.length) : undefined;
    };
    const glyfSize = records.reduce((s, r) => s + r.length, 0);
    const glyf = new Uint8Array(glyfSize);
    const loca = new Uint8Array(4 * (n + 1));
    const locaView = new DataView(loca.buffer);
    let offset = 0;
    records.forEach((r, i) => {
      locaView.setUint32(4 * i, offset);
      glyf.set(r, offset);
      offset += r.length;
    });
    locaView.setUint32(4 * n, offset);
    const hmtx = new Uint8Array(4 * n);
    const hmtxView = new DataView(hmtx.buffer);
    metrics.forEach((m, i) => {
      hmtxView.setUint16(4 * i, m.advance);
      hmtxView.setInt16(4 * i + 2, m.leftBearing);
    });
    const head = raw('head')!;
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, set below
    headView.setInt16(50, 1); // long loca offsets
    const hhea = raw('hhea')!;
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = raw('maxp')!;
    new DataView(maxp.buffer).setUint16(4, n);

    const candidates: [string, Uint8Array | undefined][] = [
      ['cvt ', raw('cvt ')],
      ['fpgm', raw('fpgm')],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
      ['prep', raw('prep')],
    ];
    const tables = candidates.filter((t): t is [string, Uint8Array] => t[1] !== undefined);

    const numTables = tables.length;
    let entrySelector = 0;
    while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
    const searchRange = 2 ** entrySelector * 16;
    const headerSize = 12 + 16 * numTables;
    const padded = (len: number) => (len + 3) & ~3;
    const total = headerSize + tables.reduce((s, [, d]) => s + padded(d.length), 0);
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    view.setUint32(0, 0x00010000);
    view.setUint16(4, numTables);
    view.setUint16(6, searchRange);
    view.setUint16(8, entrySelector);
    view.setUint16(10, numTables * 16 - searchRange);
    let at = headerSize;
    let headAt = 0;
    tables.forEach(([tag, data], i) => {
      const rec = 12 + 16 * i;
      for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
      view.setUint32(rec + 4, checksum(data));
      view.setUint32(rec + 8, at);
      view.setUint32(rec + 12, data.length);
      out.set(data, at);
      if (tag === 'head') headAt = at;
      at += padded(data.length);
    });
    view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
    return out;
  }
}
