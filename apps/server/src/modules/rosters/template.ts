import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  birthAndGenderOf,
  ID_TYPES,
  idTypeCarriesBirthAndGender,
  isIdType,
  maskIdNumber,
} from '@policyhub/domain';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import type { AuthUser } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import {
  defineTemplate,
  type ImportRun,
  type PreparedContext,
  type RowIssue,
  type TemplateColumn,
  type TemplateDefinition,
  type TemplateRow,
} from '../../platform/excel/index.js';
import { rosterPeople, rosters } from './tables.js';
import { findRosterState, type RosterSubject } from './repository.js';

/** The people columns every roster template starts with (a line adds its extra columns after them). */
export const ROSTER_PERSON_COLUMNS = [
  {
    key: 'name',
    header: '姓名',
    required: true,
    example: '张三',
    rule: 'personName',
    text: false,
    width: 12,
  },
  {
    key: 'idType',
    header: '证件类型',
    required: true,
    example: '身份证',
    rule: 'idType',
    text: false,
    width: 16,
    choices: ID_TYPES.map((t) => t.label),
  },
  {
    key: 'idNumber',
    header: '证件号码',
    required: true,
    example: '11010519491231002X',
    rule: 'idDocument',
    text: true,
    width: 22,
  },
  {
    key: 'gender',
    header: '性别',
    required: false,
    example: '女',
    rule: 'gender',
    text: false,
    width: 8,
    choices: ['男', '女'],
    note: '身份证、居住证、永居证可不填，按证件号码推算',
  },
  {
    key: 'birthDate',
    header: '出生日期',
    required: false,
    example: '1949-12-31',
    rule: 'date',
    text: true,
    width: 14,
    note: '身份证、居住证、永居证可不填，按证件号码推算',
  },
  {
    key: 'mobile',
    header: '手机号',
    required: false,
    example: '13800138000',
    rule: 'mobile',
    text: true,
    width: 16,
  },
] as const satisfies readonly TemplateColumn[];

export type RosterPersonKey = (typeof ROSTER_PERSON_COLUMNS)[number]['key'];

const PERSON_KEYS: ReadonlySet<string> = new Set(ROSTER_PERSON_COLUMNS.map((c) => c.key));

/** Refused when a confirmed roster would be replaced (at upload, at 业务办理 and inside the job). */
export const ROSTER_CONFIRMED_MESSAGE = '人员名单已确认，不能再导入或更换';

/** What a roster template's `prepare` returns: the owning organization and the roster's subject. */
export type RosterContext = PreparedContext & { orgId: string; subject: RosterSubject };

/** Gender and birth date: from the ID number where it carries them (already cross-checked), else as typed. */
function personFacts(values: Record<string, string>): { gender: string | null; birthDate: string | null } {
  if (isIdType(values.idType) && idTypeCarriesBirthAndGender(values.idType))
    return birthAndGenderOf(values.idNumber!);
  return { gender: values.gender || null, birthDate: values.birthDate || null };
}

/**
 * The person checks of every roster: gender and birth date against an ID that carries them, and
 * required where the ID type cannot give them.
 */
export function checkRosterPerson({ values, errorKeys }: TemplateRow): RowIssue[] {
  if (errorKeys.has('idType') || errorKeys.has('idNumber') || !isIdType(values.idType)) return [];
  const issues: RowIssue[] = [];
  if (idTypeCarriesBirthAndGender(values.idType)) {
    const facts = birthAndGenderOf(values.idNumber!);
    const what = values.idType === 'resident_id' ? '身份证号' : '证件号码';
    if (values.gender && !errorKeys.has('gender') && values.gender !== facts.gender) {
      issues.push({ column: 'gender', message: `性别与${what}不符` });
    }
    if (values.birthDate && !errorKeys.has('birthDate') && values.birthDate !== facts.birthDate) {
      issues.push({ column: 'birthDate', message: `出生日期与${what}不符` });
    }
  } else {
    if (!values.gender && !errorKeys.has('gender')) {
      issues.push({ column: 'gender', message: '该证件类型无法推算性别，请填写性别' });
    }
    if (!values.birthDate && !errorKeys.has('birthDate')) {
      issues.push({ column: 'birthDate', message: '该证件类型无法推算出生日期，请填写出生日期' });
    }
  }
  return issues;
}

