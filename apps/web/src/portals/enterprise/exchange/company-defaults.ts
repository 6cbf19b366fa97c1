import type { CompanyInfo } from '../../../api/exchange';

export type CompanyValues = Partial<CompanyInfo>;
type Key = keyof CompanyInfo;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * What the 企业基本信息 form of an order starts from: the order's own saved information when it
 * has any (the defaults never replace what was saved), else the defaults the server answers (the
 * enterprise's last order, completed by its registration); the order's enterprise name when
 * neither has one.
 */
export function startingCompany(
  order: { enterpriseName: string; company: CompanyValues | null },
  defaults: { company: CompanyValues } | undefined,
): CompanyValues {
  if (order.company) return { ...order.company, name: order.company.name || order.enterpriseName };
  const values: CompanyValues = { ...(defaults?.company ?? {}) };
  if (blank(values.name)) values.name = order.enterpriseName;
  return values;
}

/**
 * The part of `start` that may go into a form the user may already have typed in: only fields
 * the user has not touched and that are still empty. Nothing typed is ever overwritten.
 */
export function untouchedDefaults(
  start: CompanyValues,
  current: CompanyValues,
  touched: (key: Key) => boolean,
): CompanyValues {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(start) as [Key, unknown][]) {
    if (blank(value) || touched(key) || !blank(current[key])) continue;
    out[key] = value;
  }
  return out as CompanyValues;
}
