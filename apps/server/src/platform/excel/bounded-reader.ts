import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { InflateBudget, InflateMeter } from './zip-limits.js';

// exceljs's own zip reader and stream iterator, so parts are read exactly as exceljs reads them.
const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const unzipper = requireFromExceljs('unzipper') as {
  Parse(options: { forceStream: true }): NodeJS.ReadWriteStream & { destroy(): void };
};
const iterateStream = requireFromExceljs('./lib/utils/iterate-stream.js') as (
  stream: NodeJS.ReadableStream,
) => AsyncIterable<unknown>;

type Entry = Readable & { path: string; autodrain(): void };
type ReaderInternals = {
  sharedStrings?: unknown;
  workbookRels?: unknown;
  _parseRels(entry: Transform): Promise<void>;
  _parseWorkbook(entry: Transform): Promise<void>;
  _parseSharedStrings(entry: Transform): AsyncGenerator<unknown>;
  _parseStyles(entry: Transform): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>;
  _parseHyperlinks(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>;
};

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const SHEET_RELS = /^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/;

/**
 * exceljs's streaming WorkbookReader with every part it inflates passed through an InflateMeter:
 * the read stops at the first limit, however the zip's headers lie. `parse` follows exceljs
 * 4.4's own (lib/stream/xlsx/workbook-reader.js) step for step; only the meters are new, plus
 * that parts exceljs ignores are still counted (unzipper inflates them anyway) and that a
 * worksheet parked in a temporary file (it came before the shared strings) is metered too.
 */
export class BoundedWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  private readonly budget: InflateBudget;

  constructor(
    private readonly source: Readable,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
    private readonly limits: { maxUncompressedBytes: number; maxRows: number },
  ) {
    super(source, options);
    this.budget = new InflateBudget(limits.maxUncompressedBytes);
  }

  override async *parse(): AsyncGenerator<{ eventType: string; value: unknown }> {
    const self = this as unknown as ReaderInternals;
    const zip = unzipper.Parse({ forceStream: true });
    this.source.pipe(zip);
    const parked: { sheetNo: string; file: string }[] = [];
    // A broken zip errors on the zip stream, not on the part being read: fail that part too, or
    // whoever awaits it (a parser, a temporary file) would wait forever.
    const active = new Set<InflateMeter>();
    zip.on('error', (error: Error) => {
      for (const m of active) m.destroy(error);
    });
    const meter = (entry: Entry, sheet: boolean) => {
      const m = new InflateMeter(this.budget, sheet ? { maxRows: this.limits.maxRows } : null);
      active.add(m);
      m.on('close', () => active.delete(m));
      entry.on('error', (error) => m.destroy(error));
      return entry.pipe(m);
    };
    try {
      for await (const item of iterateStream(zip)) {
        const entry = item as Entry;
        const sheetNo = SHEET.exec(entry.path)?.[1];
        const relsNo = SHEET_RELS.exec(entry.path)?.[1];
        switch (true) {
          case entry.path === 'xl/_rels/workbook.xml.rels':
            await self._parseRels(meter(entry, false));
            break;
          case entry.path === 'xl/workbook.xml':
            await self._parseWorkbook(meter(entry, false));
            break;
          case entry.path === 'xl/sharedStrings.xml':
            yield* self._parseSharedStrings(meter(entry, false)) as AsyncGenerator<never>;
            break;
          case entry.path === 'xl/styles.xml':
            await self._parseStyles(meter(entry, false));
            break;
          case sheetNo !== undefined:
            if (self.sharedStrings && self.workbookRels) {
              yield* self._parseWorksheet(iterateStream(meter(entry, true)), sheetNo!) as Generator<never>;
            } else {
              const file = path.join(
                os.tmpdir(),
                `policyhub-sheet-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.xml`,
              );
              parked.push({ sheetNo: sheetNo!, file });
              await pipeline(meter(entry, true), fs.createWriteStream(file));
            }
            break;
          case relsNo !== undefined:
            yield* self._parseHyperlinks(iterateStream(meter(entry, false)), relsNo!) as Generator<never>;
            break;
          default:
            // Not read, but inflated all the same: counted against the budget.
            await pipeline(meter(entry, false), discard());
        }
        entry.autodrain();
      }
      for (const { sheetNo, file } of parked) {
        yield* self._parseWorksheet(iterateStream(fs.createReadStream(file)), sheetNo) as Generator<never>;
      }
    } finally {
      zip.destroy();
      for (const { file } of parked) fs.rm(file, { force: true }, () => undefined);
    }
  }
}
