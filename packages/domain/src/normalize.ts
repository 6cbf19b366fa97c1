import { fail, type RuleFailure } from './result.js';

/**
 * Safe normalisations for spreadsheet cells. Only changes that cannot alter meaning are made, and
 * each one is reported so the import result can tell the user what was fixed.
 */

export const NOTE_FULL_WIDTH = '全角字符已转换为半角';
export const NOTE_TRIMMED = '已去除首尾空格';
export const NOTE_UPPER_X = '末位 x 已转换为大写 X';

// Full-width digits and Latin letters only: full-width punctuation such as （） is normal in
// Chinese names and addresses and must be left alone.
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Converts full-width digits and letters (`１２３ＡＢ`) to their half-width forms. */
export function toHalfWidth(value: string): string {
  return value.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Normalises one spreadsheet cell and lists, in Chinese, each change made. */
export function normalizeCell(raw: string): { value: string; notes: string[] } {
  const notes: string[] = [];
  let value = raw;

  const halfWidth = toHalfWidth(value);
  if (halfWidth !== value) {
    notes.push(NOTE_FULL_WIDTH);
    value = halfWidth;
  }

  const trimmed = value.trim();
  if (trimmed !== value) {
    notes.push(NOTE_TRIMMED);
    value = trimmed;
  }

  // GB 11643 stores the check character as upper-case X; only an 18-character ID shape qualifies.
  if (/^\d{17}x$/.test(value)) {
    notes.push(NOTE_UPPER_X);
    value = `${value.slice(0, 17)}X`;
  }

  return { value, notes };
}

export const NOTE_UPPER_CASE = '小写字母已转换为大写';

/**
 * `normalizeCell`, then upper case: for codes whose letters are upper case by definition
 * (credit codes, VINs, plates, passport numbers).
 */
export function normalizeCodeCell(raw: string): { value: string; notes: string[] } {
  const { value, notes } = normalizeCell(raw);
  const upper = value.toUpperCase();
  if (upper !== value) notes.push(NOTE_UPPER_CASE);
  return { value: upper, notes };
}

const SCIENTIFIC_NOTATION = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;

/**
 * Detects an ID number that Excel (or LibreOffice) stored as a number. Such a cell keeps only 15
 * significant digits, so the original number cannot be recovered and must be re-entered as text.
 * Returns the failure to report, or null when the cell is not numeric.
 */
export function detectNumericIdCell(value: unknown): RuleFailure | null {
  const isNumber = (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint';
  const isScientific = typeof value === 'string' && SCIENTIFIC_NOTATION.test(value.trim());
  if (!isNumber && !isScientific) return null;
  return fail(
    'ID_NUMERIC_CELL',
    '身份证号被 Excel 存成了数字（可能已丢失末位），请将该列设为文本格式后重新填写',
  );
}
