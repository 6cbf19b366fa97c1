import type { AppContext } from '../context.js';
import { workbookReading } from './parse-pool.js';
import { readImportRows } from './reader.js';
import { addIssue, duplicateMarker, processRow, type ProcessedRow } from './rows.js';
import type { Problem, ProblemCounts, ProblemLevel, TemplateDefinition } from './types.js';

/** Problems kept in the import record; counts stay exact beyond it. */
export const MAX_STORED_PROBLEMS = 1000;
// Rows handed to a template's database checks at once (one `IN (…)` query per chunk).
const CHECK_CHUNK = 1000;

export type ValidationResult = {
  totalRows: number;
  errorRows: number;
  /** The first problems, errors before warnings and notes, in row order. */
  problems: Problem[];
  problemCounts: ProblemCounts;
  truncated: boolean;
};

const LEVEL_ORDER: Record<ProblemLevel, number> = { error: 0, warning: 1, note: 2 };

/**
 * Keeps exact counts but only the first problems, errors first: a file with a note on every
 * row must not push its one real error out of the stored list.
 */
class ProblemCollector {
  private readonly errors: Problem[] = [];
  private readonly others: Problem[] = [];
  readonly counts: ProblemCounts = { error: 0, warning: 0, note: 0 };

  constructor(private readonly cap: number) {}

  add(problem: Problem): void {
    this.counts[problem.level]++;
    const list = problem.level === 'error' ? this.errors : this.others;
    if (list.length < this.cap) list.push(problem);
  }

  result(): { problems: Problem[]; truncated: boolean } {
    const problems = [...this.errors, ...this.others.slice(0, Math.max(0, this.cap - this.errors.length))];
    problems.sort((a, b) => a.row - b.row || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    const total = this.counts.error + this.counts.warning + this.counts.note;
    return { problems, truncated: total > problems.length };
  }
}

/**
 * 业务校验: reads the workbook as a stream and reports every row's problems. Writes nothing; the
 * caller stores the result in the import record. `context` is the template's prepared context.
 */
export async function validateWorkbook(
  ctx: AppContext,
  template: TemplateDefinition,
  context: unknown,
  data: Buffer,
  options: { maxRows: number },
): Promise<ValidationResult> {
  const collector = new ProblemCollector(MAX_STORED_PROBLEMS);
  const markDuplicate = duplicateMarker(template);
  let totalRows = 0;
  let errorRows = 0;
  let chunk: ProcessedRow[] = [];

  const flush = async () => {
    if (chunk.length === 0) return;
    if (template.checkBatch) {
      const byRow = new Map(chunk.map((r) => [r.rowNo, r]));
      for (const issue of await template.checkBatch(ctx, context, chunk)) {
        const row = byRow.get(issue.rowNo);
        if (row) addIssue(template, row, issue);
      }
    }
    for (const row of chunk) {
      if (row.hasError) errorRows++;
      for (const problem of row.problems) collector.add(problem);
    }
    chunk = [];
  };

  for await (const { rowNo, cells, header } of readImportRows(data, template, {
    ...options,
    reading: workbookReading(ctx.config),
  })) {
    if (totalRows === 0) {
      for (const titleRow of header.titleRows)
        collector.add({
          row: titleRow,
          message: `第 ${titleRow} 行看起来是标题行，已跳过；表头在第 ${header.rowNo} 行`,
          level: 'note',
        });
    }
    totalRows++;
    const row = processRow(template, header, rowNo, cells, context);
    markDuplicate(row);
    chunk.push(row);
    if (chunk.length >= CHECK_CHUNK) await flush();
  }
  await flush();

  const { problems, truncated } = collector.result();
  return { totalRows, errorRows, problems, problemCounts: collector.counts, truncated };
}
