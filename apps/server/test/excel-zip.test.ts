import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { workbook } from './imports-support.js';

// exceljs's streaming reader walks the zip with unzipper's Parse. unzipper 0.10.14 emitted 'end'
// as soon as its input was consumed, dropping entries still buffered for a consumer that was
// busy — in exceljs, writing a worksheet to a temporary file — so about one read in 1,000 lost
// xl/workbook.xml and xl/sharedStrings.xml (EXCEL_CORRUPT on a good file, the CI flake of
// 2026-11-20). patches/unzipper+0.10.14.patch ends the stream in order; this proves it is applied.
const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const unzipper = requireFromExceljs('unzipper') as {
  Parse(options: { forceStream: true }): NodeJS.ReadWriteStream;
};
const iterateStream = requireFromExceljs('./lib/utils/iterate-stream.js') as (
  stream: NodeJS.ReadableStream,
) => AsyncIterable<{ path: string; autodrain(): void }>;

describe('reading .xlsx zips', () => {
  it('hands every entry to a consumer that is slow, as exceljs reads them', async () => {
    const data = await workbook([['姓名'], ['张三']]);
    const paths = async (slow: boolean) => {
      const zip = unzipper.Parse({ forceStream: true });
      Readable.from([data]).pipe(zip);
      const seen: string[] = [];
      for await (const entry of iterateStream(zip)) {
        seen.push(entry.path);
        if (slow) await sleep(10);
        entry.autodrain();
      }
      return seen;
    };
    const all = await paths(false);
    expect(all).toEqual(
      expect.arrayContaining(['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']),
    );
    expect(await paths(true)).toEqual(all);
  });
});
