// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient fontkit typings must also reach projects that type-check this package from source (the server)
/// <reference path="./vendor.d.ts" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { FontkitFont, FontkitGlyph, FontkitSubset } from 'fontkit';
import { TrueTypeSubset, trueTypeSource } from './ttf-subset.js';

export type FontWeight = 'regular' | 'bold';

const FONT_PATHS: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

/** A parsed font shared by every document of the process; only the subset is per document. */
export type LoadedFont = {
  weight: FontWeight;
  bytes: Uint8Array;
  font: FontkitFont;
  /** Advance width of a string at 1 pt, from a per-code-point cache (no shaping: CJK needs none). */
  widthAt1pt(text: string): number;
  /** Glyph for one code point, falling back to .notdef-free replacements. */
  glyph(codePoint: number): FontkitGlyph;
};

const loaded = new Map<FontWeight, LoadedFont>();
const byBytes = new WeakMap<Uint8Array, LoadedFont>();

/** Loads (once per process) and returns the Noto Sans SC face of the given weight. */
export function loadFont(weight: FontWeight): LoadedFont {
  const cached = loaded.get(weight);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const bytes = new Uint8Array(readFileSync(require.resolve(FONT_PATHS[weight])));
  const font = fontkit.create(bytes);
  const glyphs = new Map<number, FontkitGlyph>();
  // Advance widths of the BMP by code point, NaN until first asked for (layout asks per token).
  const bmpWidths = new Float64Array(0x10000).fill(NaN);
  const scale = 1 / font.unitsPerEm;
  const glyph = (cp: number): FontkitGlyph => {
    let g = glyphs.get(cp);
    if (!g) {
      g = font.glyphForCodePoint(cp);
      // Characters missing from the face would draw as .notdef boxes; a full-width question mark is
      // more honest on a legal document than an invisible gap.
      if (g.id === 0 && cp > 0x20) g = font.glyphForCodePoint(0xff1f);
      glyphs.set(cp, g);
    }
    return g;
  };
  const result: LoadedFont = {
    weight,
    bytes,
    font,
    glyph,
    widthAt1pt(text) {
      let w = 0;
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++)!;
        let cw = cp < 0x10000 ? bmpWidths[cp]! : NaN;
        if (Number.isNaN(cw)) {
          cw = glyph(cp).advanceWidth * scale;
          if (cp < 0x10000) bmpWidths[cp] = cw;
        }
        w += cw;
      }
      return w;
    },
  };
  loaded.set(weight, result);
  byBytes.set(bytes, result);
  return result;
}

type StreamLike = {
  on(event: 'data', cb: (bytes: Uint8Array) => void): StreamLike;
  on(event: 'end', cb: () => void): StreamLike;
  on(event: 'error', cb: (err: unknown) => void): StreamLike;
};

// pdf-lib 1.17 was written against fontkit 1: it wants `subset.encodeStream()` (fontkit 2 has
// `encode()`), and it calls `fontkit.create(bytes)` and `font.layout(text)` per document and per
// string. The adapter returns the already-parsed font and maps text to glyphs through a cache.
function adaptSubset(subset: FontkitSubset): FontkitSubset & { encodeStream(): StreamLike } {
  return {
    includeGlyph: (g) => subset.includeGlyph(g),
    encode: () => subset.encode(),
    encodeStream() {
      const listeners: {
        data: ((b: Uint8Array) => void)[];
        end: (() => void)[];
        error: ((e: unknown) => void)[];
      } = { data: [], end: [], error: [] };
      const stream: StreamLike = {
        on(event: 'data' | 'end' | 'error', cb: (arg: never) => void) {
          (listeners[event] as ((arg: never) => void)[]).push(cb);
          return stream;
        },
      };
      // pdf-lib attaches its listeners synchronously after the call, so emit on the next tick.
      setImmediate(() => {
        try {
          const bytes = subset.encode();
          for (const cb of listeners.data) cb(bytes);
          for (const cb of listeners.end) cb();
        } catch (err) {
          for (const cb of listeners.error) cb(err);
        }
      });
      return stream;
    },
  };
}

function adaptFont(lf: LoadedFont): unknown {
  const f = lf.font;
  return {
    unitsPerEm: f.unitsPerEm,
    postscriptName: f.postscriptName,
    ascent: f.ascent,
    descent: f.descent,
    capHeight: f.capHeight,
    xHeight: f.xHeight,
    italicAngle: f.italicAngle,
    bbox: f.bbox,
    post: f.post,
    head: f.head,
    'OS/2': f['OS/2'],
    get characterSet() {
      return f.characterSet;
    },
    glyphForCodePoint: (cp: number) => f.glyphForCodePoint(cp),
    layout(text: string) {
      const glyphs: FontkitGlyph[] = [];
      for (const ch of text) glyphs.push(lf.glyph(ch.codePointAt(0) ?? 0x20));
      return { glyphs, positions: [] };
    },
    createSubset: () => {
      // TrueType fonts are subset from their bytes with cached glyph records (ttf-subset.ts).
      const source = trueTypeSource(lf.bytes);
      return adaptSubset(
        source ? (new TrueTypeSubset(source) as unknown as FontkitSubset) : f.createSubset(),
      );
    },
  };
}

/** The object to hand to `PDFDocument.registerFontkit`: fontkit 2 behind fontkit 1's interface. */
export const fontkitAdapter = {
  create(data: Uint8Array): unknown {
    const lf = byBytes.get(data);
    if (lf) return adaptFont(lf);
    // Unknown bytes: parse them (not cached) so the adapter also works for other fonts.
    const font = fontkit.create(data);
    const tmp: LoadedFont = {
      weight: 'regular',
      bytes: data,
      font,
      glyph: (cp) => font.glyphForCodePoint(cp),
      widthAt1pt: () => 0,
    };
    return adaptFont(tmp);
  },
};
