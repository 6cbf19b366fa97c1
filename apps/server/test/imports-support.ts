import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { residentIdCheckChar } from '@policyhub/domain';
import type { TestApp, Headers } from './helpers.js';

/** A workbook with one sheet of the given rows (first row = header), as an upload would carry it. */
export async function workbook(
  rows: unknown[][],
  options: { sheetName?: string; textColumns?: number[]; hiddenFirst?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.hiddenFirst) {
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'hidden';
    hidden.addRow(['这不是数据']);
  }
  const sheet = wb.addWorksheet(options.sheetName ?? 'Sheet1');
  for (const i of options.textColumns ?? []) sheet.getColumn(i).numFmt = '@';
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads back every row of a workbook's first sheet as plain values (rich text flattened). */
export async function readRows(data: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** A multipart/form-data body with one file field. */
export function multipart(filename: string, data: Buffer, field = 'file') {
  const boundary = `----policyhub${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST /api/imports with a file. */
export function upload(t: TestApp, as: Headers | undefined, query: string, filename: string, data: Buffer) {
  const body = multipart(filename, data);
  return t.request({
    method: 'POST',
    url: `/api/imports?${query}`,
    payload: body.payload,
    headers: body.headers,
    as,
  });
}

/** A valid resident ID with the given birth date (YYYYMMDD) and sequence (odd = male). */
export function residentId(birth: string, seq: number, region = '110105'): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export const ROSTER_HEADER = ['姓名*', '证件类型*', '证件号码*', '性别', '出生日期', '手机号'];
export const USERS_HEADER = ['用户名*', '姓名*', '手机号*', '角色*', '身份证号', '邮箱'];

const TABLES = [
  'imports',
  'import_rows',
  'files',
  'rosters',
  'roster_people',
  'users',
  'outbox',
  'tasks',
  'audit_log',
] as const;

/** Row counts of the tables an import may touch: "database unchanged" is these being equal. */
export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    counts[table] = rows[0]!.n;
  }
  return counts;
}
