import {
  type Color,
  type PDFFont,
  type PDFName as PDFNameType,
  type PDFImage,
  type PDFPage,
  type PDFRef,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  degrees,
  rgb,
} from 'pdf-lib';
import QRCode from 'qrcode';
import type { DocumentDataMap, DocumentKind } from './document-data.js';
import { deflateContentStreams, useNativeDeflate } from './deflate.js';
import { type LoadedFont, fontkitAdapter, loadFont } from './fonts.js';
import { type SharedFont, sharedFont } from './shared-fonts.js';
import {
  type DateLike,
  amountInWords,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPeriod,
  formatShortDate,
} from './format.js';
import type {
  BlockSpec,
  ColumnSpec,
  DocumentTemplate,
  FieldSpec,
  SignatureSlot,
  ValueFormat,
} from './template.js';
import { builtInTemplate } from './templates.js';
import {
  SEAL_LEGEND,
  type SealFont,
  embedCachedImage,
  embedSeal,
  recordSealPlacement,
  sealPlacementOf,
} from './seal.js';

export type RenderOptions = {
  /** Encoded in the QR code (the document's verification page). No QR code when omitted. */
  verificationUrl?: string;
  /** Adds the diagonal "样本 SPECIMEN" watermark on every page. */
  specimen?: boolean;
  /** Replaces the built-in template of the kind. */
  template?: DocumentTemplate;
  /** Platform name in the logo block. */
  platformName?: string;
  /** Creation date written into the PDF metadata. */
  creationDate?: Date;
  /** The insurer's logo (PNG or JPEG) in the header; the platform's mark when omitted. */
  insurerLogo?: Uint8Array;
  /** The insurer's own seal image (PNG, transparent background); generated from its name when omitted. */
  insurerSeal?: Uint8Array;
  /**
   * Draws the seal into the page content (default). Signing sets this to false: the seal is then
   * the signature widget's appearance, at the same place (sign-pdf.ts).
   */
  sealOnPage?: boolean;
};

// A4 in points, and the frame everything is laid out in.
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 40;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const FIRST_PAGE_TOP = PAGE_H - 30;
const NEXT_PAGE_TOP = PAGE_H - 50;
const CONTENT_BOTTOM = 48;
const QR_SIZE = 70;

const BRAND = rgb(0.11, 0.3, 0.6);
const TEXT = rgb(0.1, 0.1, 0.13);
const MUTED = rgb(0.4, 0.43, 0.48);
const LINE = rgb(0.7, 0.74, 0.8);
const LABEL_FILL = rgb(0.955, 0.965, 0.98);
const HEAD_FILL = rgb(0.87, 0.905, 0.955);
const SECTION_FILL = rgb(0.925, 0.945, 0.975);
const ZEBRA = rgb(0.978, 0.983, 0.992);

const FIELD_SIZE = 8.5;
const FIELD_LH = 11.5;
const TABLE_SIZE = 8.5;
const TABLE_LH = 11;
const PAD_X = 5;
const PAD_Y = 3.2;
const LABEL_W = 80;

