import ExcelJS from 'exceljs';
import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { exportRow } from '../../../platform/excel/index.js';
import { countApplications } from '../../../modules/applications/index.js';
import { exchangeLine } from '../line.js';
import { findProductNames } from '../../../modules/products/index.js';

export const STATS_GROUPS = ['product', 'insurer', 'enterprise', 'month'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

export type StatsRow = {
  key: string;
  label: string;
  invited: number;
  applied: number;
  issued: number;
  declined: number;
  /** Premium of issued policies, fen. */
  premiumFen: number;
  /** applied / invited and issued / invited, in per cent with one decimal (0 when nothing was invited). */
  applyRate: number;
  issueRate: number;
};

const GROUP_LABELS: Record<StatsGroup, string> = {
  product: '产品',
  insurer: '保险公司',
  enterprise: '企业',
  month: '月份',
};

function beijingDay(column: SQL): SQL {
  return sql`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
}

/**
 * 查询统计 (EX-9): invitations, applications, issued policies and premiums grouped by product,
 * insurer, enterprise or month (Beijing time), with the conversion invited → applied → issued.
 * Reads the exchange's invitations and orders (this line) for the invited side and counts the
 * applications through modules/applications.
 */
export async function exchangeStats(
  ctx: AppContext,
  input: { groupBy: StatsGroup; from?: string; to?: string },
): Promise<{ groupBy: StatsGroup; rows: StatsRow[]; total: StatsRow }> {
  const from = input.from ?? '0000-01-01';
  const to = input.to ?? '9999-12-31';
  if (from > to) throw new AppError('VALIDATION_FAILED', { message: '开始日期不能晚于结束日期' });
  const invitedKey: Record<StatsGroup, SQL> = {
    product: sql`o.product_id::text`,
    insurer: sql`o.insurer_org_id::text`,
    enterprise: sql`o.enterprise_org_id::text`,
    month: sql`to_char(i.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`,
  };
  const invited = await ctx.db.execute(sql`
    select ${invitedKey[input.groupBy]} as k, count(*)::int as n
    from exchange_invitations i join exchange_orders o on o.id = i.order_id
    where ${beijingDay(sql`i.created_at`)} between ${from} and ${to}
    group by 1`);
  const applied = await countApplications(ctx.db, {
    line: exchangeLine.code,
    fromDay: from,
    toDay: to,
    groupBy: input.groupBy === 'enterprise' ? 'org' : input.groupBy,
  });
  const rows = new Map<string, StatsRow>();
  const row = (k: string) => {
    let r = rows.get(k);
    if (!r) {
      r = {
        key: k,
        label: k,
        invited: 0,
        applied: 0,
        issued: 0,
        declined: 0,
        premiumFen: 0,
        applyRate: 0,
        issueRate: 0,
      };
      rows.set(k, r);
    }
    return r;
  };
  for (const r of (invited as unknown as { rows: { k: string; n: number }[] }).rows)
    row(r.k ?? '').invited = Number(r.n);
  for (const r of applied) {
    const x = row(r.key);
    x.applied = r.applied;
    x.issued = r.issued;
    x.declined = r.declined;
    x.premiumFen = r.premiumFen;
  }
  // Labels: names of products and organizations; months are their own label.
  const keys = [...rows.keys()].filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (keys.length && input.groupBy !== 'month') {
    const list = sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    );
    // Product names come from modules/products (its table is its own).
    const names =
      input.groupBy === 'product'
        ? [...(await findProductNames(ctx.db, keys))].map(([id, name]) => ({ id, name }))
        : (
            (await ctx.db.execute(
              sql`select id::text as id, name from organizations where id::text in (${list})`,
            )) as unknown as { rows: { id: string; name: string }[] }
          ).rows;
    for (const n of names) rows.get(n.id)!.label = n.name;
  }
  for (const r of rows.values()) if (r.key === '') r.label = '（个人投保）';
  const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : 0);
  const result = [...rows.values()].sort((a, b) =>
    input.groupBy === 'month'
      ? a.key.localeCompare(b.key)
      : b.invited - a.invited || a.label.localeCompare(b.label),
  );
  for (const r of result) {
    r.applyRate = rate(r.applied, r.invited);
    r.issueRate = rate(r.issued, r.invited);
  }
  const total: StatsRow = result.reduce(
    (t, r) => ({
      ...t,
      invited: t.invited + r.invited,
      applied: t.applied + r.applied,
      issued: t.issued + r.issued,
      declined: t.declined + r.declined,
      premiumFen: t.premiumFen + r.premiumFen,
    }),
    {
      key: 'total',
      label: '合计',
      invited: 0,
      applied: 0,
      issued: 0,
      declined: 0,
      premiumFen: 0,
      applyRate: 0,
      issueRate: 0,
    },
  );
  total.applyRate = rate(total.applied, total.invited);
  total.issueRate = rate(total.issued, total.invited);
  return { groupBy: input.groupBy, rows: result, total };
}

/** The same statistics as an Excel workbook (.xlsx). */
export async function exchangeStatsWorkbook(
  ctx: AppContext,
  input: { groupBy: StatsGroup; from?: string; to?: string },
): Promise<{ data: Buffer; filename: string }> {
  const stats = await exchangeStats(ctx, input);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('查询统计');
  ws.addRow([
    GROUP_LABELS[input.groupBy],
    '邀请人数',
    '投保人数',
    '出单数',
    '拒保数',
    '保费（元）',
    '投保转化率（%）',
    '出单转化率（%）',
  ]);
  ws.getRow(1).font = { bold: true };
  for (const r of [...stats.rows, stats.total])
    ws.addRow(
      exportRow([
        r.label,
        r.invited,
        r.applied,
        r.issued,
        r.declined,
        r.premiumFen / 100,
        r.applyRate,
        r.issueRate,
      ]),
    );
  ws.columns.forEach((c) => (c.width = 16));
  ws.getColumn(1).width = 36;
  const range = `${input.from ?? '开始'}至${input.to ?? '今'}`;
  return {
    data: Buffer.from(await wb.xlsx.writeBuffer()),
    filename: `税优健康险统计-按${GROUP_LABELS[input.groupBy]}-${range}.xlsx`,
  };
}
