import { z } from 'zod';
import { beijingDate, NOTE_FULL_WIDTH, NOTE_TRIMMED } from '@policyhub/domain';
import type { AuthUser } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import {
  defineTemplate,
  importRowOfEntity,
  type RowIssue,
  type TemplateRow,
} from '../../platform/excel/index.js';
import { getApplication } from '../../modules/applications/index.js';
import { operatorUnit } from './operations/enroll-member.js';
import { idRefusal, isIdLike, type Refusal } from './operations/check-application.js';
import {
  checkInBulk,
  createInBulk,
  inBatchRefusal,
  effectiveDateFor,
  listedPlans,
  toFen,
  type BulkFailure,
  type BulkRow,
  type Plan,
} from './operations/manage-applications.js';
import { BASE_ROLES } from './units.js';

/** The template's name (GET /api/imports/templates/union_applications/download, /api/imports?template=…). */
export const UNION_APPLICATIONS_TEMPLATE = 'union_applications';
const ALL = { kind: 'all' } as const;

type ApplyContext = {
  orgId: string;
  /** Beijing today: 预期生效时间 may not be earlier. */
  today: string;
  /** The listed plans by 产品名称. */
  plans: Map<string, Plan>;
  /** The operator: validation checks in their scope (execution uses the run's user). */
  user: AuthUser;
  /** 产品名称 chosen on the page: rows with a blank 产品名称 take it, rows naming another are refused. */
  pagePlan: Plan | null;
  /** 投保金额 typed on the page (fen), unless 以模板金额为准: the amount of every row. */
  pageAmountFen: number | null;
};

const AMOUNT_FORM = /^\d+(\.\d{1,2})?$/;
const AMOUNT_DIFFERS = '模板金额与输入的投保金额不一致，请勾选以模板金额为准或修改模板';

/**
 * The page's choices (query parameters of the upload, kept with the import): 产品名称 (productId),
 * 投保金额 in yuan (amount) and 以模板金额为准 (useTemplateAmount: the rows' own 投保金额 count).
 */
const ZApplicationsParams = z.object({
  productId: z.uuid({ message: '所选产品编号格式不正确' }).optional(),
  amount: z
    .string()
    .regex(AMOUNT_FORM, { message: '投保金额应为不小于 0 的金额（元），最多两位小数，如 30 或 30.50' })
    .optional(),
  useTemplateAmount: z.enum(['true', 'false'], { message: '以模板金额为准应为 true 或 false' }).optional(),
});

const NAME_SPACES = '投保人姓名与会员姓名不一致：姓名前后有空格，请删除空格后重新上传';
const NAME_FULL_WIDTH = '投保人姓名与会员姓名不一致：姓名中有全角字符，请按会员档案填写';
const OVER_AGE_IN_BULK = '批量投保不能确认超龄，请在【投保管理】逐一【添加】并确认继续投保';

/** Which column a refusal of checkApplication points at. */
const COLUMN_OF: Record<string, string> = {
  NAME_MISMATCH: 'name',
  GENDER_MISMATCH: 'gender',
  COPIES_EXCEEDED: 'copies',
  AMOUNT_MISMATCH: 'amount',
  SEX_NOT_ELIGIBLE: 'productName',
};

/** The row's reason as the user reads it: MA-5's message and what to do. */
function reasonOf(refusal: Refusal): string {
  if (refusal.warning) return `${refusal.message}；${OVER_AGE_IN_BULK}`;
  return `${refusal.message}（处理方法：${refusal.fix.label}）`;
}

function issueOf(refusal: Refusal): RowIssue {
  return {
    column: COLUMN_OF[refusal.code] ?? (refusal.code.startsWith('COPIES') ? 'copies' : 'memberNoOrId'),
    message: reasonOf(refusal),
  };
}

/**
 * A row as createInBulk takes it, with its plan, or the problems that keep it from being checked
 * (pure: the plan by name, 份数, 投保金额, 预期生效时间 and the ID number's form).
 */