// Characters that must not begin a line in Chinese typesetting; they may hang into the margin instead.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉…—”’,.;:!?)]%']);
const TOKEN = /[A-Za-z0-9@._\-/:+#%&=?~¥$*]+\s*|\s+|[\s\S]/gu;

type Fonts = {
  regular: PDFFont;
  bold: PDFFont;
  metrics: { regular: LoadedFont; bold: LoadedFont };
  /** The template's shared subsets (shared-fonts.ts); characters outside them use `regular`/`bold`. */
  shared: { regular: SharedFont; bold: SharedFont };
  /** While a candidate set is learned (sharedFonts): the code points drawn, by weight. */
  drawn?: { regular: Set<number>; bold: Set<number> };
};
type FontKeys = {
  regular?: PDFNameType;
  bold?: PDFNameType;
  sharedRegular?: PDFNameType;
  sharedBold?: PDFNameType;
};

/** Reads a dotted path from the data. */
function get(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const key of path.split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Turns a data value into document text. */
export function formatValue(v: unknown, format?: ValueFormat): string {
  if (isEmpty(v)) return '';
  switch (format) {
    case 'date':
      return formatDate(v as DateLike);
    case 'shortDate':
      return formatShortDate(v as DateLike);
    case 'datetime':
      return formatDateTime(v as DateLike);
    case 'money':
      return typeof v === 'number' ? formatMoney(v) : String(v);
    case 'moneyWithWords':
      return typeof v === 'number' ? `${formatMoney(v)}（${amountInWords(v)}）` : String(v);
    case 'premiumChange': {
      if (typeof v !== 'number') return String(v);
      if (v === 0) return '无保险费变化';
      const abs = Math.abs(v);
      return `${v > 0 ? '加收' : '退还'}保险费 ${formatMoney(abs)}（${amountInWords(abs)}）`;
    }
    case 'period': {
      const p = v as { start?: DateLike; end?: DateLike };
      return p.start !== undefined && p.end !== undefined ? formatPeriod({ start: p.start, end: p.end }) : '';
    }
    case 'number':
      return typeof v === 'number' ? v.toLocaleString('zh-CN') : String(v);
    default:
      if (v instanceof Date) return formatDateTime(v);
      if (Array.isArray(v)) return v.map((x) => formatValue(x)).join('、');
      return String(v);
  }
}

class Layout {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  // Font resource names per page. pdf-lib's drawText({ font }) registers a new resource name on
  // every call (thousands per page in long tables), so text is written with operators instead.
  private readonly fontKeys = new WeakMap<PDFPage, FontKeys>();

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly onNewPage: (layout: Layout, first: boolean) => void,
  ) {}

  newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = this.pages.length === 1 ? FIRST_PAGE_TOP : NEXT_PAGE_TOP;
    this.onNewPage(this, this.pages.length === 1);
  }

  /** Starts a new page unless `h` points still fit; returns whether it did. */
  ensure(h: number): boolean {
    if (this.y - h >= CONTENT_BOTTOM) return false;
    this.newPage();
    return true;
  }

  width(text: string, size: number, bold = false): number {
    return (bold ? this.fonts.metrics.bold : this.fonts.metrics.regular).widthAt1pt(text) * size;
  }

  /** Breaks text into lines of at most `maxWidth`, CJK anywhere, Latin at word ends. */
  wrap(text: string, size: number, maxWidth: number, bold = false): string[] {
    const lines: string[] = [];
    for (const para of text.split('\n')) {
      let line = '';
      let w = 0;
      for (const match of para.matchAll(TOKEN)) {
        const tok = match[0];
        const tw = this.width(tok, size, bold);
        if (w + tw <= maxWidth) {
          line += tok;
          w += tw;
        } else if (NO_LINE_START.has(tok) && line !== '') {
          line += tok; // hanging punctuation
          w += tw;
        } else if (tw > maxWidth) {
          // A word wider than the column (IDs, URLs): break it by character.
          for (const ch of tok) {
            const cw = this.width(ch, size, bold);
            if (w + cw > maxWidth && line !== '') {
              lines.push(line.trimEnd());
              line = '';
              w = 0;
            }
            line += ch;
            w += cw;
          }
        } else {
          lines.push(line.trimEnd());
          line = tok.trimStart();
          w = this.width(line, size, bold);
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  // Drawing operators as raw text, one content stream per page and flush: pdf-lib's operator
  // objects (a PDFNumber per coordinate, formatted again on save) were a quarter of a
  // certificate's render time. Anything else drawn on the page (images, the seal, the QR code)
  // flushes first, so the painting order is the order of the calls.
  private readonly ops = new Map<PDFPage, string[]>();

  raw(op: string): void {
    let list = this.ops.get(this.page);
    if (!list) this.ops.set(this.page, (list = []));
    list.push(op);
  }

  /** Writes the operators buffered for `page` (default: the current one) as a content stream. */
  flush(page: PDFPage = this.page): void {
    const list = this.ops.get(page);
    if (!list?.length) return;
    const stream = this.doc.context.flateStream(list.join('\n'));
    page.node.addContentStream(this.doc.context.register(stream));
    this.ops.delete(page);
  }

  /** flush() for every page (before saving, and before drawing over everything). */
  flushAll(): void {
    for (const page of this.pages) this.flush(page);
  }

  text(
    str: string,
    x: number,
    baseline: number,
    size: number,
    opts: { bold?: boolean; color?: Color } = {},
  ): void {
    if (!str) return;
    let keys = this.fontKeys.get(this.page);
    if (!keys) {
      keys = {};
      this.fontKeys.set(this.page, keys);
    }
    const own = opts.bold ? this.fonts.bold : this.fonts.regular;
    const shared = opts.bold ? this.fonts.shared.bold : this.fonts.shared.regular;
    const ownKey = () =>
      (keys[opts.bold ? 'bold' : 'regular'] ??= this.page.node.newFontDictionary(own.name, own.ref));
    const sharedKey = () =>
      (keys[opts.bold ? 'sharedBold' : 'sharedRegular'] ??= this.page.node.newFontDictionary(
        `${own.name}-shared`,
        shared.embedIn(this.doc),
      ));
    // Runs of characters in the shared subset and of the others, each with its font; the same
    // face, so the advance widths (and the layout) do not depend on the split.
    const parts: string[] = [];
    let hex = '';
    let rest = '';
    const drawn = this.fonts.drawn?.[opts.bold ? 'bold' : 'regular'];
    for (const ch of str) {
      const cp = ch.codePointAt(0)!;
      drawn?.add(cp);
      const code = shared.codes.get(cp);
      if (code !== undefined) {
        if (rest) parts.push(`${ownKey().toString()} ${num(size)} Tf ${own.encodeText(rest).toString()} Tj`);
        rest = '';
        hex += code;
      } else {
        if (hex) parts.push(`${sharedKey().toString()} ${num(size)} Tf <${hex}> Tj`);
        hex = '';
        rest += ch;
      }
    }
    if (rest) parts.push(`${ownKey().toString()} ${num(size)} Tf ${own.encodeText(rest).toString()} Tj`);
    if (hex) parts.push(`${sharedKey().toString()} ${num(size)} Tf <${hex}> Tj`);
    this.raw(`BT ${fill(opts.color ?? TEXT)} ${num(x)} ${num(baseline)} Td ${parts.join(' ')} ET`);
  }

  /** Text aligned inside [x, x + w]. */
  alignedText(
    str: string,
    x: number,
    w: number,
    baseline: number,
    size: number,
    align: 'left' | 'center' | 'right',
    bold = false,
  ): void {
    const tw = this.width(str, size, bold);
    const dx = align === 'center' ? (w - tw) / 2 : align === 'right' ? w - tw : 0;
    this.text(str, x + Math.max(0, dx), baseline, size, { bold });
  }

  rect(
    x: number,
    top: number,
    w: number,
    h: number,
    fillColor?: Color,
    border?: Color,
    borderWidth = 0.6,
  ): void {
    if (!fillColor && !border) return;
    const box = `${num(x)} ${num(top - h)} ${num(w)} ${num(h)} re`;
    if (fillColor && border)
      this.raw(`q ${fill(fillColor)} ${stroke(border)} ${num(borderWidth)} w ${box} B Q`);
    else if (fillColor) this.raw(`q ${fill(fillColor)} ${box} f Q`);
    else this.raw(`q ${stroke(border!)} ${num(borderWidth)} w ${box} S Q`);
  }

  hline(x1: number, x2: number, y: number, color: Color = LINE, thickness = 0.6): void {
    this.raw(`q ${stroke(color)} ${num(thickness)} w ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S Q`);
  }

  vline(x: number, top: number, bottom: number, color: Color = LINE, thickness = 0.6): void {
    this.raw(`q ${stroke(color)} ${num(thickness)} w ${num(x)} ${num(top)} m ${num(x)} ${num(bottom)} l S Q`);
  }
}

/** A number as a content-stream operand: at most 3 decimals, no exponent, no trailing zeros. */
function num(v: number): string {
  if (Number.isInteger(v)) return String(v);
  // n / 1000 is the double nearest that decimal, and String() prints the shortest form that
  // reads back as it: at most three decimals, no trailing zeros, no exponent in this range.
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

function rgbOf(c: Color): string {
  if (c.type !== 'RGB') throw new Error(`只支持 RGB 颜色：${c.type}`);
  return `${num(c.red)} ${num(c.green)} ${num(c.blue)}`;
}
const fill = (c: Color) => `${rgbOf(c)} rg`;
const stroke = (c: Color) => `${rgbOf(c)} RG`;

/** Baseline that centres CJK text of `size` in a line box whose top is `top`. */
function baselineIn(top: number, lineHeight: number, size: number): number {
  return top - lineHeight / 2 - size * 0.36;
}

/** Draws an embedded image or form (`name` in the page's XObject resources) into a box. */
function drawXObject(l: Layout, ref: PDFRef, x: number, y: number, w: number, h: number): void {
  l.flush();
  const name = l.page.node.newXObject('X', ref);
  const stream = l.doc.context.flateStream(
    `q ${w.toFixed(3)} 0 0 ${h.toFixed(3)} ${x.toFixed(3)} ${y.toFixed(3)} cm ${name.toString()} Do Q`,
  );
  l.page.node.addContentStream(l.doc.context.register(stream));
}

function drawLogo(l: Layout, x: number, top: number, h: HeaderInfo): void {
  if (h.logo) {
    // The insurer's own logo, fitted into the 40 pt square the platform mark uses.
    const scale = Math.min(40 / h.logo.width, 40 / h.logo.height);
    const w = h.logo.width * scale;
    const ih = h.logo.height * scale;
    drawXObject(l, h.logo.ref, x + (40 - w) / 2, top - 40 + (40 - ih) / 2, w, ih);
  } else {
    // The platform's shield with a check mark: vectors, sharp and a few hundred bytes.
    // (SVG 'M17 0 L34 6 V19 C34 30 26.5 37 17 40 C7.5 37 0 30 0 19 V6 Z' and a check mark, y down from top)
    const p = (dx: number, dy: number) => `${num(x + dx)} ${num(top - dy)}`;
    l.raw(
      `q ${fill(BRAND)} ${p(17, 0)} m ${p(34, 6)} l ${p(34, 19)} l ${p(34, 30)} ${p(26.5, 37)} ${p(17, 40)} c ` +
        `${p(7.5, 37)} ${p(0, 30)} ${p(0, 19)} c ${p(0, 6)} l h f Q`,
    );
    l.raw(`q ${stroke(rgb(1, 1, 1))} 3.2 w ${p(9, 20)} m ${p(15, 26)} l ${p(26, 13)} l S Q`);
  }
  // The issuer's name: as large as fits beside the QR code.
  const avail = CONTENT_W - QR_SIZE - 60;
  const size = Math.min(15, avail / Math.max(1, l.fonts.metrics.bold.widthAt1pt(h.issuerName)));
  l.text(h.issuerName, x + 46, top - 17, size, { bold: true, color: BRAND });
  const sub =
    h.issuerName === h.platformName
      ? '可靠电子签名 · 在线验真'
      : `${h.platformName} · 可靠电子签名 · 在线验真`;
  l.text(sub, x + 46, top - 31, 7.5, { color: MUTED });
}

const QR_MASK = 2;

function drawQr(l: Layout, url: string, x: number, top: number, size: number): void {
  // One byte-mode segment and a fixed mask: the library's segment optimiser (a shortest-path
  // search) and its choice of the best of eight masks (ISO/IEC 18004 §7.8.3) were most of the QR
  // code's time, for a URL that is bytes anyway and a symbol any reader decodes with any mask.
  const qr = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: QR_MASK,
  });
  const n = qr.modules.size;
  const m = size / n;
  // Horizontal runs of dark modules as rectangles in module units (y down from the top left
  // corner), one raw content stream: short integer operands, quick to write and to compress.
  const parts: string[] = [`q 0 0 0 rg ${num(m)} 0 0 ${num(-m)} ${num(x)} ${num(top)} cm`];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      parts.push(`${start} ${row} ${col - start} 1 re`);
    }
  }
  parts.push('f Q');
  l.flush();
  const stream = l.doc.context.flateStream(parts.join('\n'));
  l.page.node.addContentStream(l.doc.context.register(stream));
  l.alignedText('扫码验真', x, size, top - size - 10, 7.5, 'center');
}

type HeaderInfo = {
  template: DocumentTemplate;
  documentNo: string;
  platformName: string;
  /** The insurer (or payee) who issues the document; the platform when the data names none. */
  issuerName: string;
  logo?: { ref: PDFRef; width: number; height: number } | undefined;
  seal: { image?: Uint8Array | undefined; onPage: boolean };
};

function drawRunningHeader(l: Layout, h: HeaderInfo): void {
  const top = PAGE_H - 26;
  l.text(h.issuerName, MARGIN_X, top, 9, { bold: true, color: BRAND });
  const right = `${h.template.title}    ${h.template.documentNoLabel}：${h.documentNo}`;
  l.text(right, PAGE_W - MARGIN_X - l.width(right, 8), top, 8, { color: MUTED });
  l.hline(MARGIN_X, PAGE_W - MARGIN_X, PAGE_H - 33, BRAND, 0.8);
}

function drawFirstPageHeader(
  l: Layout,
  data: unknown,
  h: HeaderInfo,
  verificationUrl: string | undefined,
): void {
  const top = FIRST_PAGE_TOP;
  drawLogo(l, MARGIN_X, top, h);
  if (verificationUrl) drawQr(l, verificationUrl, PAGE_W - MARGIN_X - QR_SIZE, top + 4, QR_SIZE);

  // Title between the logo column and the QR code; shrink long titles, wrap if still too long.
  const avail = CONTENT_W - 2 * (QR_SIZE + 12);
  const title = h.template.title;
  let size = Math.min(19, avail / Math.max(1, l.fonts.metrics.bold.widthAt1pt(title)));
  let lines = [title];
  if (size < 13) {
    size = 13;
    lines = l.wrap(title, size, avail, true);
  }
  // Below the logo's text lines, so long titles never run into them.
  let y = top - 57;
  for (const line of lines) {
    l.alignedText(line, MARGIN_X, CONTENT_W, y, size, 'center', true);
    y -= size + 5;
  }
  const subtitle = h.template.subtitlePath ? formatValue(get(data, h.template.subtitlePath)) : '';
  if (subtitle) {
    l.alignedText(subtitle, MARGIN_X, CONTENT_W, y - 2, 10.5, 'center');
    y -= 16;
  }
  l.y = Math.min(y - 2, top - QR_SIZE - 18);

  // Header box: document number, confirmation time, further header fields, notice.
  const items: [string, string][] = [[h.template.documentNoLabel, h.documentNo]];
  const confirmed = get(data, h.template.confirmedAtPath ?? 'confirmedAt');
  items.push([h.template.confirmedAtLabel, isEmpty(confirmed) ? '—' : formatValue(confirmed, 'datetime')]);
  for (const f of h.template.headerFields ?? []) {
    const v = formatValue(get(data, f.path), f.format);
    if (v || !f.optional) items.push([f.label, v || '—']);
  }
  const noticeLines = l.wrap(h.template.notice, 7.5, CONTENT_W - 2 * PAD_X - 8);
  const rowsH = Math.ceil(items.length / 2) * 15;
  const boxH = rowsH + 8 + noticeLines.length * 10.5 + 6;
  const boxTop = l.y;
  l.rect(MARGIN_X, boxTop, CONTENT_W, boxH, rgb(0.985, 0.99, 1), BRAND, 0.8);
  items.forEach(([label, value], i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    const x = MARGIN_X + PAD_X + 4 + col * (CONTENT_W / 2);
    const baseline = baselineIn(boxTop - 3 - row * 15, 15, 9.5);
    const lw = l.width(`${label}：`, 9.5);
    l.text(`${label}：`, x, baseline, 9.5, { color: MUTED });
    l.text(value, x + lw, baseline, 9.5, { bold: true });
  });
  let ny = boxTop - rowsH - 6;
  l.hline(MARGIN_X + PAD_X, PAGE_W - MARGIN_X - PAD_X, ny + 1, LINE, 0.4);
  for (const line of noticeLines) {
    l.text(line, MARGIN_X + PAD_X + 4, baselineIn(ny - 2, 10.5, 7.5), 7.5, { color: MUTED });
    ny -= 10.5;
  }
  l.y = boxTop - boxH - 4;
}

const SECTION_H = 16;

function sectionTitle(l: Layout, title: string, keepWith: number): void {
  l.y -= 4;
  l.ensure(SECTION_H + keepWith);
  l.rect(MARGIN_X, l.y, CONTENT_W, SECTION_H, SECTION_FILL);
  l.rect(MARGIN_X, l.y, 3, SECTION_H, BRAND);
  l.text(title, MARGIN_X + 10, baselineIn(l.y, SECTION_H, 9.5), 9.5, { bold: true, color: BRAND });
  l.y -= SECTION_H;
}

type Field = { label: string; value: string; wide: boolean };

function resolveFields(data: unknown, specs: FieldSpec[]): Field[] {
  const out: Field[] = [];
  for (const f of specs) {
    const value = formatValue(get(data, f.path), f.format);
    if (!value && f.optional) continue;
    out.push({ label: f.label, value: value || '—', wide: !!f.wide });
  }
  return out;
}

/** The insurer's seal: 80 pt ≈ 28 mm across. */
const SEAL_SIZE = 80;
/** Width of the seal cell at the right of a grid that carries the insurer's seal. */
const SEAL_CELL_W = 96;
/** How far the seal may reach beyond its cell, above and below. */
const SEAL_OVERHANG = 14;

async function drawFieldGrid(
  l: Layout,
  fields: Field[],
  title?: string,
  seal?: { name: string; header: HeaderInfo },
): Promise<void> {
  if (!fields.length) return;
  // Rows: wide fields alone, others in pairs (a lone narrow field at the end is widened).
  const rows: Field[][] = [];
  let pending: Field | undefined;
  for (const f of fields) {
    if (f.wide) {
      if (pending) rows.push([{ ...pending, wide: true }]);
      pending = undefined;
      rows.push([f]);
    } else if (pending) {
      rows.push([pending, f]);
      pending = undefined;
    } else pending = f;
  }
  if (pending) rows.push([{ ...pending, wide: true }]);

  const gridW = seal ? CONTENT_W - SEAL_CELL_W : CONTENT_W;
  const right = MARGIN_X + gridW;
  const halfValueW = (gridW - 2 * LABEL_W) / 2;
  const layoutRow = (row: Field[]) => {
    const cells = row.map((f) => {
      const valueW = row.length === 1 ? gridW - LABEL_W : halfValueW;
      return {
        f,
        valueW,
        labelLines: l.wrap(f.label, 8, LABEL_W - 2 * PAD_X),
        valueLines: l.wrap(f.value, FIELD_SIZE, valueW - 2 * PAD_X),
      };
    });
    const lines = Math.max(...cells.map((c) => Math.max(c.labelLines.length, c.valueLines.length)));
    return { cells, h: lines * FIELD_LH + 2 * PAD_Y - 2 };
  };
  const laid = rows.map(layoutRow);
  let sealH = 0;
  if (seal) {
    // The seal cell spans the grid; the seal may overhang it by SEAL_OVERHANG above and below,
    // onto the empty right ends of the section bars, as a stamp does (a one-page policy stays one
    // page). A shorter grid grows (its last row) to that height; it is kept on one page.
    const rowsH = laid.reduce((n, r) => n + r.h, 0);
    sealH = Math.max(SEAL_SIZE - 2 * SEAL_OVERHANG, rowsH);
    laid[laid.length - 1]!.h += sealH - rowsH;
  }
  const first = laid[0];
  if (title) sectionTitle(l, title, seal ? sealH : first ? first.h : 0);
  else if (seal) l.ensure(sealH);
  const gridTop = l.y;
  for (const { cells, h } of laid) {
    l.ensure(h);
    let x = MARGIN_X;
    const top = l.y;
    for (const c of cells) {
      l.rect(x, top, LABEL_W, h, LABEL_FILL);
      c.labelLines.forEach((line, i) =>
        l.text(line, x + PAD_X, baselineIn(top - PAD_Y + 1 - i * FIELD_LH, FIELD_LH, 8), 8, { color: MUTED }),
      );
      c.valueLines.forEach((line, i) =>
        l.text(
          line,
          x + LABEL_W + PAD_X,
          baselineIn(top - PAD_Y + 1 - i * FIELD_LH, FIELD_LH, FIELD_SIZE),
          FIELD_SIZE,
        ),
      );
      l.vline(x + LABEL_W, top, top - h);
      x += LABEL_W + c.valueW;
      if (x < right - 1) l.vline(x, top, top - h);
    }
    l.vline(MARGIN_X, top, top - h);
    l.vline(right, top, top - h);
    l.hline(MARGIN_X, right, top);
    l.hline(MARGIN_X, right, top - h);
    l.y = top - h;
  }
  if (seal) {
    const x = right;
    l.hline(x, PAGE_W - MARGIN_X, gridTop);
    l.hline(x, PAGE_W - MARGIN_X, gridTop - sealH);
    l.vline(PAGE_W - MARGIN_X, gridTop, gridTop - sealH);
    await placeSeal(
      l,
      seal.header,
      seal.name,
      x + (SEAL_CELL_W - SEAL_SIZE) / 2,
      gridTop - sealH / 2 - SEAL_SIZE / 2,
    );
  }
}

/** The shared bold subset when it has every character of the seal (it has the issuer's name), else the document's own. */
function sealFont(l: Layout, name: string): SealFont {
  const shared = l.fonts.shared.bold;
  const own = l.fonts.bold;
  const chars = [...(name + SEAL_LEGEND)].filter((ch) => ch.trim());
  for (const ch of chars) l.fonts.drawn?.bold.add(ch.codePointAt(0)!);
  const all = chars.every((ch) => shared.codes.has(ch.codePointAt(0)!));
  return all
    ? { ref: shared.embedIn(l.doc), encode: (ch) => `<${shared.codes.get(ch.codePointAt(0)!)}>` }
    : { ref: own.ref, encode: (ch) => own.encodeText(ch).toString() };
}

/** Draws the insurer's seal with its lower left corner at (x, y) and records it for signing. */
async function placeSeal(l: Layout, header: HeaderInfo, name: string, x: number, y: number): Promise<void> {
  if (sealPlacementOf(l.doc)) return; // one seal (and signature appearance) per document
  const appearance = await embedSeal(
    l.doc,
    sealFont(l, name || header.issuerName),
    l.fonts.metrics.bold,
    name || header.issuerName,
    SEAL_SIZE,
    header.seal.image,
  );
  if (header.seal.onPage) drawXObject(l, appearance, x, y, 1, 1);
  recordSealPlacement(l.doc, {
    pageIndex: l.pages.indexOf(l.page),
    rect: [x, y, x + SEAL_SIZE, y + SEAL_SIZE],
    appearance,
    drawnOnPage: header.seal.onPage,
  });
}

type TableColumn = ColumnSpec & { x: number; w: number };

async function drawTable(
  l: Layout,
  title: string,
  columnsIn: ColumnSpec[],
  rows: unknown[],
  options: { numbered?: boolean; emptyText?: string; summary?: Field[]; continuedTitle?: string },
): Promise<void> {
  const present = columnsIn.filter((c) => !c.optional || rows.some((row) => !isEmpty(get(row, c.path))));
  const specs: ColumnSpec[] = options.numbered
    ? [{ header: '序号', path: '#', width: 0.75, align: 'center' }, ...present]
    : present;
  const total = specs.reduce((n, c) => n + c.width, 0);
  let x = MARGIN_X;
  const cols: TableColumn[] = specs.map((c) => {
    const w = (c.width / total) * CONTENT_W;
    const col = { ...c, x, w };
    x += w;
    return col;
  });
  const headerLines = cols.map((c) => l.wrap(c.header, TABLE_SIZE, c.w - 2 * PAD_X + 1, true));
  const headerH = Math.max(...headerLines.map((h) => h.length)) * TABLE_LH + 2 * PAD_Y;

  const rowCells = (row: unknown, i: number) =>
    cols.map((c) => {
      const v = c.path === '#' ? String(i + 1) : formatValue(get(row, c.path), c.format);
      return l.wrap(v, TABLE_SIZE, c.w - 2 * PAD_X);
    });

  let segmentTop = 0;
  const drawHeader = () => {
    const top = l.y;
    segmentTop = top;
    l.rect(MARGIN_X, top, CONTENT_W, headerH, HEAD_FILL);
    cols.forEach((c, ci) => {
      const lines = headerLines[ci] ?? [];
      const offset = (headerH - 2 * PAD_Y - lines.length * TABLE_LH) / 2;
      lines.forEach((line, li) =>
        l.alignedText(
          line,
          c.x + PAD_X,
          c.w - 2 * PAD_X,
          baselineIn(top - PAD_Y - offset - li * TABLE_LH, TABLE_LH, TABLE_SIZE),
          TABLE_SIZE,
          'center',
          true,
        ),
      );
    });
    l.hline(MARGIN_X, PAGE_W - MARGIN_X, top);
    l.hline(MARGIN_X, PAGE_W - MARGIN_X, top - headerH);
    l.y = top - headerH;
  };
  const closeSegment = () => {
    for (const c of cols) l.vline(c.x, segmentTop, l.y);
    l.vline(PAGE_W - MARGIN_X, segmentTop, l.y);
  };

  const firstCells = rows[0] !== undefined ? rowCells(rows[0], 0) : undefined;
  const firstH = firstCells ? Math.max(...firstCells.map((c) => c.length)) * TABLE_LH + 2 * PAD_Y : 20;
  sectionTitle(l, title, headerH + firstH);
  drawHeader();

  if (!rows.length) {
    const h = 20;
    l.alignedText(options.emptyText ?? '无', MARGIN_X, CONTENT_W, baselineIn(l.y - 2, 16, 9), 9, 'center');
    l.y -= h;
    l.hline(MARGIN_X, PAGE_W - MARGIN_X, l.y);
    l.vline(MARGIN_X, segmentTop, l.y);
    l.vline(PAGE_W - MARGIN_X, segmentTop, l.y);
  }
  rows.forEach((row, i) => {
    const cells = i === 0 && firstCells ? firstCells : rowCells(row, i);
    const h = Math.max(...cells.map((c) => c.length)) * TABLE_LH + 2 * PAD_Y;
    if (l.y - h < CONTENT_BOTTOM) {
      closeSegment();
      l.newPage();
      l.text(options.continuedTitle ?? `${title}（续）`, MARGIN_X, l.y - 10, 8.5, {
        bold: true,
        color: BRAND,
      });
      l.y -= 15;
      drawHeader();
    }
    const top = l.y;
    // Inset so the fill does not paint over the rule under the previous row.
    if (i % 2 === 1) l.rect(MARGIN_X, top - 0.5, CONTENT_W, h - 1, ZEBRA);
    cells.forEach((lines, ci) => {
      const c = cols[ci];
      if (!c) return;
      lines.forEach((line, li) =>
        l.alignedText(
          line,
          c.x + PAD_X,
          c.w - 2 * PAD_X,
          baselineIn(top - PAD_Y - li * TABLE_LH, TABLE_LH, TABLE_SIZE),
          TABLE_SIZE,
          c.align ?? 'left',
        ),
      );
    });
    l.y = top - h;
    l.hline(MARGIN_X, PAGE_W - MARGIN_X, l.y, LINE, 0.4);
  });
  if (rows.length) closeSegment();
  if (options.summary?.length) await drawFieldGrid(l, options.summary);
}

function drawParagraphs(
  l: Layout,
  title: string | undefined,
  paragraphs: string[],
  numbered: boolean,
  small: boolean,
): void {
  if (!paragraphs.length) return;
  const size = small ? 8 : 9;
  const lh = size * (small ? 1.45 : 1.55);
  const prepared = paragraphs.map((p, i) => {
    const prefix = numbered && paragraphs.length > 1 ? `${i + 1}. ` : '';
    const indent = prefix ? l.width(`${paragraphs.length}. `, size) : 0;
    return { prefix, indent, lines: l.wrap(p, size, CONTENT_W - 8 - indent) };
  });
  if (title) sectionTitle(l, title, lh * Math.min(2, prepared[0]?.lines.length ?? 1) + 4);
  l.y -= 3;
  for (const p of prepared) {
    p.lines.forEach((line, i) => {
      l.ensure(lh);
      const baseline = baselineIn(l.y, lh, size);
      if (i === 0 && p.prefix) l.text(p.prefix, MARGIN_X + 4, baseline, size);
      l.text(line, MARGIN_X + 4 + p.indent, baseline, size);
      l.y -= lh;
    });
    l.y -= 1;
  }
  l.y -= 1;
}

async function drawSignatures(
  l: Layout,
  data: unknown,
  title: string | undefined,
  items: SignatureSlot[],
  header: HeaderInfo,
): Promise<void> {
  const h = items.some((i) => i.seal) ? 86 : 74;
  if (title) sectionTitle(l, title, h + 4);
  else {
    l.y -= 10;
    l.ensure(h);
  }
  const w = CONTENT_W / items.length;
  const top = l.y;
  for (const [i, item] of items.entries()) {
    const x = MARGIN_X + i * w;
    l.rect(x, top, w, h, undefined, LINE);
    l.text(`${item.label}：`, x + 8, top - 15, 9, { bold: true });
    const image = item.imagePath ? get(data, item.imagePath) : undefined;
    const name = item.namePath ? formatValue(get(data, item.namePath)) : '';
    if (image instanceof Uint8Array) {
      let img: PDFImage | undefined;
      try {
        img = await l.doc.embedPng(image);
      } catch {
        img = undefined; // not a PNG: fall back to the printed name
      }
      if (img) {
        const scale = Math.min(150 / img.width, 34 / img.height);
        drawXObject(l, img.ref, x + 20, top - 56, img.width * scale, img.height * scale);
      }
      if (name) l.text(`（${name}）`, x + 20 + 155, top - 45, 9, { color: MUTED });
      if (!img && name) l.text(name, x + 20, top - 42, 12);
    } else if (name) {
      l.text(name, x + 20, top - 38, 10.5);
    }
    if (item.text && !item.seal)
      l.text(item.text, x + w - 8 - l.width(item.text, 8), top - 15, 8, { color: MUTED });
    if (item.datePath)
      l.text(`日期：${formatValue(get(data, item.datePath), 'datetime')}`, x + 8, top - h + 9, 8.5, {
        color: MUTED,
      });
    // The insurer's electronic seal at the right of its slot; also the signature's appearance.
    if (item.seal) await placeSeal(l, header, name, x + w - 14 - SEAL_SIZE, top - h / 2 - SEAL_SIZE / 2);
  }
  l.y = top - h;
}

function drawFooter(l: Layout, page: PDFPage, index: number, total: number, h: HeaderInfo): void {
  l.page = page;
  l.hline(MARGIN_X, PAGE_W - MARGIN_X, 40, LINE, 0.5);
  const label = `第 ${index + 1} 页 共 ${total} 页`;
  l.alignedText(label, MARGIN_X, CONTENT_W, 27, 8.5, 'center');
  l.text(`${h.platformName} · 电子单证`, MARGIN_X, 27, 7, { color: MUTED });
  const right = `${h.template.documentNoLabel}：${h.documentNo}`;
  l.text(right, PAGE_W - MARGIN_X - l.width(right, 7), 27, 7, { color: MUTED });
}

function drawWatermark(l: Layout, page: PDFPage): void {
  const text = '样本 SPECIMEN';
  const size = 62;
  const w = l.width(text, size, true);
  const angle = (35 * Math.PI) / 180;
  const cx = PAGE_W / 2;
  const cy = PAGE_H / 2;
  // Rotate about the text's own centre so it crosses the middle of the page.
  const x = cx - (w / 2) * Math.cos(angle) + size * 0.35 * Math.sin(angle);
  const y = cy - (w / 2) * Math.sin(angle) - size * 0.35 * Math.cos(angle);
  page.drawText(text, {
    x,
    y,
    size,
    font: l.fonts.bold,
    color: rgb(0.8, 0.15, 0.15),
    opacity: 0.16,
    rotate: degrees(35),
  });
}

/** Template text with `{{path}}` filled in from the data (spaced), or dropped when that is empty. */
export function fillIn(text: string, data: unknown): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
    const v = formatValue(get(data, path));
    return v ? ` ${v} ` : '';
  });
}

