import { AppError } from '../errors.js';
import type { FileKind } from './types.js';

/** What each allowed kind is called in messages, its extensions and its MIME type. */
export const FILE_KINDS: Record<FileKind, { label: string; extensions: readonly string[]; mime: string }> = {
  xlsx: {
    label: 'Excel 工作簿（.xlsx）',
    extensions: ['.xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pdf: { label: 'PDF 文件（.pdf）', extensions: ['.pdf'], mime: 'application/pdf' },
  png: { label: 'PNG 图片（.png）', extensions: ['.png'], mime: 'image/png' },
  jpeg: { label: 'JPEG 图片（.jpg/.jpeg）', extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg' },
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

/**
 * Offset of a ZIP's end-of-central-directory record, searched from the end over the longest
 * comment a ZIP may have (64 KiB), or -1 when there is none.
 */
export function zipEndRecord(data: Buffer): number {
  if (data.length < 22) return -1;
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) if (data.readUInt32LE(i) === ZIP_END) return i;
  return -1;
}

/**
 * Names of the entries in a ZIP's central directory, or null when the archive is unreadable.
 * Reading the directory (not searching for strings) is what tells a workbook from a renamed
 * .docx or an arbitrary zip.
 */
export function zipEntryNames(data: Buffer): string[] | null {
  if (data.length < 22 || data.readUInt32LE(0) !== ZIP_LOCAL) return null;
  const end = zipEndRecord(data);
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let p = data.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== ZIP_CENTRAL) return null;
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    if (p + 46 + nameLength > data.length) return null;
    names.push(data.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export type DetectedKind = FileKind | 'ole' | 'zip' | null;

/** The kind of a file judged by its content (magic bytes, and for ZIPs the entry names). */
export function detectFileKind(data: Buffer): DetectedKind {
  if (data.length >= 5 && data.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG)) return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE)) return 'ole';
  if (data.length >= 4 && data.readUInt32LE(0) === ZIP_LOCAL) {
    const names = zipEntryNames(data);
    if (names?.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return 'zip';
  }
  return null;
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot >= 0 ? filename.slice(dot).toLowerCase() : '';
}

/** A size limit as people read it: `20 MB`, `1.5 MB`, `512 KB`. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** Refuses an upload that is empty or larger than the limit, with a Chinese message. */
export function checkUploadSize(size: number, maxBytes: number): void {
  if (size === 0) throw new AppError('FILE_EMPTY', { message: '文件为空，请选择有内容的文件' });
  if (size > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      message: `文件大小超过上限（${formatMegabytes(maxBytes)}），请压缩或拆分后再上传`,
      details: { maxBytes },
    });
  }
}

/**
 * Checks that the content is one of the allowed kinds AND that the file name's extension says
 * the same thing (a PDF named .xlsx, or a .docx renamed .xlsx, is refused). Returns the kind.
 */
export function checkUploadType(data: Buffer, originalName: string, allowed: readonly FileKind[]): FileKind {
  const detected = detectFileKind(data);
  const extension = extensionOf(originalName);
  if (allowed.includes('xlsx') && (detected === 'ole' || extension === '.xls')) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      message: '不支持旧版 .xls 格式，请另存为 .xlsx 后上传',
      details: { detected, extension },
    });
  }
  const kind = detected && detected in FILE_KINDS ? (detected as FileKind) : null;
  if (!kind || !allowed.includes(kind) || !FILE_KINDS[kind].extensions.includes(extension)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      message: `文件类型不符合要求：仅支持 ${allowed.map((k) => FILE_KINDS[k].label).join('、')}`,
      details: { detected, extension, allowed },
    });
  }
  return kind;
}

/** A file name safe to store and to send back: no folders, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!cleaned) return 'file';
  if (cleaned.length <= 200) return cleaned;
  const ext = extensionOf(cleaned).slice(0, 10);
  return cleaned.slice(0, 200 - ext.length) + ext;
}