export type RosterTemplateOptions<C, P extends RosterContext> = Pick<
  TemplateDefinition<C, P>,
  'name' | 'title' | 'sheetName' | 'access' | 'contextSchema' | 'batchSize'
> & {
  /** Loads the subject and enforces the data scope (another organization's subject answers 404). */
  prepare(ctx: AppContext, user: AuthUser, context: C): Promise<P>;
  /** Changes to the people columns, e.g. the mobile required. */
  person?: Partial<Record<RosterPersonKey, Partial<TemplateColumn>>>;
  /** The line's extra columns, kept in the person's `extra`. */
  extraColumns?: readonly TemplateColumn[];
  /**
   * The line's rule for `extra` (its LineDefinition.insuredExtra): checked on every row after the
   * column rules, each issue reported on its column.
   */
  extraSchema?: z.ZodType;
  /** The line's own row checks, after the person checks. */
  checkRow?(row: TemplateRow, context: P): RowIssue[];
  /**
   * Runs first in every execution transaction, e.g. to lock the subject and refuse when it moved
   * on (the exchange: 订单已提交). Lock the subject before the roster, as confirming does.
   */
  lockSubject?(executor: Executor, context: P): Promise<void>;
  /** After a batch, in its transaction: the subject may mirror the roster's import and count. */
  afterRows?(
    executor: Executor,
    context: P,
    roster: { importId: string; peopleCount: number },
  ): Promise<void>;
};

/**
 * Writes a batch of people into the subject's roster, inside the engine's transaction. The first
 * batch of a new import empties the roster (replaced as a whole), the roster row lock serialises
 * batches, and a confirmed roster is refused.
 */
async function insertPeople<P extends RosterContext>(
  ctx: AppContext,
  executor: Executor,
  run: ImportRun,
  options: RosterTemplateOptions<unknown, P>,
  context: P,
  rows: readonly TemplateRow[],
): Promise<{ rowNo: number; entityId: string }[]> {
  await options.lockSubject?.(executor, context);
  const { subject } = context;
  await executor
    .insert(rosters)
    .values({
      subjectType: subject.type,
      subjectId: subject.id,
      orgId: context.orgId,
      template: options.name,
    })
    .onConflictDoNothing();
  const roster = await findRosterState(executor, subject, { forUpdate: true });
  if (!roster) throw new Error('roster row missing after insert');
  if (roster.status === 'confirmed')
    throw new AppError('INVALID_STATE', { message: ROSTER_CONFIRMED_MESSAGE });
  const replacing = roster.importId !== run.importId;
  if (replacing) {
    await executor.execute(sql`delete from ${rosterPeople} where roster_id = ${roster.id}`);
  }
  const extraKeys = (options.extraColumns ?? []).map((c) => c.key);
  const records = rows.map((row) => {
    const v = row.values;
    const facts = personFacts(v);
    const extra: Record<string, string> = {};
    for (const key of extraKeys) if (v[key]) extra[key] = v[key]!;
    return {
      row_no: row.rowNo,
      name: v.name,
      id_type: v.idType,
      id_number_enc: ctx.crypto.encrypt(v.idNumber!),
      id_number_idx: ctx.crypto.blindIndex(v.idNumber!),
      id_number_masked: maskIdNumber(v.idNumber!),
      gender: facts.gender,
      birth_date: facts.birthDate,
      mobile: v.mobile || null,
      extra,
    };
  });
  // One statement per batch: rosters are what 100,000-row imports are made of. The rows travel as
  // one JSON parameter (json_to_recordset), which both PostgreSQL and PGlite take far faster than
  // thousands of bound parameters. A row already there (a concurrent run) fails the batch, which
  // the engine then retries row by row: a row is never reported done without being written.
  await executor.execute(sql`
    insert into ${rosterPeople}
      (roster_id, row_no, import_id, name, id_type, id_number_enc, id_number_idx, id_number_masked, gender, birth_date, mobile, extra)
    select ${roster.id}::uuid, x.row_no, ${run.importId}::uuid, x.name, x.id_type, x.id_number_enc, x.id_number_idx,
      x.id_number_masked, x.gender, x.birth_date, x.mobile, x.extra
    from json_to_recordset(${JSON.stringify(records)}::json) as x(
      row_no integer, name text, id_type text, id_number_enc text, id_number_idx text, id_number_masked text,
      gender text, birth_date text, mobile text, extra jsonb)
    `);
  const peopleCount = (replacing ? 0 : roster.peopleCount) + rows.length;
  await executor.execute(
    sql`update ${rosters} set import_id = ${run.importId}, people_count = ${peopleCount} where id = ${roster.id}`,
  );
  await options.afterRows?.(executor, context, { importId: run.importId, peopleCount });
  return rows.map((r) => ({ rowNo: r.rowNo, entityId: `${roster.id}:${r.rowNo}` }));
}