function paragraphsOf(v: unknown): string[] {
  if (isEmpty(v)) return [];
  if (Array.isArray(v)) return v.map((x) => formatValue(x)).filter((x) => x !== '');
  return [formatValue(v)];
}

async function drawBlock(l: Layout, data: unknown, block: BlockSpec, header: HeaderInfo): Promise<void> {
  if ('when' in block && block.when && isEmpty(get(data, block.when))) return;
  switch (block.type) {
    case 'fields':
      await drawFieldGrid(
        l,
        resolveFields(data, block.fields),
        block.title,
        block.seal ? { name: formatValue(get(data, block.seal.namePath)), header } : undefined,
      );
      return;
    case 'labeled-values': {
      const values = get(data, block.path);
      if (!Array.isArray(values) || !values.length) return;
      const fields = (values as { label: string; value: unknown; wide?: boolean }[]).map((v) => ({
        label: v.label,
        value: formatValue(v.value) || '—',
        wide: !!v.wide,
      }));
      if (block.intro) {
        drawParagraphs(l, block.title, [block.intro], false, true);
        await drawFieldGrid(l, fields);
      } else await drawFieldGrid(l, fields, block.title);
      return;
    }
    case 'field-groups': {
      const groups = get(data, block.path);
      if (!Array.isArray(groups)) return;
      for (const g of groups as {
        title: string;
        fields: { label: string; value: unknown; wide?: boolean }[];
      }[]) {
        await drawFieldGrid(
          l,
          g.fields.map((f) => ({ label: f.label, value: formatValue(f.value) || '—', wide: !!f.wide })),
          g.title,
        );
      }
      return;
    }
    case 'table': {
      const rows = get(data, block.path);
      const list = Array.isArray(rows) ? rows : [];
      const title = block.countUnit ? `${block.title}（共 ${list.length} ${block.countUnit}）` : block.title;
      await drawTable(l, title, block.columns, list, {
        continuedTitle: `${block.title}（续）`,
        ...(block.numbered ? { numbered: true } : {}),
        ...(block.emptyText ? { emptyText: block.emptyText } : {}),
        ...(block.summary
          ? { summary: resolveFields(data, block.summary).map((f) => ({ ...f, wide: true })) }
          : {}),
      });
      return;
    }
    case 'object-table': {
      const rows = block.rows.map((r) => ({
        ...(get(data, r.path) as object | undefined),
        '#role': r.label,
      }));
      await drawTable(
        l,
        block.title,
        [{ header: '', path: '#role', width: 1.1, align: 'center' }, ...block.columns],
        rows,
        {},
      );
      return;
    }
    case 'paragraphs': {
      const fromData = block.path ? paragraphsOf(get(data, block.path)) : [];
      const paragraphs = fromData.length ? fromData : (block.text ?? []).map((t) => fillIn(t, data));
      drawParagraphs(l, block.title, paragraphs, !!block.numbered, !!block.small);
      return;
    }
    case 'signatures':
      await drawSignatures(l, data, block.title, block.items, header);
      return;
  }
}

