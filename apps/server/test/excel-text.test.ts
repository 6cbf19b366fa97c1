import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineTemplate, readImportRows } from '../src/platform/excel/index.js';
import { readCell } from '../src/platform/excel/cells.js';

// exceljs's streaming reader hands each inflated chunk of a zip entry (16 KiB) to
// lib/utils/parse-sax.js, which in 4.4.0 decoded every chunk on its own: a multi-byte character
// split across two chunks became two U+FFFD (a 20,000-row LibreOffice roster stored 7–12 names
// with "�"). patches/exceljs+4.4.0.patch decodes the stream instead; these tests prove it.
const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const parseSax = requireFromExceljs('./lib/utils/parse-sax.js') as (
  chunks: AsyncIterable<Buffer>,
) => AsyncIterable<{ eventType: string; value: unknown }[]>;
type Zip = {
  file(path: string): { async(type: 'string'): Promise<string> } | null;
  file(path: string, data: Buffer): void;
  generateAsync(options: { type: 'nodebuffer'; compression: 'DEFLATE' }): Promise<Buffer>;
};
const JSZip = requireFromExceljs('jszip') as { loadAsync(data: Buffer): Promise<Zip> };

// One-, two-, three- and four-byte UTF-8 characters, as names really contain them.
const SURNAMES = ['王', '欧阳', '𠮷', '司马', '阿卜杜·', '龘'];
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬辉鹏飞𠀀𡃁𤭢热合曼';

/** Distinct names of 2 to 12 characters whose byte lengths vary, so chunk edges fall everywhere. */
function names(count: number): string[] {
  const given = Array.from(GIVEN);
  return Array.from({ length: count }, (_, i) => {
    let name = SURNAMES[i % SURNAMES.length]!;
    for (let k = 0, n = i; k < 1 + (i % 11); k++, n = Math.floor(n / given.length) + k * 7)
      name += given[n % given.length];
    return name;
  });
}

async function collect(stream: PassThrough, run: () => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await run();
  await ended;
  return Buffer.concat(chunks);
}

/** A one-column 姓名 workbook written by exceljs's streaming writer, shared strings or not. */
async function nameWorkbook(list: readonly string[], sharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  return collect(out, async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: sharedStrings });
    const sheet = wb.addWorksheet('名单');
    sheet.addRow(['姓名', '备注']).commit();
    // The 备注 column makes long runs of Chinese, so most chunk edges fall inside a character.
    for (const name of list) sheet.addRow([name, `${name}的备注：${name}${name}${name}`]).commit();
    sheet.commit();
    await wb.commit();
  });
}

/** The same workbook with inline strings (<c t="inlineStr"><is><t>…</t></is></c>), as some tools write. */
async function inlineStringWorkbook(list: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await nameWorkbook(list, false));
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  const inline = xml.replace(/t="str"><v>([^<]*)<\/v>/g, 't="inlineStr"><is><t>$1</t></is>');
  expect(inline).not.toBe(xml);
  expect(inline).not.toContain('t="str"');
  // As bytes: JSZip 3.10 encodes a string in pieces and may split a surrogate pair (𠮷).
  zip.file(path, Buffer.from(inline, 'utf8'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const nameTemplate = defineTemplate({
  name: 'test_names',
  title: '姓名',
  sheetName: '名单',
  columns: [
    { key: 'name', header: '姓名', required: true, example: '张三', rule: 'personName', text: false },
    { key: 'remark', header: '备注', required: false, example: '', rule: null, text: false },
  ],
  access: ['platform_admin'],
  contextSchema: z.object({}),
  prepare: async () => ({ orgId: null }),
  rowKey: ['name'],
  execute: async () => ({ entityId: '' }),
});

/** Every data row's cells as the engine reads them. */
async function readBack(data: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const { cells, header } of readImportRows(data, nameTemplate, { maxRows: 1e6 })) {
    rows.push(
      header.indexes.map((i) => {
        const cell = readCell(cells[i]);
        return cell.kind === 'text' ? cell.value : `<${cell.kind}>`;
      }),
    );
  }
  return rows;
}

describe('reading Chinese text from .xlsx streams', () => {
  it('decodes a character split between two chunks at every byte offset', async () => {
    const text = '身份证𠮷·阿卜杜热合曼A欧阳娜娜';
    const xml = Buffer.from(`<c><t>${text}</t></c>`);
    for (let at = 1; at < xml.length; at++) {
      const chunks = (async function* () {
        yield xml.subarray(0, at);
        yield xml.subarray(at);
      })();
      let read = '';
      for await (const events of parseSax(chunks))
        for (const e of events) if (e.eventType === 'text') read += e.value as string;
      expect(read, `split at byte ${at}`).toBe(text);
    }
  });

  it.each([
    ['shared strings', (list: string[]) => nameWorkbook(list, true)],
    ['inline strings', (list: string[]) => inlineStringWorkbook(list)],
  ])('reads every name of a large workbook byte-exact (%s)', async (_kind, build) => {
    const list = names(4000);
    const data = await build(list);
    const rows = await readBack(data);
    expect(rows).toHaveLength(list.length);
    const wrong = rows.filter((row, i) => row[0] !== list[i] || !row[1]!.endsWith(list[i]!.repeat(3)));
    expect(wrong).toEqual([]);
    expect(rows.some((row) => row.join('').includes('\uFFFD'))).toBe(false);
  });
});
