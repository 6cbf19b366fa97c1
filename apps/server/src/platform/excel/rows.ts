import { detectNumericIdCell, normalizeCell } from '@policyhub/domain';
import { excelSerialToDate, formatDateCell, readCell, type Cell } from './cells.js';
import type { HeaderMap } from './reader.js';
import { isNormalisationNote, RULES, type CellRule } from './rules.js';
import type {
  Problem,
  ProblemLevel,
  RowValues,
  TemplateColumn,
  TemplateDefinition,
  TemplateRow,
} from './types.js';

export type ProcessedRow = TemplateRow & { problems: Problem[]; hasError: boolean };

const MANGLED_FALLBACK = '身份证号被 Excel 存成了数字（可能已丢失末位），请将该列设为文本格式后重新填写';

/** The domain's reason for a number-mangled ID cell, naming this column. */
function numericReason(column: TemplateColumn, value: unknown): string {
  const reason = detectNumericIdCell(value)?.reason ?? MANGLED_FALLBACK;
  return reason.replace('身份证号', column.header);
}

type CellText = { text: string; notes: string[] } | { error: string };

// What exceljs's reader (or a broken file) leaves where bytes could not be decoded as UTF-8.
const REPLACEMENT_CHAR = '\uFFFD';
const SHOWN_FORMULA_LENGTH = 30;

function formulaReason(column: TemplateColumn, formula: string, why: string): string {
  const chars = Array.from(formula);
  const shown =
    chars.length > SHOWN_FORMULA_LENGTH ? `${chars.slice(0, SHOWN_FORMULA_LENGTH).join('')}…` : formula;
  return `${column.header}是公式（=${shown || '…'}），${why}`;
}

/** Turns a cell into the text the rules judge, applying (and reporting) only safe changes. */
function cellText(cell: Cell, column: TemplateColumn, rule: CellRule | null): CellText {
  if (cell.formula !== undefined) {
    if (rule?.refusesFormula) {
      return { error: formulaReason(column, cell.formula, '请复制后“选择性粘贴”为数值或文本，再上传') };
    }
    if (cell.kind === 'empty') {
      return {
        error: formulaReason(
          column,
          cell.formula,
          '文件中没有它的计算结果，请用 Excel/WPS 打开并保存后再上传，或粘贴为数值',
        ),
      };
    }
  }
  switch (cell.kind) {
    case 'empty':
      return { text: '', notes: [] };
    case 'error':
      return { error: `单元格为错误值 ${cell.value}，请填写实际内容` };
    case 'boolean':
      return { text: cell.value ? '是' : '否', notes: [] };
    case 'date':
      return { text: formatDateCell(cell.value), notes: [] };
    case 'number': {
      // An 18-digit number keeps only 15 significant digits: the original cannot be recovered.
      if (rule?.numericIsMangled) return { error: numericReason(column, cell.value) };
      if (column.rule === 'date' && cell.value < 100_000) {
        const date = excelSerialToDate(cell.value);
        if (date)
          return { text: formatDateCell(date), notes: [`${column.header}为 Excel 日期序号，已转换为日期`] };
      }
      if (!Number.isSafeInteger(cell.value) && Math.abs(cell.value) >= 1e15) {
        return { error: numericReason(column, cell.value) };
      }
      const notes = column.text ? [`${column.header}为数字格式，已按文本读取`] : [];
      return { text: String(cell.value), notes };
    }
    case 'text': {
      // Never accept (and store) text that lost characters: the file is damaged or mis-encoded.
      if (cell.value.includes(REPLACEMENT_CHAR)) {
        return {
          error: `${column.header}含有无法识别的字符（${REPLACEMENT_CHAR}），文件可能已损坏或编码有误，请用 Excel/WPS 重新保存后再上传`,
        };
      }
      if (rule?.numericIsMangled && detectNumericIdCell(cell.value)) {
        return { error: numericReason(column, cell.value) };
      }
      const { value, notes } = normalizeCell(cell.value);
      return { text: value, notes };
    }
  }
}

const EMPTY_CELL: Cell = { kind: 'empty' };

function problem(rowNo: number, column: TemplateColumn, level: ProblemLevel, message: string): Problem {
  return { row: rowNo, column: column.header, message, level };
}