function bulkRowOf(
  row: TemplateRow,
  context: ApplyContext,
): { ok: true; plan: Plan; bulk: BulkRow } | { ok: false; issues: RowIssue[] } {
  const v = row.values;
  const issues: RowIssue[] = [];
  const key = v.memberNoOrId ?? '';
  if (!row.errorKeys.has('memberNoOrId') && isIdLike(key)) {
    const bad = idRefusal(key);
    if (bad) issues.push({ column: 'memberNoOrId', message: reasonOf(bad) });
  }
  const named = v.productName ?? '';
  const page = context.pagePlan;
  const plan = named ? context.plans.get(named) : page;
  if (!row.errorKeys.has('productName')) {
    if (!named && !page)
      issues.push({ column: 'productName', message: '产品名称未填写：请在模板中填写或在页面选择产品名称' });
    else if (page && named !== '' && named !== page.name)
      issues.push({
        column: 'productName',
        message: `行的产品名称与所选产品不一致：填写为「${named}」，页面所选为「${page.name}」，请修改模板或重新选择产品名称`,
      });
    else if (!plan)
      issues.push({
        column: 'productName',
        message: `产品名称「${named}」不是已上架的互助保障计划，应为：${[...context.plans.keys()].join('、') || '（暂无）'}`,
      });
  }
  const copies = Number(v.copies);
  if (!row.errorKeys.has('copies') && !(/^\d+$/.test(v.copies ?? '') && copies > 0 && copies <= 1000))
    issues.push({ column: 'copies', message: '份数应为正整数' });
  // 投保金额: the page's unless 以模板金额为准; a row's own different amount is refused, not overridden.
  const written = v.amount ?? '';
  let amountFen = AMOUNT_FORM.test(written) ? toFen(Number(written)) : null;
  if (!row.errorKeys.has('amount')) {
    if (written && amountFen === null)
      issues.push({ column: 'amount', message: '投保金额应为金额（元），最多两位小数，如 30 或 30.50' });
    else if (context.pageAmountFen !== null && amountFen !== null && amountFen !== context.pageAmountFen)
      issues.push({
        column: 'amount',
        message: `${AMOUNT_DIFFERS}（模板为 ${(amountFen / 100).toFixed(2)} 元，输入为 ${(context.pageAmountFen / 100).toFixed(2)} 元）`,
      });
    else if (!written && context.pageAmountFen === null)
      issues.push({ column: 'amount', message: '投保金额未填写：请在模板中填写，或在页面输入投保金额' });
    else amountFen ??= context.pageAmountFen;
  }
  let date = '';
  if (plan && !row.errorKeys.has('expectedEffectiveDate')) {
    const d = effectiveDateFor(plan, v.expectedEffectiveDate || undefined, context.today);
    if (d.ok) date = d.date;
    else issues.push({ column: 'expectedEffectiveDate', message: d.message });
  }
  if (issues.length || row.errorKeys.size || !plan || amountFen === null) return { ok: false, issues };
  return {
    ok: true,
    plan,
    bulk: {
      memberNoOrId: key,
      name: v.name,
      gender: v.gender === 'M' || v.gender === 'F' ? v.gender : null,
      copies,
      amountFen,
      expectedEffectiveDate: date,
      extra: { source: '批量投保' },
    },
  };
}

/** The rows that can be checked, grouped by plan (createInBulk takes one plan at a time). */
function byPlan(rows: readonly TemplateRow[], context: ApplyContext) {
  const groups = new Map<string, { plan: Plan; rows: TemplateRow[]; bulk: BulkRow[] }>();
  for (const row of rows) {
    const r = bulkRowOf(row, context);
    if (!r.ok) continue;
    const g = groups.get(r.plan.id) ?? { plan: r.plan, rows: [], bulk: [] };
    g.rows.push(row);
    g.bulk.push(r.bulk);
    groups.set(r.plan.id, g);
  }
  return [...groups.values()];
}

const failureError = (f: BulkFailure) =>
  new AppError('APPLICATION_REFUSED', { message: reasonOf(f), details: { code: f.code } });

/**
 * 批量投保模板 (MA-4 模板批量投保): 会员编号或身份证号, 姓名, 性别 (optional), 产品名称, 份数,
 * 投保金额, 预期生效时间, with the page's 产品名称 and 投保金额 / 以模板金额为准 as parameters (a blank
 * 产品名称 takes the page's, another one is refused; the page's amount is every row's unless
 * 以模板金额为准, a row's own different amount is refused). 业务校验 gives every MA-5 refusal per row with its message (the one
 * checker: checkInBulk → checkApplication over facts loaded per chunk); 业务办理 records the good
 * rows as 新建 applications of the operator's unit through createInBulk (the path of 新会员投保
 * and 批量续转), re-checking each against the database at that moment; the result workbook lists
 * the other rows with their reasons (`partial`). Names are compared as written, never repaired.
 */
