import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idTypeCarriesBirthAndGender, isIdType, maskIdNumber } from '@policyhub/domain';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { exchangeOrders, exchangeRoster } from './tables.js';
import { scopeOf } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import { defineTemplate, type ImportRun, type TemplateRow } from '../../platform/excel/index.js';
import { rosterTemplate } from '../../modules/imports/index.js';
import { getOrder } from './repository.js';

/** The template's name, as used by /api/imports?template=exchange_roster&orderId=…. */
export const EXCHANGE_ROSTER_TEMPLATE = 'exchange_roster';

type RosterContext = { orgId: string; orderId: string };

/** The DOMAIN §4 columns kept in `extra` (column key → Chinese header, for the insurer's workbook). */
export const ROSTER_EXTRA_COLUMNS = {
  medicalType: '医保类型',
  medicalCity: '医保所在城市',
  supplementary: '有无补充医疗',
  preExisting: '既往症声明',
  taxYear: '连续纳税满一年',
  frequency: '缴费频率',
} as const;

const person = rosterTemplate.columns.filter((c) =>
  ['name', 'idType', 'idNumber', 'gender', 'birthDate', 'mobile'].includes(c.key),
);

function choice(key: string, header: string, choices: string[], example: string, width = 12) {
  return { key, header, required: false, example, rule: null, text: false, width, choices } as const;
}

/** Birth date and gender: from the ID where it carries them (already cross-checked), else as typed. */
function facts(values: Record<string, string>): { gender: string | null; birthDate: string | null } {
  const n = values.idNumber!;
  if (isIdType(values.idType) && idTypeCarriesBirthAndGender(values.idType))
    return {
      gender: Number(n[16]) % 2 === 1 ? 'M' : 'F',
      birthDate: `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`,
    };
  return { gender: values.gender || null, birthDate: values.birthDate || null };
}

/**
 * Writes a batch of roster rows for the order, inside the engine's transaction. A new roster
 * replaces the previous one (rows of other imports are removed first), and only while the order
 * is still a draft; the order row lock serialises batches of one order.
 */
async function insertRosterRows(
  ctx: AppContext,
  executor: Executor,
  run: ImportRun,
  context: RosterContext,
  rows: readonly TemplateRow[],
): Promise<{ rowNo: number; entityId: string }[]> {
  const [order] = await executor
    .select({ status: exchangeOrders.status })
    .from(exchangeOrders)
    .where(eq(exchangeOrders.id, context.orderId))
    .for('update');
  if (!order || order.status !== 'draft')
    throw new AppError('INVALID_STATE', { message: '订单已提交，不能再更换员工名单' });
  await executor
    .delete(exchangeRoster)
    .where(and(eq(exchangeRoster.orderId, context.orderId), ne(exchangeRoster.importId, run.importId)));
  const records = rows.map((row) => {
    const v = row.values;
    const f = facts(v);
    const extra: Record<string, string> = {};
    for (const key of Object.keys(ROSTER_EXTRA_COLUMNS)) if (v[key]) extra[key] = v[key]!;
    return {
      row_no: row.rowNo,
      name: v.name,
      id_type: v.idType,
      id_number_enc: ctx.crypto.encrypt(v.idNumber!),
      id_number_idx: ctx.crypto.blindIndex(v.idNumber!),
      id_number_masked: maskIdNumber(v.idNumber!),
      gender: f.gender,
      birth_date: f.birthDate,
      mobile: v.mobile,
      extra,
    };
  });
  // One statement per batch (json_to_recordset), as the generic roster does.
  await executor.execute(sql`
    insert into ${exchangeRoster}
      (order_id, row_no, import_id, name, id_type, id_number_enc, id_number_idx, id_number_masked, gender, birth_date, mobile, extra)
    select ${context.orderId}::uuid, x.row_no, ${run.importId}::uuid, x.name, x.id_type, x.id_number_enc, x.id_number_idx,
      x.id_number_masked, x.gender, x.birth_date, x.mobile, x.extra
    from json_to_recordset(${JSON.stringify(records)}::json) as x(
      row_no integer, name text, id_type text, id_number_enc text, id_number_idx text, id_number_masked text,
      gender text, birth_date text, mobile text, extra jsonb)
    on conflict (order_id, row_no) do nothing`);
  await executor
    .update(exchangeOrders)
    .set({
      rosterImportId: run.importId,
      rosterCount: sql`(select count(*)::int from ${exchangeRoster} where order_id = ${context.orderId})`,
    })
    .where(eq(exchangeOrders.id, context.orderId));
  return rows.map((r) => ({ rowNo: r.rowNo, entityId: `${context.orderId}:${r.rowNo}` }));
}

/**
 * 员工名单 of an order (EX-4): the generic person columns (mobile required: the account and
 * initial password go out by SMS) plus the tax-health roster columns of DOMAIN §4.
 */
export const exchangeRosterTemplate = defineTemplate({
  name: EXCHANGE_ROSTER_TEMPLATE,
  title: '税优健康险员工名单',
  sheetName: '员工名单',
  columns: [
    ...person.map((c) =>
      c.key === 'mobile' ? { ...c, required: true, note: '用于发送个人账号和初始密码' } : c,
    ),
    choice(
      'medicalType',
      ROSTER_EXTRA_COLUMNS.medicalType,
      ['城镇职工医保', '城乡居民医保', '公费医疗', '无'],
      '城镇职工医保',
      16,
    ),
    {
      key: 'medicalCity',
      header: ROSTER_EXTRA_COLUMNS.medicalCity,
      required: false,
      example: '北京市',
      rule: null,
      text: false,
      width: 14,
    },
    choice('supplementary', ROSTER_EXTRA_COLUMNS.supplementary, ['有', '无'], '无'),
    choice('preExisting', ROSTER_EXTRA_COLUMNS.preExisting, ['有', '无'], '无'),
    choice('taxYear', ROSTER_EXTRA_COLUMNS.taxYear, ['是', '否'], '是', 16),
    choice('frequency', ROSTER_EXTRA_COLUMNS.frequency, ['年缴', '月缴'], '年缴'),
  ],
  access: ['enterprise_operator'],
  contextSchema: z.object({ orderId: z.uuid({ message: '订单编号格式不正确' }) }),
  async prepare(ctx, user, context): Promise<RosterContext> {
    const order = await getOrder(ctx.db, scopeOf(user), context.orderId);
    if (order.status !== 'draft')
      throw new AppError('INVALID_STATE', { message: '订单已提交，不能再更换员工名单' });
    return { orgId: order.enterpriseOrgId, orderId: order.id };
  },
  rowKey: ['idType', 'idNumber'],
  batchSize: 2000,
  checkRow(row, context) {
    const issues = rosterTemplate.checkRow!(row, context as never);
    const v = row.values;
    // 既往症 needs one continuous year of tax payment (DOMAIN §4).
    if (v.preExisting === '有' && v.taxYear === '否')
      issues.push({ column: 'taxYear', message: '有既往症的员工须连续纳税满一年方可投保', level: 'warning' });
    return issues;
  },
  execute: async (ctx, executor, run, context, row) => {
    const [result] = await insertRosterRows(ctx, executor, run, context, [row]);
    return { entityId: result!.entityId };
  },
  executeBatch: (ctx, executor, run, context, rows) => insertRosterRows(ctx, executor, run, context, rows),
});
