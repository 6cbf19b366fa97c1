/**
 * The Excel engine (PL-10): templates as data, template download, streaming validation (业务校验),
 * execution as a job (业务办理) and the result workbook. Modules register templates; the routes
 * live in modules/imports.
 */
export type {
  ImportRun,
  PreparedContext,
  Problem,
  ProblemCounts,
  ProblemLevel,
  RowIssue,
  RowValues,
  TemplateColumn,
  TemplateDefinition,
  TemplateRow,
} from './types.js';
export { defineTemplate } from './types.js';
export { RULES, isRuleName, validateDateText, type RuleName, type CellRule } from './rules.js';
export { registerTemplate, findTemplate, getTemplate, getTemplateFor, listTemplatesFor } from './registry.js';
export { EXAMPLE_MARK, REASON_HEADER, readImportRows, matchHeader, type WorkbookSource } from './reader.js';
export { validateWorkbook, MAX_STORED_PROBLEMS, type ValidationResult } from './validate.js';
export { buildTemplateWorkbook, buildResultWorkbook, headerLabel, XLSX_MIME } from './workbooks.js';
export { exportCell, exportRow } from './export-cells.js';
export { runImportJob, importRowOfEntity, IMPORT_JOB_TYPE, type ImportJobPayload } from './execute.js';
