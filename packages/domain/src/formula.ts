/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel, WPS and LibreOffice run a cell
 * whose text starts with = + - @ (and, through some importers, TAB or CR) as a formula — e.g.
 * `=HYPERLINK("http://…","点我")` in a roster sent to an insurer.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would take this text for a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Text safe to put into an exported cell (xlsx or csv): a leading formula character is escaped
 * with a single quote, as OWASP recommends, so the cell shows the text instead of running it.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