function variantOf(kind: DocumentKind, data: unknown): string | undefined {
  const key = kind === 'policy' ? 'productLine' : kind === 'application' ? 'formVersion' : undefined;
  const v = key ? get(data, key) : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The template a document of this kind and data is drawn with. */
export function templateFor(kind: DocumentKind, data: unknown): DocumentTemplate {
  return builtInTemplate(kind, variantOf(kind, data));
}

// pdf-lib keeps getInfoDict() private; custom Info entries need it.
function infoDict(doc: PDFDocument): PDFDict {
  return (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict();
}

function pdfText(value: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(value) ? PDFString.of(value) : PDFHexString.fromText(value);
}

// What the renderer itself writes besides the template's text: header, footer, tables, formats.
const RENDER_TEXT =
  '可靠电子签名 · 在线验真扫码验真序号无（续）（共 人项）第页共电子单证日期：—¥自起至止年月日零时二十四时分' +
  '人民币零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整加收退还保险费无保险费变化、，。；：';
const ASCII = String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i));
// Template keys that hold data paths or options, not text.
const NOT_TEXT = new Set([
  'path',
  'namePath',
  'datePath',
  'imagePath',
  'subtitlePath',
  'documentNoPath',
  'confirmedAtPath',
  'when',
  'type',
  'align',
  'format',
  'kind',
]);
// Data the documents of one product and insurer share: their glyphs go to the shared subset. Not
// the special agreements: they often name the insured (a union certificate's last line does), and
// a set that changes with every document would be built for every document.
const SHARED_DATA = ['productName', 'insurer', 'payee.name', 'disputeResolution', 'notes'];

