import ExcelJS from 'exceljs';
import type { AppContext } from '../../../platform/context.js';
import { scopeOf, type AuthUser } from '../../../platform/access.js';
import { exportRow } from '../../../platform/excel/index.js';
import { idNumberIndex, searchPolicies } from '../../../modules/policies/index.js';
import { monthRange } from './terminate-policies.js';
import { unionPolicyRows, type UnionPolicyRow } from './union-policy-rows.js';

type ExpiringQuery = {
  month: string;
  productCode?: string;
  policyNo?: string;
  memberNo?: string;
  idNumber?: string;
  page: number;
  pageSize: number;
};

/** The most rows one export writes (a base unit's month is far below it). */
const EXPORT_MAX = 50_000;

/**
 * 【即将到期保单】: the union policies in scope whose cover ends in the chosen month (Beijing
 * calendar), in force or not, by end date — what the base unit renews (批量续转) next.
 */
export async function expiringPolicies(
  ctx: AppContext,
  user: AuthUser,
  query: ExpiringQuery,
): Promise<{ items: UnionPolicyRow[]; total: number; page: number; pageSize: number }> {
  const found = await searchPolicies(
    ctx.db,
    scopeOf(user),
    {
      line: 'MUTUAL_AID',
      endsBetween: monthRange(query.month),
      ...(query.productCode ? { productCode: query.productCode } : {}),
      ...(query.policyNo ? { policyNo: query.policyNo } : {}),
      ...(query.memberNo ? { memberNo: query.memberNo } : {}),
      ...(query.idNumber ? { idNumberIdx: idNumberIndex(ctx.crypto, query.idNumber) } : {}),
    },
    { page: query.page, pageSize: query.pageSize },
  );
  return {
    items: await unionPolicyRows(ctx, ctx.db, found.items),
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const EXPIRING_HEADERS = [
  '保单号',
  '会员编号',
  '姓名',
  '身份证号',
  '产品名称',
  '份数',
  '保险期间',
  '单位编号',
  '单位名称',
];

/** 【批量导出打印】 of 即将到期保单: the month's list as .xlsx (ID numbers masked, formula-like text quoted). */
export async function expiringWorkbook(
  ctx: AppContext,
  user: AuthUser,
  query: Omit<ExpiringQuery, 'page' | 'pageSize'>,
): Promise<{ data: Buffer; filename: string }> {
  const { items } = await expiringPolicies(ctx, user, { ...query, page: 1, pageSize: EXPORT_MAX });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('即将到期保单');
  ws.addRow(EXPIRING_HEADERS);
  ws.getRow(1).font = { bold: true };
  for (const r of items)
    ws.addRow(
      exportRow([
        r.policyNo,
        r.memberNo ?? '',
        r.name,
        r.idNumberMasked,
        r.productName,
        r.copies ?? '',
        `${r.startDate} 至 ${r.endDate}`,
        r.unitNo ?? '',
        r.unitName ?? '',
      ]),
    );
  ws.columns.forEach((c) => (c.width = 18));
  ws.getColumn(1).width = 26;
  ws.getColumn(5).width = 30;
  ws.getColumn(7).width = 26;
  ws.getColumn(9).width = 30;
  return { data: Buffer.from(await wb.xlsx.writeBuffer()), filename: `即将到期保单-${query.month}.xlsx` };
}