/**
 * Normalises one data row and checks it: cell type, required, choices, the column's domain rule,
 * then the template's own row check. Used alike by validation and by execution; it runs for
 * every one of 100,000 rows, so it allocates as little as it can.
 */
export function processRow(
  template: TemplateDefinition,
  header: HeaderMap,
  rowNo: number,
  cells: readonly unknown[],
  context: unknown,
): ProcessedRow {
  const values: RowValues = {};
  const problems: Problem[] = [];
  const errorKeys = new Set<string>();

  for (let c = 0; c < template.columns.length; c++) {
    const column = template.columns[c]!;
    const index = header.indexes[c]!;
    const rule: CellRule | null = column.rule ? RULES[column.rule] : null;
    const read = cellText(index ? readCell(cells[index]) : EMPTY_CELL, column, rule);
    let error: string | null = null;
    let value = '';
    if ('error' in read) {
      error = read.error;
    } else {
      for (const note of read.notes) {
        const refused = column.refuseNotes?.[note];
        if (refused !== undefined) error ??= refused;
        else problems.push(problem(rowNo, column, 'note', note));
      }
      value = read.text;
      if (error !== null) {
        // A refused normalisation: the row fails with the column's own reason.
      } else if (value === '') {
        if (column.required) error = `请填写${column.header}`;
      } else if (!rule) {
        if (column.choices && !column.choices.includes(value)) {
          error = `${column.header}应为以下之一：${column.choices.join('、')}`;
        }
      } else {
        // With a rule, the rule judges (it may accept synonyms); choices only feed the drop-down.
        const result = rule.validate(value, values);
        if (!result.ok) {
          error = result.reason;
        } else {
          for (const warning of result.warnings) {
            problems.push(problem(rowNo, column, isNormalisationNote(warning) ? 'note' : 'warning', warning));
          }
          if (!rule.maps && result.value !== value && result.warnings.length === 0) {
            problems.push(problem(rowNo, column, 'note', `${column.header}已规范为标准格式`));
          }
          value = result.value;
        }
      }
    }
    if (error !== null) {
      problems.push(problem(rowNo, column, 'error', error));
      errorKeys.add(column.key);
    }
    values[column.key] = value;
  }

  const row: ProcessedRow = { rowNo, values, errorKeys, problems, hasError: errorKeys.size > 0 };
  if (template.checkRow) {
    for (const issue of template.checkRow(row, context)) addIssue(template, row, issue);
  }
  return row;
}

/** Adds a template's finding (column given as key) to a processed row. */
export function addIssue(
  template: TemplateDefinition,
  row: ProcessedRow,
  issue: { column?: string; message: string; level?: ProblemLevel },
): void {
  const level = issue.level ?? 'error';
  const column = issue.column ? template.columns.find((c) => c.key === issue.column) : undefined;
  row.problems.push({ row: row.rowNo, column: column?.header, message: issue.message, level });
  if (level === 'error') {
    row.hasError = true;
    if (issue.column) (row.errorKeys as Set<string>).add(issue.column);
  }
}

/**
 * Marks each row whose key (the template's rowKey) an earlier row of the file already has: 与第 N
 * 行重复. 业务校验 and 业务办理 both go through it, so a repeated row is refused with the same
 * reason in both (and never carried out), also when a `partial` template runs with error rows.
 */
export function duplicateMarker(template: TemplateDefinition): (row: ProcessedRow) => void {
  const firstRowOfKey = new Map<string, number>();
  const keyHeaders = template.rowKey.map((k) => template.columns.find((c) => c.key === k)!.header).join('+');
  return (row) => {
    const key = rowKeyOf(template, row.values);
    if (key === null) return;
    const first = firstRowOfKey.get(key);
    if (first === undefined) {
      firstRowOfKey.set(key, row.rowNo);
      return;
    }
    row.problems.push({
      row: row.rowNo,
      column: keyHeaders,
      message: `与第 ${first} 行重复`,
      level: 'error',
    });
    row.hasError = true;
  };
}

/** The duplicate key of a row, or null when a key column is empty. */
export function rowKeyOf(template: TemplateDefinition, values: RowValues): string | null {
  const parts = template.rowKey.map((k) => values[k] ?? '');
  return parts.some((p) => p === '') ? null : parts.join('\u0001');
}
