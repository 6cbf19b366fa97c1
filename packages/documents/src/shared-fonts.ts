import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFObject,
  PDFObjectCopier,
  type PDFDict,
  type PDFRef,
} from 'pdf-lib';
import { useNativeDeflate } from './deflate.js';
import { type FontWeight, fontkitAdapter, loadFont } from './fonts.js';

/**
 * A font subset built once for a fixed set of characters and copied, already compressed, into
 * every document that uses it. Documents of one template repeat most of their text (labels,
 * notes, the product's wording): subsetting and deflating those glyphs for every document was a
 * quarter of a certificate's render time. The characters a document draws that are not in the
 * set (names, numbers) go to that document's own small subset, so nothing personal is shared
 * between documents: the set comes from the template and the data it names as shared.
 */
export type SharedFont = {
  weight: FontWeight;
  /** Code point → the glyph's 4-hex-digit code in this subset. */
  codes: ReadonlyMap<number, string>;
  /** Copies the subset into `doc` (once per document) and returns the font dictionary's reference. */
  embedIn(doc: PDFDocument): PDFRef;
};

const cache = new Map<string, Promise<SharedFont>>();
const CACHE_SIZE = 32;

/** The shared subset of `weight` for the characters of `text` (built once per distinct set). */
export function sharedFont(weight: FontWeight, text: string): Promise<SharedFont> {
  // Documents of one batch pass the same text: found by it before sorting its characters.
  const byText = recent.get(weight);
  if (byText?.text === text) return byText.font;
  const font = sharedFontOf(weight, text);
  recent.set(weight, { text, font });
  return font;
}

const recent = new Map<FontWeight, { text: string; font: Promise<SharedFont> }>();

function sharedFontOf(weight: FontWeight, text: string): Promise<SharedFont> {
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0)!))]
    .filter((cp) => cp >= 0x20)
    .sort((a, b) => a - b);
  const key = `${weight}:${String.fromCodePoint(...codePoints)}`;
  let found = cache.get(key);
  if (found) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(key);
    cache.set(key, found);
    return found;
  }
  found = build(weight, codePoints);
  found.catch(() => cache.delete(key));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, found);
  return found;
}

async function build(weight: FontWeight, codePoints: number[]): Promise<SharedFont> {
  const source = await PDFDocument.create({ updateMetadata: false });
  useNativeDeflate(source);
  source.registerFontkit(fontkitAdapter as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const font = await source.embedFont(loadFont(weight).bytes, { subset: true });
  const codes = new Map<number, string>();
  for (const cp of codePoints)
    codes.set(cp, font.encodeText(String.fromCodePoint(cp)).toString().slice(1, -1));
  // Writes the subset, its widths and its ToUnicode map into `source`, compressed once.
  await font.embed();
  const fontDict = source.context.lookup(font.ref) as PDFDict;
  // The widths array (hundreds of numbers) is written once as text, not copied and formatted again.
  const cidFont = source.context.lookup(
    fontDict.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0),
  ) as PDFDict;
  cidFont.set(PDFName.of('W'), new PreformattedObject(cidFont.lookup(PDFName.of('W'), PDFArray).toString()));
  const perDocument = new WeakMap<PDFDocument, PDFRef>();
  return {
    weight,
    codes,
    embedIn(doc) {
      let ref = perDocument.get(doc);
      if (!ref) {
        // Copies the dictionaries and the compressed streams' bytes; nothing is re-encoded.
        ref = doc.context.register(PDFObjectCopier.for(source.context, doc.context).copy(fontDict));
        perDocument.set(doc, ref);
      }
      return ref;
    },
  };
}

/** A direct object written from its already formatted text (immutable, so shared by every copy). */
class PreformattedObject extends PDFObject {
  private readonly bytes: Uint8Array;

  constructor(private readonly text: string) {
    super();
    this.bytes = Buffer.from(text, 'latin1');
  }

  override clone(): PDFObject {
    return this;
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.bytes.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    buffer.set(this.bytes, offset);
    return this.bytes.length;
  }
}
