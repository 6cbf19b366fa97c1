import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { rosterPeople } from '../src/tables.js';
import { buildResultWorkbook, defineTemplate, readImportRows } from '../src/platform/excel/index.js';
import { readCell } from '../src/platform/excel/cells.js';
import {
  createOrg,
  createTestApp,
  createUser,
  seedBasics,
  sessionFor,
  type Headers,
  type TestApp,
} from './helpers.js';
import { residentId, ROSTER_HEADER, tableCounts, upload, workbook } from './imports-support.js';
import { ofOrder, readyOrder, seedExchange } from './exchange-support.js';

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
  access: ['security_admin'],
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

type Validation = {
  id: string;
  status: string;
  totalRows: number;
  errorRows: number;
  problems: { row: number; column?: string; message: string; level: string }[];
};

describe('excel engine: cells that must never be accepted as they are', () => {
  let t: TestApp;
  let as: Headers;
  const query = 'template=roster';

  beforeAll(async () => {
    t = await createTestApp();
    const { platform } = await seedBasics(t);
    const ent = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    as = await sessionFor(t, await createUser(t, { role: 'enterprise_operator', orgId: ent.id }));
  });
  afterAll(async () => t.close());

  const validate = async (rows: unknown[][], options: Parameters<typeof workbook>[1] = {}) => {
    const res = await upload(t, as, query, 'roster.xlsx', await workbook(rows, options));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Validation;
  };
  const messages = (body: Validation, row: number) =>
    body.problems.filter((p) => p.row === row).map((p) => `${p.level}|${p.column}|${p.message}`);
  const id = (seq: number) => residentId('19900101', seq);

  it('refuses a cell containing U+FFFD with a clear reason, and stores nothing', async () => {
    const before = await tableCounts(t);
    const body = await validate([
      ROSTER_HEADER,
      ['王\uFFFD\uFFFD', '身份证', id(1)],
      ['李四', '身\uFFFD\uFFFD证', id(2)],
      ['张三', '身份证', id(3)],
    ]);
    expect(body).toMatchObject({ status: 'invalid', totalRows: 3, errorRows: 2 });
    const reason = (h: string) =>
      `error|${h}|${h}含有无法识别的字符（\uFFFD），文件可能已损坏或编码有误，请用 Excel/WPS 重新保存后再上传`;
    expect(messages(body, 2)).toEqual([reason('姓名')]);
    // Not the baffling 不支持的证件类型"身��证".
    expect(messages(body, 3)).toEqual([reason('证件类型')]);
    expect(messages(body, 4)).toEqual([]);
    const execute = await t.request({ method: 'POST', url: `/api/imports/${body.id}/execute`, as });
    expect(execute.statusCode).toBe(409);
    const after = await tableCounts(t);
    expect(after.roster_people).toBe(before.roster_people);
  });

  it('refuses formula-like names, typed as text or as real formula cells', async () => {
    const texts = ['=HYPERLINK("http://example.com","点我")', '+1+1', '@SUM(1+1)', '-2+3', '=1+1'];
    const body = await validate([
      ROSTER_HEADER,
      ...texts.map((name, i) => [name, '身份证', id(10 + i)]),
      [{ formula: 'HYPERLINK("http://example.com","点我")', result: '点我' }, '身份证', id(20)],
      ['赵六', '身份证', id(21)],
    ]);
    expect(body).toMatchObject({ status: 'invalid', totalRows: 7, errorRows: 6 });
    for (let row = 2; row <= 6; row++)
      expect(messages(body, row)).toEqual([
        'error|姓名|姓名不能以 = + - @ 开头（这是公式写法），请填写真实姓名',
      ]);
    expect(messages(body, 7)).toEqual([
      'error|姓名|姓名是公式（=HYPERLINK("http://example.com"…），请复制后“选择性粘贴”为数值或文本，再上传',
    ]);
    expect(messages(body, 8)).toEqual([]);
  });

  it('refuses a formula in the ID column as a formula, not as a number', async () => {
    const body = await validate(
      [
        ROSTER_HEADER,
        ['王五', '身份证', { formula: 'A1*1', result: 110105199001010000 }],
        ['赵六', '身份证', { formula: `"${id(31)}"`, result: id(31) }],
        ['钱七', '身份证', { formula: 'C3&""' }],
        ['孙八', '身份证', id(33), '', { formula: 'TODAY()' }],
      ],
      { textColumns: [3] },
    );
    expect(messages(body, 2)).toEqual([
      'error|证件号码|证件号码是公式（=A1*1），请复制后“选择性粘贴”为数值或文本，再上传',
    ]);
    expect(messages(body, 3)).toEqual([
      `error|证件号码|证件号码是公式（="${id(31)}"），请复制后“选择性粘贴”为数值或文本，再上传`,
    ]);
    expect(messages(body, 4)).toEqual([
      'error|证件号码|证件号码是公式（=C3&""），请复制后“选择性粘贴”为数值或文本，再上传',
    ]);
    // Elsewhere a formula without a cached result is not read as an empty cell.
    expect(messages(body, 5)).toEqual([
      'error|出生日期|出生日期是公式（=TODAY()），文件中没有它的计算结果，请用 Excel/WPS 打开并保存后再上传，或粘贴为数值',
    ]);
  });

  it('skips title rows above the header and says so', async () => {
    const body = await validate([
      ['2026 年员工名单'],
      [],
      ['制表：人事部'],
      ROSTER_HEADER,
      ['张三', '身份证', id(40)],
    ]);
    expect(body).toMatchObject({ status: 'validated', totalRows: 1, errorRows: 0 });
    expect(body.problems).toEqual([
      { row: 1, message: '第 1 行看起来是标题行，已跳过；表头在第 4 行', level: 'note' },
      { row: 3, message: '第 3 行看起来是标题行，已跳过；表头在第 4 行', level: 'note' },
    ]);
  });

  it('refuses rows above the header that are not titles, naming the header row', async () => {
    const data = await workbook([['姓名', '证件'], ROSTER_HEADER, ['张三', '身份证', id(41)]]);
    const res = await upload(t, as, query, 'roster.xlsx', data);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'EXCEL_HEADER_MISMATCH',
      message: '表头应在第 2 行，但其上方的第 1 行有多个单元格有内容，不像标题行。请删除表头上方的行后再上传',
    });
  });

  it('still names the missing columns when no header follows within 10 rows', async () => {
    const rows: unknown[][] = [['员工名单']];
    for (let i = 0; i < 10; i++) rows.push([`备注${i}`]);
    rows.push(ROSTER_HEADER, ['张三', '身份证', id(42)]);
    const res = await upload(t, as, query, 'roster.xlsx', await workbook(rows));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('EXCEL_HEADER_MISMATCH');
    expect(res.json().message).toContain('缺少列「姓名」「证件类型」「证件号码」');
  });
});