function textOf(value: unknown, out: string[], skip?: ReadonlySet<string>): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textOf(v, out, skip);
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) if (!skip?.has(k)) textOf(v, out, skip);
}

const templateText = new WeakMap<DocumentTemplate, { regular: string; bold: string }>();

/**
 * The characters of a document that its template and product fix: every string of the template,
 * the renderer's own words, ASCII, the product's and insurer's wording and the labels of the
 * data's label/value lists. Bold: the title, section titles, table headers and signature labels.
 */
function sharedText(
  template: DocumentTemplate,
  data: unknown,
  platformName: string,
  issuer: string,
): { regular: string; bold: string } {
  let fixed = templateText.get(template);
  if (!fixed) {
    const regular: string[] = [RENDER_TEXT, ASCII];
    textOf(template, regular, NOT_TEXT);
    const bold: string[] = [
      template.title,
      SEAL_LEGEND,
      '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-：（续）（共 人项）序号',
    ];
    for (const b of template.blocks) {
      if ('title' in b && b.title) bold.push(b.title);
      if (b.type === 'table' || b.type === 'object-table') for (const c of b.columns) bold.push(c.header);
      if (b.type === 'signatures') for (const i of b.items) bold.push(i.label);
    }
    templateText.set(template, (fixed = { regular: regular.join(''), bold: bold.join('') }));
  }
  const fromData: string[] = [];
  for (const path of SHARED_DATA) textOf(get(data, path), fromData);
  for (const b of template.blocks) {
    if (b.type !== 'labeled-values' && b.type !== 'field-groups') continue;
    const list = get(data, b.path);
    if (Array.isArray(list))
      for (const item of list as { label?: unknown; title?: unknown; fields?: { label?: unknown }[] }[]) {
        textOf(item.label, fromData);
        textOf(item.title, fromData);
        if (Array.isArray(item.fields)) for (const f of item.fields) textOf(f.label, fromData);
      }
  }
  return {
    regular: fixed.regular + platformName + fromData.join(''),
    bold: fixed.bold + platformName + issuer,
  };
}

