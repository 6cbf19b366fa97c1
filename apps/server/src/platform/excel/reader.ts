import type { Readable } from 'node:stream';
import { toHalfWidth } from '@policyhub/domain';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { isBlank, readCell } from './cells.js';
import { parsePool, workbookReading, type WorkbookReading } from './parse-pool.js';
import type { SheetRow } from './sheet-rows.js';
import { checkZipDirectory } from './zip-limits.js';
import type { TemplateColumn, TemplateDefinition } from './types.js';

/** Rows whose first cell starts with this are the template's example rows and are skipped. */
export const EXAMPLE_MARK = '示例';
/** The extra column of result workbooks; ignored on upload so a fixed result file can be re-imported. */
export const REASON_HEADER = '失败原因';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An uploaded workbook in memory, or a stored one opened as a stream (files.openStream). */
export type WorkbookSource = Buffer | { open(): Promise<Readable> };

/** Where each template column sits in the sheet (1-based index; 0 when the column is absent). */
export type HeaderMap = { columns: readonly TemplateColumn[]; indexes: readonly number[] };

/** The header as found in the sheet: its row, and the title rows above it that were skipped. */
export type SheetHeader = HeaderMap & { rowNo: number; titleRows: readonly number[] };

export type DataRow = { rowNo: number; cells: readonly unknown[]; header: SheetHeader };

/** The header is looked for in this many rows from the top (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 10;

// Callers without a configuration (scripts, benches) read under the defaults.
const DEFAULT_READING = workbookReading(loadConfig({}));

function corrupt(message?: string, cause?: unknown): AppError {
  return new AppError('EXCEL_CORRUPT', { message, cause });
}

/** Refuses what cannot be an .xlsx before the zip reader sees it (it may hang on empty input). */
function checkSignature(data: Buffer): void {
  if (data.length === 0) throw new AppError('EXCEL_EMPTY', { message: '文件为空' });
  if (data.subarray(0, 8).equals(OLE2_SIGNATURE)) {
    throw corrupt(
      '这是旧版 .xls 或加密的 Excel 文件，请在 Excel 中“另存为” .xlsx 格式（且不设密码）后再上传',
    );
  }
  if (!data.subarray(0, 4).equals(ZIP_SIGNATURE)) throw corrupt();
}