export const unionApplicationsTemplate = defineTemplate({
  name: UNION_APPLICATIONS_TEMPLATE,
  title: '批量投保模板',
  sheetName: '批量投保',
  columns: [
    {
      key: 'memberNoOrId',
      header: '会员编号或身份证号',
      required: true,
      example: '11010519491231002X',
      rule: null,
      text: true,
      width: 24,
      note: '填写会员编号或18位身份证号（末尾X大写）；会员须已财务确认且属于本单位',
    },
    {
      key: 'name',
      header: '姓名',
      required: true,
      example: '张三',
      rule: null,
      text: true,
      width: 14,
      note: '须与会员档案中的姓名一致，不得有空格',
      refuseNotes: { [NOTE_TRIMMED]: NAME_SPACES, [NOTE_FULL_WIDTH]: NAME_FULL_WIDTH },
    },
    {
      key: 'gender',
      header: '性别',
      required: false,
      example: '女',
      rule: 'gender',
      choices: ['男', '女'],
      text: false,
      width: 8,
      note: '可不填；填写时须与身份证号一致',
    },
    {
      key: 'productName',
      header: '产品名称',
      required: false,
      example: '职工互助保障计划',
      rule: null,
      text: true,
      width: 28,
      note: '与【投保管理】中的产品名称一致；不填时为页面所选的产品名称，填写时须与之一致',
    },
    {
      key: 'copies',
      header: '份数',
      required: true,
      example: '1',
      rule: null,
      text: false,
      width: 8,
    },
    {
      key: 'amount',
      header: '投保金额',
      required: false,
      example: '30',
      rule: null,
      text: false,
      width: 12,
      note: '单位：元；应为 份数 × 每份保费；页面输入投保金额时可不填（未勾选以模板金额为准时须与之一致）',
    },
    {
      key: 'expectedEffectiveDate',
      header: '预期生效时间',
      required: false,
      example: '2027-01-01',
      rule: 'date',
      text: true,
      width: 14,
      note: '如 2027-01-01，不得早于今天；统一生效的计划可不填',
    },
  ],
  access: BASE_ROLES,
  contextSchema: ZApplicationsParams,
  partial: true,
  batchSize: 200,
  async prepare(ctx, user, params): Promise<ApplyContext> {
    const unit = await operatorUnit(ctx.db, user);
    const plans = new Map((await listedPlans(ctx)).map((p) => [p.name, p]));
    let pagePlan: Plan | null = null;
    if (params.productId) {
      pagePlan = [...plans.values()].find((p) => p.id === params.productId) ?? null;
      if (!pagePlan)
        throw new AppError('VALIDATION_FAILED', {
          message: '所选产品名称不是已上架的互助保障计划，请重新选择',
          details: [{ field: 'productId', message: '不是已上架的互助保障计划' }],
        });
    }
    const pageAmountFen =
      params.useTemplateAmount === 'true' || params.amount === undefined
        ? null
        : toFen(Number(params.amount));
    return { orgId: unit.orgId, today: beijingDate(ctx.now()), plans, user, pagePlan, pageAmountFen };
  },
  rowKey: ['memberNoOrId', 'productName'],
  checkRow: (row, context) => {
    const r = bulkRowOf(row, context);
    return r.ok ? [] : r.issues;
  },
  // Validation writes nothing: the database half of MA-5 (membership, unit, name, status,
  // in progress, copies, duplicates, amount) through checkInBulk, per plan.
  async checkBatch(ctx, context, rows) {
    const issues: (RowIssue & { rowNo: number })[] = [];
    for (const group of byPlan(rows, context)) {
      const { failed } = await checkInBulk(ctx, ctx.db, context.user, group.plan, group.bulk);
      for (const f of failed) issues.push({ rowNo: group.rows[f.row - 1]!.rowNo, ...issueOf(f) });
    }
    return issues;
  },

  async execute(ctx, executor, run, context, row) {
    const r = bulkRowOf(row, context);
    if (!r.ok)
      throw new AppError('VALIDATION_FAILED', { message: r.issues.map((i) => i.message).join('；') });
    const result = await createInBulk(ctx, executor, run.user, run.audit, r.plan, [r.bulk]);
    const failure = result.failed[0];
    if (failure) {
      // The 新建 in the way was made by an earlier row of this file (the member by 会员编号 there,
      // by 身份证号 here): the reason 业务校验 gave, with that row, not "submit it first".
      if (failure.code === 'APPLICATION_IN_PROGRESS' && failure.fix.applicationNo) {
        const existing = await getApplication(executor, ALL, failure.fix.applicationNo);
        const rowNo = await importRowOfEntity(executor, run.importId, existing.id);
        if (rowNo !== null) throw failureError({ ...failure, ...inBatchRefusal(r.plan.name, rowNo) });
      }
      throw failureError(failure);
    }
    return { entityId: result.records[0]!.id };
  },

  // Fast path: one createInBulk per plan and chunk; any refusal makes the chunk fall back to
  // `execute` row by row, which records each row's own reason.
  async executeBatch(ctx, executor, run, context, rows) {
    const out: { rowNo: number; entityId: string }[] = [];
    const groups = byPlan(rows, context);
    if (groups.reduce((n, g) => n + g.rows.length, 0) !== rows.length) throw new Error('rows with problems');
    for (const group of groups) {
      const result = await createInBulk(ctx, executor, run.user, run.audit, group.plan, group.bulk);
      if (result.failed.length) throw new Error('refused rows');
      for (const rec of result.records) out.push({ rowNo: group.rows[rec.row - 1]!.rowNo, entityId: rec.id });
    }
    return out;
  },
});