/**
 * The shared subsets hold what the template and product fix, but only the characters a document
 * of that kind actually draws: the first document for a candidate set records what it draws of
 * it (optional labels a product never fills, notes replaced by the data's…), and the documents
 * after it share just that. A character outside it goes to each document's own subset, so the
 * output is right either way; the learned set only keeps unused glyphs out of every file.
 */
const learned = new Map<string, { regular: string; bold: string }>();
const LEARNED_MAX = 64;

async function sharedFonts(
  template: DocumentTemplate,
  data: unknown,
  platformName: string,
  issuer: string,
): Promise<{ shared: Fonts['shared']; drawn?: NonNullable<Fonts['drawn']>; learn?: () => void }> {
  const candidate = sharedText(template, data, platformName, issuer);
  const key = `${candidate.regular}\u0000${candidate.bold}`;
  const known = learned.get(key);
  const text = known ?? candidate;
  const [regular, bold] = await Promise.all([
    sharedFont('regular', text.regular),
    sharedFont('bold', text.bold),
  ]);
  if (known) return { shared: { regular, bold } };
  // Filled by Layout while this document is drawn; learn() keeps the candidates it drew.
  const drawn = { regular: new Set<number>(), bold: new Set<number>() };
  return {
    shared: { regular, bold },
    drawn,
    learn() {
      if (learned.size >= LEARNED_MAX) learned.delete(learned.keys().next().value!);
      const keep = (all: string, used: Set<number>) =>
        [...all].filter((ch) => used.has(ch.codePointAt(0)!)).join('');
      learned.set(key, {
        regular: keep(candidate.regular, drawn.regular),
        bold: keep(candidate.bold, drawn.bold),
      });
    },
  };
}

