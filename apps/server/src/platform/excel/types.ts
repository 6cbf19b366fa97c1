import type { z } from 'zod';
import type { Role } from '@policyhub/domain';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import type { AuthUser } from '../access.js';
import type { Actor } from '../audit/index.js';
import type { RuleName } from './rules.js';

export type ProblemLevel = 'error' | 'warning' | 'note';

/** One finding of validation. `row` is the Excel row number the user sees; `column` the header. */
export type Problem = { row: number; column?: string; message: string; level: ProblemLevel };

export type ProblemCounts = Record<ProblemLevel, number>;

export type TemplateColumn = {
  /** Field name in the normalised row (English). */
  readonly key: string;
  /** Chinese header as printed in the template (without the * of required columns). */
  readonly header: string;
  readonly required: boolean;
  /** Shown in the template's example row. */
  readonly example: string;
  /** Column width in characters. */
  readonly width?: number;
  readonly rule: RuleName | null;
  /** Forces text format ('@') so Excel keeps ID numbers and mobiles as typed. */
  readonly text: boolean;
  /** Extra help shown as the header cell's note. */
  readonly note?: string;
  /**
   * Allowed values, offered as a drop-down in the template. Checked on import when the column
   * has no rule; with a rule (which may accept synonyms) the rule decides.
   */
  readonly choices?: readonly string[];
  /**
   * Normalisations this column refuses instead of making: a note of `normalizeCell` (e.g.
   * NOTE_UPPER_X) → the error the row gets. For lines whose rules forbid silent repairs (the
   * union's 末尾X必须为大写).
   */
  readonly refuseNotes?: Readonly<Record<string, string>>;
};

/** A data row after normalisation and rule checks: column key → value ('' when empty). */
export type RowValues = Record<string, string>;

/** A row on its way to a template's checks or execution. */
export type TemplateRow = {
  rowNo: number;
  values: RowValues;
  /** Keys of the columns that already have an error, so checks that depend on them can skip. */
  errorKeys: ReadonlySet<string>;
};

/** A template's own finding for a row; `column` is a column key. */
export type RowIssue = { column?: string; message: string; level?: ProblemLevel };

/** One execution of an import: which import, the user who runs it (for scope checks) and the audit actor. */
export type ImportRun = { importId: string; user: AuthUser; audit: Actor };

/** The context after `prepare`: every template's prepared context names the owning organization. */
export type PreparedContext = { orgId: string | null };

/**
 * An import template, as data: what the workbook looks like, which validator each column uses,
 * who may use it, and how one row is carried out (业务办理). Templates are registered in
 * `registry.ts`; the engine (validate, execute, result workbook) is the same for all of them.
 */
export type TemplateDefinition<C = any, P extends PreparedContext = any> = {
  readonly name: string;
  /** Chinese title, e.g. '批量导入用户'. */
  readonly title: string;
  readonly sheetName: string;
  readonly columns: readonly TemplateColumn[];
  /** Roles that may use the template (others get 403). */
  readonly access: readonly Role[];
  /** The request's context (query parameters), e.g. `{ orgId }`. */
  readonly contextSchema: z.ZodType<C>;
  /**
   * Loads what checks and execution need (e.g. the target organization) and enforces the data
   * scope: an organization outside the user's scope must answer 404 (AppError NOT_FOUND).
   */
  prepare(ctx: AppContext, user: AuthUser, context: C): Promise<P>;
  /** Column keys that make a row unique inside one file (「与第 N 行重复」). */
  readonly rowKey: readonly string[];
  /** Pure row-level checks after the column rules (e.g. gender against the ID number). */
  checkRow?(row: TemplateRow, context: P): RowIssue[];
  /** Checks needing the database, run on chunks of rows (e.g. usernames already taken). */
  checkBatch?(
    ctx: AppContext,
    context: P,
    rows: readonly TemplateRow[],
  ): Promise<(RowIssue & { rowNo: number })[]>;
  /**
   * Carries out one row inside the engine's transaction (which also records the row as done),
   * so a row is all-or-nothing and never done twice.
   */
  execute(
    ctx: AppContext,
    executor: Executor,
    run: ImportRun,
    context: P,
    row: TemplateRow,
  ): Promise<{ entityId: string }>;
  /**
   * Optional fast path for many rows in one transaction (multi-row insert). When it throws, the
   * engine rolls the batch back and retries its rows one by one with `execute`.
   */
  executeBatch?(
    ctx: AppContext,
    executor: Executor,
    run: ImportRun,
    context: P,
    rows: readonly TemplateRow[],
  ): Promise<{ rowNo: number; entityId: string }[]>;
  /**
   * When true, rows with errors do not block 业务办理: it carries out the other rows and lists
   * the failed ones with their reasons in the result workbook (the union's 批量入会: 查看未成功导入
   * 会员情况). Default false: a file with error rows must be corrected first.
   */
  readonly partial?: boolean;
  /** Rows per transaction while executing (default 1; cheap inserts use hundreds). */
  readonly batchSize?: number;
};

/** Identity helper that keeps a template's context types inferred. */
export function defineTemplate<C, P extends PreparedContext>(
  definition: TemplateDefinition<C, P>,
): TemplateDefinition<C, P> {
  return definition;
}
