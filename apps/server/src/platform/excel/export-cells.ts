import { neutraliseFormula } from '@policyhub/domain';

/**
 * A value for a cell of a workbook (or csv) that users download: text that a spreadsheet would
 * run as a formula (= + - @ TAB CR first) gets a leading quote (OWASP "CSV Injection"), so a
 * name like `=HYPERLINK(…)` stored before names were checked shows as text in the admin's and
 * the insurer's rosters. Numbers, dates and booleans are left as they are.
 */
export function exportCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/** `exportCell` for each value of a row: every writer of downloadable workbooks uses it. */
export function exportRow<T>(values: readonly T[]): (T | string)[] {
  return values.map(exportCell);
}
