import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { exchangeOrders } from './tables.js';
import { scopeOf } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import type { TemplateColumn } from '../../platform/excel/index.js';
import { defineRosterTemplate, type RosterSubject } from '../../modules/rosters/index.js';
import { getOrder } from './repository.js';

/** The template's name, as used by /api/imports?template=exchange_roster&orderId=…. */
export const EXCHANGE_ROSTER_TEMPLATE = 'exchange_roster';

/** The roster of an order is owned by the order (modules/rosters subject). */
export const orderRosterSubject = (orderId: string): RosterSubject => ({
  type: 'exchange_order',
  id: orderId,
});

/** The DOMAIN §4 columns kept in `extra` (column key → Chinese header, for the insurer's workbook). */
export const ROSTER_EXTRA_COLUMNS = {
  medicalType: '医保类型',
  medicalCity: '医保所在城市',
  supplementary: '有无补充医疗',
  preExisting: '既往症声明',
  taxYear: '连续纳税满一年',
  frequency: '缴费频率',
} as const;

/** The answers each choice column allows (the template's drop-down and the line's rule). */
const CHOICES = {
  medicalType: ['城镇职工医保', '城乡居民医保', '公费医疗', '无'],
  supplementary: ['有', '无'],
  preExisting: ['有', '无'],
  taxYear: ['是', '否'],
  frequency: ['年缴', '月缴'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

function choice(key: keyof typeof CHOICES, example: string, width = 12) {
  const header = ROSTER_EXTRA_COLUMNS[key];
  return {
    key,
    header,
    required: false,
    example,
    rule: null,
    text: false,
    width,
    choices: CHOICES[key],
  } as const;
}

const EXTRA_COLUMNS = [
  choice('medicalType', '城镇职工医保', 16),
  {
    key: 'medicalCity',
    header: ROSTER_EXTRA_COLUMNS.medicalCity,
    required: false,
    example: '北京市',
    rule: null,
    text: false,
    width: 14,
  },
  choice('supplementary', '无'),
  choice('preExisting', '无'),
  choice('taxYear', '是', 16),
  choice('frequency', '年缴'),
] as const satisfies readonly TemplateColumn[];

const oneOf = (key: keyof typeof CHOICES) =>
  z
    .enum(CHOICES[key], { message: `${ROSTER_EXTRA_COLUMNS[key]}应为 ${CHOICES[key].join('、')} 之一` })
    .optional();

/**
 * An insured employee's tax-health facts (the line's insuredExtra): the roster's extra columns,
 * their choices taken from the columns above (one list).
 */
export const ZExchangeInsuredExtra = z.object({
  medicalType: oneOf('medicalType'),
  medicalCity: z.string().max(20, { message: '医保所在城市不超过 20 个字' }).optional(),
  supplementary: oneOf('supplementary'),
  preExisting: oneOf('preExisting'),
  taxYear: oneOf('taxYear'),
  frequency: oneOf('frequency'),
});

/**
 * 员工名单 of an order (EX-4): the common roster columns (mobile required: the account and
 * initial password go out by SMS) plus the tax-health columns of DOMAIN §4, kept as the order's
 * roster (modules/rosters). A new roster replaces the previous one, and only while the order is a
 * draft; submitting the order confirms it.
 */
export const exchangeRosterTemplate = defineRosterTemplate({
  name: EXCHANGE_ROSTER_TEMPLATE,
  title: '税优健康险员工名单',
  sheetName: '员工名单',
  person: { mobile: { required: true, note: '用于发送个人账号和初始密码' } },
  extraColumns: EXTRA_COLUMNS,
  extraSchema: ZExchangeInsuredExtra,
  access: ['enterprise_operator'],
  contextSchema: z.object({ orderId: z.uuid({ message: '订单编号格式不正确' }) }),
  async prepare(ctx, user, context) {
    const order = await getOrder(ctx.db, scopeOf(user), context.orderId);
    if (order.status !== 'draft')
      throw new AppError('INVALID_STATE', { message: '订单已提交，不能再更换员工名单' });
    return { orgId: order.enterpriseOrgId, orderId: order.id, subject: orderRosterSubject(order.id) };
  },
  checkRow(row) {
    const v = row.values;
    // 既往症 needs one continuous year of tax payment (DOMAIN §4).
    if (v.preExisting === '有' && v.taxYear === '否')
      return [{ column: 'taxYear', message: '有既往症的员工须连续纳税满一年方可投保', level: 'warning' }];
    return [];
  },
  // The order row lock serialises batches with 提交 (which locks the order, then the roster).
  async lockSubject(executor, context) {
    const [order] = await executor
      .select({ status: exchangeOrders.status })
      .from(exchangeOrders)
      .where(eq(exchangeOrders.id, context.orderId))
      .for('update');
    if (!order || order.status !== 'draft')
      throw new AppError('INVALID_STATE', { message: '订单已提交，不能再更换员工名单' });
  },
  async afterRows(executor, context, roster) {
    await executor
      .update(exchangeOrders)
      .set({ rosterImportId: roster.importId, rosterCount: roster.peopleCount })
      .where(eq(exchangeOrders.id, context.orderId));
  },
});
