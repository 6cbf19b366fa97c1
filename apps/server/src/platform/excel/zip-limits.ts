import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../errors.js';
import { zipEndRecord } from '../files/detect.js';

/**
 * How much work one workbook may cause, judged before and while it is inflated. An .xlsx is a
 * zip: 1 MB of deflate can hold 1 GB of XML (a "zip bomb"), so the file's size alone says little.
 */
export type WorkbookLimits = {
  /** All parts together, inflated (EXCEL_MAX_UNCOMPRESSED_BYTES). */
  maxUncompressedBytes: number;
  /** Inflated / compressed size of any part larger than RATIO_FLOOR (EXCEL_MAX_COMPRESSION_RATIO). */
  maxRatio: number;
};

// Parts smaller than this are not judged by their ratio (tiny XML compresses well, harmlessly).
const RATIO_FLOOR = 1024 * 1024;
// A real workbook has a few dozen parts; a zip of thousands is not a spreadsheet.
const MAX_ENTRIES = 10_000;
/**
 * The longest run of bytes without a '<' the XML may have. A cell holds at most 32,767
 * characters (Excel's limit; ≈ 160 KB even fully escaped), so a longer run is one giant text or
 * attribute that the XML parser would otherwise collect into a single string.
 */
export const MAX_TEXT_RUN = 1024 * 1024;

const ZIP64_LOCATOR = 0x07064b50;
const ZIP_CENTRAL = 0x02014b50;

/** The Chinese reason for a workbook that would inflate beyond the limits. */
export function tooLarge(detail: string): AppError {
  return new AppError('EXCEL_TOO_LARGE', {
    message: `文件解压后内容过大（${detail}），不像正常的 Excel 工作簿，已拒绝读取；请检查文件，或拆分后分批导入`,
  });
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads the zip's central directory (at its end) and refuses, before anything is inflated, a
 * workbook whose parts declare more than the limits allow: too large in total, too highly
 * compressed, zip64 (no real .xlsx under the upload limit needs it), or thousands of parts.
 * The declared sizes may lie; the inflated bytes are counted again while reading (InflateMeter).
 */
export function checkZipDirectory(data: Buffer, limits: WorkbookLimits): void {
  const corrupt = () => new AppError('EXCEL_CORRUPT');
  const end = zipEndRecord(data);
  if (end < 0) throw corrupt();
  const count = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (
    count === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff ||
    (end >= 20 && data.readUInt32LE(end - 20) === ZIP64_LOCATOR)
  ) {
    throw tooLarge('使用了 ZIP64 格式');
  }
  if (count > MAX_ENTRIES) throw tooLarge(`包含 ${count} 个部件`);
  let p = directoryOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== ZIP_CENTRAL) throw corrupt();
    const compressed = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    if (compressed === 0xffffffff || size === 0xffffffff) throw tooLarge('使用了 ZIP64 格式');
    total += size;
    if (total > limits.maxUncompressedBytes) {
      throw tooLarge(`声明解压后超过 ${megabytes(limits.maxUncompressedBytes)}`);
    }
    if (size > RATIO_FLOOR && size > compressed * limits.maxRatio) {
      throw tooLarge(`压缩比超过 ${limits.maxRatio} 倍`);
    }
    p += 46 + data.readUInt16LE(p + 28) + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
}

/** The inflated bytes of one workbook read, shared by the meters of all its parts. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
}

const LT = 0x3c;
const DIMENSION_HEAD = 64 * 1024;

/**
 * Passes one inflated part through and stops the read at the first limit: the workbook's
 * inflated bytes (whatever its headers declared), the longest text run, and for a worksheet the
 * row count its `<dimension ref="A1:F200001"/>` declares (checked against `maxRows` as soon as
 * it is seen; the rows are still counted while they stream, since it may lie).
 */
export class InflateMeter extends Transform {
  private run = 0;
  private head: string | null;

  constructor(
    private readonly budget: InflateBudget,
    private readonly sheet: { maxRows: number } | null,
  ) {
    super();
    this.head = sheet ? '' : null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.budget.used += chunk.length;
      if (this.budget.used > this.budget.limit) {
        throw tooLarge(`实际解压后超过 ${megabytes(this.budget.limit)}`);
      }
      this.measureRuns(chunk);
      if (this.head !== null) this.sniffDimension(chunk);
      callback(null, chunk);
    } catch (error) {
      callback(error as Error);
    }
  }

  private measureRuns(chunk: Buffer): void {
    const first = chunk.indexOf(LT);
    if (first < 0) {
      this.run += chunk.length;
    } else {
      // Runs inside one chunk are shorter than the chunk (zlib hands out 16 KB).
      if (this.run + first > MAX_TEXT_RUN) this.run += first;
      else this.run = chunk.length - 1 - chunk.lastIndexOf(LT);
    }
    if (this.run > MAX_TEXT_RUN) {
      throw new AppError('EXCEL_TOO_LARGE', {
        message: `文件中有超长的单元格内容或文本（超过 ${megabytes(MAX_TEXT_RUN)}，Excel 单元格最多 32767 个字符），已拒绝读取`,
      });
    }
  }

  private sniffDimension(chunk: Buffer): void {
    const head = (this.head ?? '') + chunk.toString('latin1');
    this.head = head;
    const match = /<(?:\w+:)?dimension\s+ref="[A-Z]{0,3}(\d*):?[A-Z]{0,3}(\d*)"/.exec(head);
    if (match) {
      this.head = null;
      const first = Number(match[1] || 1);
      const last = Number(match[2] || first);
      // Beyond the data rows only the header row may be there.
      const rows = last - first + 1;
      if (rows - 1 > this.sheet!.maxRows) {
        throw new AppError('EXCEL_TOO_MANY_ROWS', {
          message: `数据行数超过上限：工作表的使用范围有 ${rows} 行，每个文件最多 ${this.sheet!.maxRows} 行数据（另加一行表头），请删除多余的行或拆分后分批导入`,
        });
      }
    } else if (head.length > DIMENSION_HEAD || /<(?:\w+:)?sheetData/.test(head)) {
      this.head = null;
    }
  }
}