/** Reads a stored workbook whole: its zip directory is at the end, and the bytes go to a worker. */
async function collect(input: { open(): Promise<Readable> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await input.open()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The rows of the workbook's first visible worksheet. The zip's directory is judged first (what
 * the parts declare, zip-limits.ts); then the sheet is streamed on a parse worker with its heap
 * capped, where the inflated bytes, text runs and declared dimension are metered (parse-pool.ts).
 */
async function* readFirstSheet(
  input: WorkbookSource,
  options: { maxRows: number; reading: WorkbookReading },
): AsyncGenerator<SheetRow> {
  const data = Buffer.isBuffer(input) ? input : await collect(input);
  checkSignature(data);
  checkZipDirectory(data, options.reading.limits);
  yield* parsePool(options.reading.pool).read(data, {
    maxUncompressedBytes: options.reading.limits.maxUncompressedBytes,
    maxRows: options.maxRows,
  });
}

function headerText(raw: unknown): string {
  const cell = readCell(raw);
  if (cell.kind === 'empty') return '';
  const text = cell.kind === 'text' ? cell.value : String(cell.value);
  return toHalfWidth(text)
    .replace(/[\s*＊]/g, '')
    .replace(/[(（]必填[)）]$/, '');
}

/** Matches the header row to the template's columns; names every missing or unexpected column. */
export function matchHeader(template: TemplateDefinition, cells: readonly unknown[]): HeaderMap {
  const positions = new Map<string, number>();
  const unexpected: string[] = [];
  const repeated: string[] = [];
  for (let i = 1; i < cells.length; i++) {
    const text = headerText(cells[i]);
    if (text === '' || text === REASON_HEADER) continue;
    if (positions.has(text)) repeated.push(text);
    else positions.set(text, i);
  }
  const known = new Set(template.columns.map((c) => c.header));
  for (const text of positions.keys()) if (!known.has(text)) unexpected.push(text);
  const missing = template.columns.filter((c) => c.required && !positions.has(c.header)).map((c) => c.header);
  if ([...unexpected, ...repeated].some((h) => h.includes('\uFFFD'))) {
    throw corrupt(
      '表头含有无法识别的字符（\uFFFD），文件可能已损坏或编码有误，请用 Excel/WPS 重新保存后再上传',
    );
  }
  if (missing.length || unexpected.length || repeated.length) {
    const parts = [
      missing.length ? `缺少列${missing.map((h) => `「${h}」`).join('')}` : '',
      unexpected.length ? `多出列${unexpected.map((h) => `「${h}」`).join('')}` : '',
      repeated.length ? `列${repeated.map((h) => `「${h}」`).join('')}重复出现` : '',
    ].filter(Boolean);
    throw new AppError('EXCEL_HEADER_MISMATCH', {
      message: `表头与模板不一致：${parts.join('；')}。请下载最新模板，按模板表头填写`,
      details: { missing, unexpected, repeated },
    });
  }
  return { columns: template.columns, indexes: template.columns.map((c) => positions.get(c.header) ?? 0) };
}

function isExampleRow(cells: readonly unknown[]): boolean {
  const first = readCell(cells[1]);
  return first.kind === 'text' && first.value.trim().startsWith(EXAMPLE_MARK);
}

function isEmptyRow(cells: readonly unknown[], header: HeaderMap): boolean {
  return header.indexes.every((i) => i === 0 || isBlank(readCell(cells[i])));
}

/** A title row holds one text at most (a merged title cell keeps its value in its first cell). */
function isTitleRow(cells: readonly unknown[]): boolean {
  let filled = 0;
  for (let i = 1; i < cells.length; i++) if (!isBlank(readCell(cells[i]))) filled++;
  return filled <= 1;
}

function isHeaderMismatch(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'EXCEL_HEADER_MISMATCH';
}

/** The header found in `row`, once every non-empty row above it is a title row. */
function headerBelowTitles(map: HeaderMap, rowNo: number, above: readonly SheetRow[]): SheetHeader {
  const notTitle = above.filter((r) => !isTitleRow(r.cells)).map((r) => r.rowNo);
  if (notTitle.length > 0) {
    throw new AppError('EXCEL_HEADER_MISMATCH', {
      message: `表头应在第 ${rowNo} 行，但其上方的第 ${notTitle.join('、')} 行有多个单元格有内容，不像标题行。请删除表头上方的行后再上传`,
      details: { headerRow: rowNo, rowsAbove: notTitle },
    });
  }
  return { ...map, rowNo, titleRows: above.map((r) => r.rowNo) };
}

/**
 * The data rows of an uploaded workbook: the first non-empty row is the header (checked against
 * the template), example rows and empty rows are skipped. Title rows above the header (one text
 * each, e.g. 「2026 年员工名单」) are skipped when the header follows within HEADER_SEARCH_ROWS
 * rows; the header names them (`titleRows`) so validation reports it. Throws EXCEL_CORRUPT,
 * EXCEL_EMPTY, EXCEL_HEADER_MISMATCH, and EXCEL_TOO_MANY_ROWS as soon as the limit is passed.
 */
export async function* readImportRows(
  data: WorkbookSource,
  template: TemplateDefinition,
  options: { maxRows: number; reading?: WorkbookReading },
): AsyncGenerator<DataRow> {
  let header: SheetHeader | null = null;
  // The first non-empty row's mismatch: reported when no header turns up below it.
  let mismatch: AppError | null = null;
  const above: SheetRow[] = [];
  let count = 0;
  const reading = options.reading ?? DEFAULT_READING;
  for await (const row of readFirstSheet(data, { maxRows: options.maxRows, reading })) {
    if (!header) {
      if (row.cells.every((c) => isBlank(readCell(c)))) continue;
      if (mismatch && row.rowNo > HEADER_SEARCH_ROWS) throw mismatch;
      let map: HeaderMap;
      try {
        map = matchHeader(template, row.cells);
      } catch (error) {
        if (!isHeaderMismatch(error)) throw error;
        mismatch ??= error;
        above.push(row);
        continue;
      }
      header = headerBelowTitles(map, row.rowNo, above);
      continue;
    }
    if (isExampleRow(row.cells) || isEmptyRow(row.cells, header)) continue;
    count++;
    if (count > options.maxRows) {
      throw new AppError('EXCEL_TOO_MANY_ROWS', {
        message: `数据行数超过上限：每个文件最多 ${options.maxRows} 行，请拆分后分批导入`,
      });
    }
    yield { rowNo: row.rowNo, cells: row.cells, header };
  }
  if (!header && mismatch) throw mismatch;
  if (!header) throw new AppError('EXCEL_EMPTY', { message: '工作簿中没有内容，请按模板填写表头和数据' });
  if (count === 0) throw new AppError('EXCEL_EMPTY', { message: '工作簿中只有表头，没有数据行' });
}