/** Lays out a document into a new pdf-lib document (not saved). */
export async function buildPdfDocument<K extends DocumentKind>(
  kind: K,
  data: DocumentDataMap[K],
  options: RenderOptions = {},
): Promise<PDFDocument> {
  const template = options.template ?? templateFor(kind, data);
  if (template.kind !== kind) throw new Error(`模板类型 ${template.kind} 与单证类型 ${kind} 不符`);
  const documentNo = formatValue(get(data, template.documentNoPath));
  const documentId = formatValue(get(data, 'documentId'));
  if (!documentNo) throw new Error(`缺少${template.documentNoLabel}`);
  if (!documentId) throw new Error('缺少单证编号 documentId');

  const doc = await PDFDocument.create({ updateMetadata: false });
  useNativeDeflate(doc);
  doc.registerFontkit(fontkitAdapter as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const metrics = { regular: loadFont('regular'), bold: loadFont('bold') };
  const platformName = options.platformName ?? 'PolicyHub 保单通';
  // The insurer (or payee) who issues the document; the platform when the data names none.
  const issuer = formatValue(get(data, 'insurer.name')) || formatValue(get(data, 'payee.name'));
  const sharing = await sharedFonts(template, data, platformName, issuer);
  const fonts: Fonts = {
    regular: await doc.embedFont(metrics.regular.bytes, { subset: true }),
    bold: await doc.embedFont(metrics.bold.bytes, { subset: true }),
    metrics,
    shared: sharing.shared,
    ...(sharing.drawn ? { drawn: sharing.drawn } : {}),
  };
  const header: HeaderInfo = {
    template,
    documentNo,
    platformName,
    issuerName: issuer || platformName,
    logo: options.insurerLogo ? await embedCachedImage(doc, options.insurerLogo) : undefined,
    seal: { image: options.insurerSeal, onPage: options.sealOnPage ?? true },
  };
  const layout = new Layout(doc, fonts, (l, first) => {
    if (first) drawFirstPageHeader(l, data, header, options.verificationUrl);
    else drawRunningHeader(l, header);
  });
  layout.newPage();
  for (const block of template.blocks) await drawBlock(layout, data, block, header);

  const total = layout.pages.length;
  layout.pages.forEach((page, i) => drawFooter(layout, page, i, total, header));
  // The watermark goes over everything: pdf-lib's own stream, after every buffered one.
  layout.flushAll();
  sharing.learn?.();
  if (options.specimen) for (const page of layout.pages) drawWatermark(layout, page);

  const now = options.creationDate ?? new Date();
  doc.setTitle(`${template.title} ${documentNo}`);
  doc.setSubject(template.title);
  doc.setAuthor(header.issuerName);
  doc.setCreator(header.platformName);
  doc.setProducer('PolicyHub documents (pdf-lib)');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const info = infoDict(doc);
  info.set(PDFName.of('PolicyHubDocId'), pdfText(documentId));
  info.set(PDFName.of('PolicyHubDocNo'), pdfText(documentNo));
  info.set(PDFName.of('PolicyHubDocKind'), PDFString.of(kind));
  if (options.specimen) info.set(PDFName.of('PolicyHubSpecimen'), PDFString.of('true'));
  deflateContentStreams(doc);
  return doc;
}

/** Renders a document of `kind` to PDF bytes (A4, fonts embedded and subset). */
export async function renderDocument<K extends DocumentKind>(
  kind: K,
  data: DocumentDataMap[K],
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const doc = await buildPdfDocument(kind, data, options);
  return doc.save({ useObjectStreams: false });
}
