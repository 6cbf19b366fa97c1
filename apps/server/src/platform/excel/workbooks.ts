import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellToWritable, readCell } from './cells.js';
import { exportRow } from './export-cells.js';
import { EXAMPLE_MARK, readImportRows, REASON_HEADER, type WorkbookSource } from './reader.js';
import { RULES } from './rules.js';
import type { TemplateColumn, TemplateDefinition } from './types.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const EXAMPLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const REASON_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9E7' } };
// Drop-downs cover this many data rows; the range is only a reference, it costs nothing.
const VALIDATION_ROWS = 200_000;

/** A column's header as the template workbook shows it (required columns end in *). */
export function headerLabel(column: TemplateColumn): string {
  return column.required ? `${column.header}*` : column.header;
}

function columnHelp(column: TemplateColumn): string {
  const lines = [column.required ? '必填' : '选填'];
  if (column.rule) lines.push(RULES[column.rule].description);
  if (column.choices) lines.push(`可选：${column.choices.join('、')}`);
  if (column.text) lines.push('本列为文本格式，请勿改为数字格式');
  if (column.note) lines.push(column.note);
  return lines.join('\n');
}

function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The downloadable template: a frozen header row (required columns marked *, each with a note),
 * one grey example row whose first cell starts with 「示例」 (the importer skips such rows),
 * text format on ID and phone columns so Excel keeps every digit, drop-downs for fixed choices,
 * and a 填写说明 sheet.
 */
export async function buildTemplateWorkbook(template: TemplateDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PolicyHub';
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = template.columns.map((c) => ({
    header: headerLabel(c),
    key: c.key,
    width: c.width ?? Math.max(14, c.header.length * 2 + 4),
    style: c.text ? { numFmt: '@' } : {},
  }));

  const header = sheet.getRow(1);
  header.height = 22;
  template.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, color: { argb: column.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    cell.note = columnHelp(column);
  });

  const example = sheet.getRow(2);
  template.columns.forEach((column, i) => {
    const cell = example.getCell(i + 1);
    cell.value = i === 0 ? `${EXAMPLE_MARK}：${column.example}` : column.example;
    cell.font = { italic: true, color: { argb: 'FF808080' } };
    cell.fill = EXAMPLE_FILL;
  });
  example.getCell(1).note = `以“${EXAMPLE_MARK}”开头的行是填写示例，导入时自动忽略，可以删除`;

  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: unknown): void } })
    .dataValidations;
  template.columns.forEach((column, i) => {
    if (!column.choices) return;
    const letter = columnLetter(i + 1);
    validations.add(`${letter}2:${letter}${VALIDATION_ROWS + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`"${column.choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `请从下拉列表中选择${column.header}`,
    });
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'header', width: 16 },
    { header: '必填', key: 'required', width: 8 },
    { header: '填写要求', key: 'help', width: 60 },
    { header: '示例', key: 'example', width: 24, style: { numFmt: '@' } },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of template.columns) {
    help.addRow({
      header: column.header,
      required: column.required ? '是' : '否',
      help: columnHelp(column).split('\n').slice(1).join('；'),
      example: column.example,
    });
  }
  help.addRow({});
  help.addRow({ header: `第一个工作表中以“${EXAMPLE_MARK}”开头的行不会导入；表头请勿修改。` });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The result workbook: the rows that failed, with the user's original cells and a 失败原因
 * column. Written as a stream while the uploaded file is re-read, so memory stays flat. The
 * header matches the template, so the user can fix the rows and upload this file again.
 */
export async function buildResultWorkbook(
  template: TemplateDefinition,
  data: WorkbookSource,
  failures: ReadonlyMap<number, string>,
  options: Parameters<typeof readImportRows>[2],
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...template.columns.map((c) => ({
      header: headerLabel(c),
      key: c.key,
      width: c.width ?? Math.max(14, c.header.length * 2 + 4),
      style: c.text ? { numFmt: '@' } : {},
    })),
    { header: REASON_HEADER, key: '__reason', width: 50 },
  ];
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.getCell(template.columns.length + 1).fill = REASON_FILL;
  headerRow.commit();

  if (failures.size > 0) {
    for await (const { rowNo, cells, header } of readImportRows(data, template, options)) {
      const reason = failures.get(rowNo);
      if (reason === undefined) continue;
      const values = header.indexes.map((i) => (i ? cellToWritable(readCell(cells[i])) : null));
      const row = sheet.addRow(exportRow([...values, `第 ${rowNo} 行：${reason}`]));
      template.columns.forEach((column, i) => {
        // Keep IDs as the user typed them, even when a number slipped through.
        const cell = row.getCell(i + 1);
        if (column.text && typeof cell.value === 'number') cell.value = String(cell.value);
      });
      row.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
