// Minimal typings for the parts of fontkit 2 this package uses (fontkit ships no types).
declare module 'fontkit' {
  export type FontkitGlyph = {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  };
  export type FontkitSubset = {
    includeGlyph(glyph: number | FontkitGlyph): number;
    encode(): Uint8Array;
  };
  export type FontkitFont = {
    unitsPerEm: number;
    postscriptName: string | null;
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    characterSet: number[];
    post: { isFixedPitch: boolean };
    head: { macStyle: { italic: boolean } };
    'OS/2'?: { sFamilyClass: number };
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    createSubset(): FontkitSubset;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
