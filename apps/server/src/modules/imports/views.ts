import { findTemplate } from '../../platform/excel/index.js';
import type { ImportDetailRow, ImportSummaryRow } from './repository.js';
import type { ImportSummaryView, ImportView } from './schemas.js';

export function toSummaryView(row: ImportSummaryRow): ImportSummaryView {
  return {
    id: row.id,
    template: row.template,
    templateTitle: findTemplate(row.template)?.title ?? row.template,
    status: row.status as ImportSummaryView['status'],
    orgId: row.orgId,
    fileName: row.fileName,
    totalRows: row.totalRows,
    errorRows: row.errorRows,
    problemCounts: row.problemCounts,
    taskId: row.taskId,
    succeededRows: row.succeededRows,
    failedRows: row.failedRows,
    resultFileId: row.resultFileId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toImportView(row: ImportDetailRow): ImportView {
  const counts = row.problemCounts;
  return {
    ...toSummaryView(row),
    problems: row.problems,
    problemsTruncated: counts.error + counts.warning + counts.note > row.problems.length,
  };
}
