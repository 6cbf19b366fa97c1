import { Readable } from 'node:stream';
import { AppError, isAppError } from '../errors.js';
import { BoundedWorkbookReader } from './bounded-reader.js';

export type SheetRow = { rowNo: number; cells: readonly unknown[] };

/** What one read may inflate and how many data rows the sheet may declare. */
export type SheetReadLimits = { maxUncompressedBytes: number; maxRows: number };

/**
 * Streams the rows of the workbook's first visible worksheet (exceljs, through the metered
 * BoundedWorkbookReader), so memory stays flat however many rows there are. Runs on a parse
 * worker (parse-worker.ts). Limit errors pass as they are; other reader failures are EXCEL_CORRUPT.
 */
export async function* readSheetRows(data: Buffer, limits: SheetReadLimits): AsyncGenerator<SheetRow> {
  const source = Readable.from([data]);
  const reader = new BoundedWorkbookReader(
    source,
    {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles tell date cells from numbers.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    },
    limits,
  );
  let sheetSeen = false;
  try {
    for await (const sheet of reader) {
      const state = (sheet as unknown as { state?: string }).state;
      if (state === 'hidden' || state === 'veryHidden') continue;
      sheetSeen = true;
      for await (const row of sheet) {
        yield { rowNo: row.number, cells: row.values as unknown[] };
      }
      break;
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('EXCEL_CORRUPT', { cause: error });
  } finally {
    source.destroy();
  }
  if (!sheetSeen) {
    // A zip without a workbook part (a .docx or any archive renamed .xlsx) is not Excel at all.
    if (!(reader as unknown as { model?: unknown }).model) throw new AppError('EXCEL_CORRUPT');
    throw new AppError('EXCEL_EMPTY', { message: '工作簿中没有工作表' });
  }
}
