/**
 * What a worksheet cell holds, whatever Excel or LibreOffice made of it: shared or rich text,
 * formulas (their cached result, with `formula` set to the formula's text without its "="),
 * hyperlinks, dates (with the workbook's styles read), errors.
 */
export type Cell = (
  | { kind: 'empty' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
) & { readonly formula?: string };

const EMPTY: Cell = { kind: 'empty' };

export function readCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'string') return raw === '' ? EMPTY : { kind: 'text', value: raw };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : EMPTY;
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? EMPTY : { kind: 'date', value: raw };
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const text = (o.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
      return text === '' ? EMPTY : { kind: 'text', value: text };
    }
    if ('formula' in o || 'sharedFormula' in o) {
      // A cell sharing another's formula (<f t="shared" si="0"/>) carries no text of its own.
      return { ...readCell(o.result), formula: typeof o.formula === 'string' ? o.formula : '' };
    }
    if ('hyperlink' in o || 'text' in o) return readCell(o.text);
    if (typeof o.error === 'string') return { kind: 'error', value: o.error };
  }
  return EMPTY;
}

/** Whether a cell holds nothing but whitespace. */
export function isBlank(cell: Cell): boolean {
  return cell.kind === 'empty' || (cell.kind === 'text' && cell.value.trim() === '');
}

/** A plain value to write back into a workbook (result workbooks keep the user's original cells). */
export function cellToWritable(cell: Cell): string | number | boolean | Date | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'error':
      return cell.value;
    default:
      return cell.value;
  }
}

/** A date cell's calendar day. Excel dates carry no zone; exceljs reads them as UTC midnight. */
export function formatDateCell(date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial day number (e.g. 32874) as a date, or null when out of a sane range. */
export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH_MS + serial * 86_400_000);
}