const INJECTIONS = ['=1+1', '+1+1', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x","点我")'];

/** Every cell of a workbook's first sheet, with exceljs's value type. */
async function exportedCells(data: Buffer): Promise<{ value: unknown; type: number }[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const rows: { value: unknown; type: number }[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    const cells: { value: unknown; type: number }[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push({ value: cell.value, type: cell.type }));
    rows.push(cells);
  });
  return rows;
}

describe('exports neutralise text a spreadsheet would run as a formula', () => {
  it('the result workbook quotes formula-like text and keeps the rest', async () => {
    const data = await nameWorkbook(['张三', ...INJECTIONS.map((_, i) => `李${i}`)], true);
    // The 备注 column of each row becomes one of the injections.
    const zip = await JSZip.loadAsync(data);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    let k = 0;
    const replaced = strings.replace(/<t>([^<]*的备注[^<]*)<\/t>/g, (all) =>
      k === 0 ? (k++, all) : `<t xml:space="preserve">${escapeXml(INJECTIONS[k++ - 1]!)}</t>`,
    );
    zip.file('xl/sharedStrings.xml', Buffer.from(replaced, 'utf8'));
    const upload = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const failures = new Map(Array.from({ length: INJECTIONS.length + 1 }, (_, i) => [i + 2, '办理失败']));
    const result = await buildResultWorkbook(nameTemplate, upload, failures, { maxRows: 100 });
    const rows = await exportedCells(result);
    expect(rows[1]!.map((c) => c.value)).toEqual(['张三', '张三的备注：张三张三张三', '第 2 行：办理失败']);
    // XML reads a raw CR back as LF; the cell still starts with the quote.
    expect(rows.slice(2).map((r) => r[1]!.value)).toEqual(
      INJECTIONS.map((text) => `'${text.replace('\r', '\n')}`),
    );
    expect(rows.flat().every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
  });

  it("the admin's and the insurer's roster quote a formula-like name stored before names were checked", async () => {
    const t = await createTestApp();
    await t.ctx.jobs.start();
    try {
      const s = await seedExchange(t);
      const orderId = await readyOrder(t, s, 2);
      const evil = '=HYPERLINK("http://evil.example","点我")';
      await t.ctx.db
        .update(rosterPeople)
        .set({ name: evil, extra: sql`jsonb_build_object('medicalCity', '@SUM(1+1)')` })
        .where(and(ofOrder(orderId), eq(rosterPeople.rowNo, 2)));
      const res = await t.request({
        method: 'GET',
        url: `/api/admin/orders/${orderId}/roster`,
        as: s.asAdmin,
      });
      expect(res.statusCode).toBe(200);
      const rows = await exportedCells(res.rawPayload);
      expect(rows[1]![1]!.value).toBe(`'${evil}`);
      expect(rows[1]!).toContainEqual({ value: "'@SUM(1+1)", type: ExcelJS.ValueType.String });
      expect(rows[2]![1]!.value).toBe('员工1');
      expect(rows.flat().every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
    } finally {
      await t.close();
    }
  });
});

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\r/g, '&#13;');
}