/**
 * A roster template: the people columns (ROSTER_PERSON_COLUMNS) extended with a line's extra
 * columns, on the platform/excel engine. Its execution fills the subject's roster, replacing it
 * as a whole; a confirmed roster is refused at upload, at 业务办理 and in the job.
 */
export function defineRosterTemplate<C, P extends RosterContext>(
  options: RosterTemplateOptions<C, P>,
): TemplateDefinition<C, P> {
  const columns: TemplateColumn[] = [
    ...ROSTER_PERSON_COLUMNS.map((c) => ({ ...c, ...options.person?.[c.key] })),
    ...(options.extraColumns ?? []),
  ];
  for (const c of options.extraColumns ?? [])
    if (PERSON_KEYS.has(c.key)) throw new Error(`名单模板 ${options.name} 的附加列 ${c.key} 与人员列重名`);
  const extraKeys = (options.extraColumns ?? []).map((c) => c.key);
  const schema = options.extraSchema;
  return defineTemplate<C, P>({
    name: options.name,
    title: options.title,
    sheetName: options.sheetName,
    columns,
    access: options.access,
    contextSchema: options.contextSchema,
    async prepare(ctx, user, context) {
      const prepared = await options.prepare(ctx, user, context);
      const roster = await findRosterState(ctx.db, prepared.subject);
      if (roster?.status === 'confirmed')
        throw new AppError('INVALID_STATE', { message: ROSTER_CONFIRMED_MESSAGE });
      return prepared;
    },
    rowKey: ['idType', 'idNumber'],
    batchSize: options.batchSize ?? 2000,
    checkRow(row, context) {
      const issues = checkRosterPerson(row);
      if (schema) {
        const extra: Record<string, string> = {};
        for (const key of extraKeys)
          if (row.values[key] && !row.errorKeys.has(key)) extra[key] = row.values[key]!;
        const parsed = schema.safeParse(extra);
        if (!parsed.success)
          for (const issue of parsed.error.issues) {
            const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
            issues.push({ column, message: issue.message });
          }
      }
      if (options.checkRow) issues.push(...options.checkRow(row, context));
      return issues;
    },
    execute: async (ctx, executor, run, context, row) => {
      const [result] = await insertPeople(ctx, executor, run, options as never, context, [row]);
      return { entityId: result!.entityId };
    },
    executeBatch: (ctx, executor, run, context, rows) =>
      insertPeople(ctx, executor, run, options as never, context, rows),
  });
}
