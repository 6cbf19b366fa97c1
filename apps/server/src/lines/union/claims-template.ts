import { z } from 'zod';
import { defineTemplate, type RowIssue } from '../../platform/excel/index.js';
import { AGENCY_ROLES, HQ_ROLES, unionScopeOf } from './units.js';
import {
  checkClaimDate,
  claimMember,
  insertClaim,
  unionPlans,
  yuanToFen,
} from './operations/record-claim.js';
import { AppError } from '../../platform/errors.js';

/** The template's name, as used by /api/imports?template=union_claims. */
export const UNION_CLAIMS_TEMPLATE = 'union_claims';

type Plans = { id: string; code: string; name: string }[];

function planOf(plans: Plans, text: string) {
  const t = text.trim();
  return plans.find((p) => p.name === t || p.code === t) ?? null;
}

/**
 * 理赔导入模板 (MA-6): the insurer's paid claims imported by the agency office or HQ — the member
 * by 身份证号 or 会员编号 (inside the importer's scope), 理赔日期, 保障计划 (name or code),
 * 诊断类别, 赔付金额 in 元 (exact to the fen, never rounded). Failed rows come back in the result
 * workbook with their reasons.
 */
export const unionClaimsTemplate = defineTemplate({
  name: UNION_CLAIMS_TEMPLATE,
  title: '理赔导入模板',
  sheetName: '理赔记录',
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      required: false,
      example: '11010519491231002X',
      rule: 'residentId',
      text: true,
      width: 22,
      note: '身份证号与会员编号至少填写一项',
    },
    {
      key: 'memberNo',
      header: '会员编号',
      required: false,
      example: '0108001000001',
      rule: null,
      text: true,
      width: 18,
    },
    {
      key: 'claimDate',
      header: '理赔日期',
      required: true,
      example: '2026-03-15',
      rule: 'date',
      text: false,
      width: 14,
    },
    {
      key: 'plan',
      header: '保障计划',
      required: true,
      example: '在职职工住院津贴互助保障',
      rule: null,
      text: false,
      width: 28,
    },
    {
      key: 'diagnosis',
      header: '诊断类别',
      required: true,
      example: '呼吸系统疾病',
      rule: null,
      text: false,
      width: 18,
    },
    {
      key: 'amount',
      header: '赔付金额',
      required: true,
      example: '1280.50',
      rule: null,
      text: true,
      width: 14,
      note: '单位：元，最多两位小数',
    },
  ],
  access: [...AGENCY_ROLES, ...HQ_ROLES],
  contextSchema: z.object({}),
  async prepare(ctx, user) {
    if (!user.orgId) throw new AppError('FORBIDDEN');
    return { orgId: user.orgId, scope: unionScopeOf(user), plans: await unionPlans(ctx.db) };
  },
  // The same person, date, plan, diagnosis and amount twice in one file is one claim typed twice.
  rowKey: ['idNumber', 'memberNo', 'claimDate', 'plan', 'diagnosis', 'amount'],
  checkRow({ values, errorKeys }, context) {
    const issues: RowIssue[] = [];
    if (!values.idNumber && !values.memberNo && !errorKeys.has('idNumber'))
      issues.push({ column: 'idNumber', message: '身份证号与会员编号至少填写一项' });
    if (values.amount) {
      const amount = yuanToFen(values.amount);
      if (!amount.ok) issues.push({ column: 'amount', message: amount.reason });
    }
    if (values.plan && !planOf(context.plans, values.plan))
      issues.push({ column: 'plan', message: `保障计划“${values.plan}”不存在，请填写计划名称或代码` });
    if (values.diagnosis && Array.from(values.diagnosis).length > 100)
      issues.push({ column: 'diagnosis', message: '诊断类别不超过 100 个字' });
    if (values.claimDate && !errorKeys.has('claimDate')) {
      const d = checkClaimDate(values.claimDate, new Date());
      if (!d.ok) issues.push({ column: 'claimDate', message: d.reason });
    }
    return issues;
  },
  async checkBatch(ctx, context, rows) {
    const issues: (RowIssue & { rowNo: number })[] = [];
    for (const row of rows) {
      if (row.errorKeys.has('idNumber') || (!row.values.idNumber && !row.values.memberNo)) continue;
      const member = await claimMember(ctx, ctx.db, context.scope, row.values);
      if (!member)
        issues.push({
          rowNo: row.rowNo,
          column: row.values.idNumber ? 'idNumber' : 'memberNo',
          message: '会员不存在或不在本代办处所辖单位',
        });
      else if (row.values.idNumber && row.values.memberNo && member.memberNo !== row.values.memberNo)
        issues.push({ rowNo: row.rowNo, column: 'memberNo', message: '会员编号与身份证号不是同一会员' });
    }
    return issues;
  },
  async execute(ctx, executor, run, context, row) {
    const v = row.values;
    const member = await claimMember(ctx, executor, unionScopeOf(run.user), v);
    if (!member) throw new AppError('NOT_FOUND', { message: '会员不存在或不在本代办处所辖单位' });
    const product = planOf(context.plans, v.plan!);
    if (!product) throw new AppError('VALIDATION_FAILED', { message: `保障计划“${v.plan}”不存在` });
    const amount = yuanToFen(v.amount!);
    if (!amount.ok) throw new AppError('VALIDATION_FAILED', { message: amount.reason });
    const id = await insertClaim(executor, run.audit, {
      member,
      claimDate: v.claimDate!,
      product,
      diagnosisCategory: v.diagnosis!,
      amountPaidFen: amount.fen,
      policyNo: null,
      source: 'import',
      importId: run.importId,
    });
    return { entityId: id };
  },
});
