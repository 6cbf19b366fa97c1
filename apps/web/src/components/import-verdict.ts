import type { ImportRecord } from '../api/imports';

/**
 * What the 业务校验 card tells the user: `passed` (no error rows), `partial` (error rows, but
 * 业务办理 carries out the good rows and lists the others in the result workbook: a `partial`
 * template, which the server leaves `validated`), or `failed` (the file must be corrected and
 * uploaded again).
 */
export type ImportVerdict = 'passed' | 'partial' | 'failed';

export function importVerdict(
  record: Pick<ImportRecord, 'status' | 'errorRows' | 'totalRows'>,
  partial: boolean,
): ImportVerdict {
  if (record.status === 'invalid') return 'failed';
  if (record.errorRows === 0) return 'passed';
  // Every row failing leaves nothing to carry out: correct the file first.
  return partial && record.errorRows < record.totalRows ? 'partial' : 'failed';
}
