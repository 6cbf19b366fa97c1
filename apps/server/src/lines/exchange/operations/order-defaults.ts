import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { exchangeOrders, exchangeRegistrations } from '../tables.js';
import { organizations } from '../../../platform/identity/tables.js';
import { assertRole, type AuthUser } from '../../../platform/access.js';
import { AppError } from '../../../platform/errors.js';
import { COMPANY_KEYS, type CompanyInfo } from '../company.js';
import { COMPANY_SIZES } from '../statuses.js';

type CompanySize = (typeof COMPANY_SIZES)[number];
type CompanyDefaults = Partial<Omit<CompanyInfo, 'size'>> & { size?: CompanySize };

export type OrderDefaults = {
  /** Where the values come from: the enterprise's last order, its registration, or nothing. */
  source: 'last_order' | 'registration' | 'none';
  sourceOrderNo: string | null;
  company: CompanyDefaults;
};

/**
 * 企业基本信息 defaults for a new order of the caller's OWN enterprise (no organization parameter:
 * another enterprise's data cannot be asked for): the last order's saved company information,
 * completed by the approved registration and the organization record (name, credit code,
 * contact, mobile, e-mail).
 */
export async function getOrderDefaults(ctx: AppContext, user: AuthUser): Promise<OrderDefaults> {
  assertRole(user, ['enterprise_operator']);
  if (!user.orgId) throw new AppError('FORBIDDEN');
  const orgId = user.orgId;
  const [org] = await ctx.db
    .select({
      name: organizations.name,
      code: organizations.code,
      contactName: organizations.contactName,
      contactMobile: organizations.contactMobile,
      contactEmail: organizations.contactEmail,
    })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const [registration] = await ctx.db
    .select()
    .from(exchangeRegistrations)
    .where(and(eq(exchangeRegistrations.orgId, orgId), eq(exchangeRegistrations.status, 'approved')))
    .orderBy(desc(exchangeRegistrations.createdAt))
    .limit(1);
  const [last] = await ctx.db
    .select({ orderNo: exchangeOrders.orderNo, company: exchangeOrders.company })
    .from(exchangeOrders)
    .where(and(eq(exchangeOrders.enterpriseOrgId, orgId), isNotNull(exchangeOrders.company)))
    .orderBy(desc(exchangeOrders.createdAt), desc(exchangeOrders.orderNo))
    .limit(1);

  const base: Partial<Record<keyof CompanyInfo, string>> = {};
  const put = (key: keyof CompanyInfo, value: string | null | undefined) => {
    if (value && value.trim() !== '' && !base[key]) base[key] = value.trim();
  };
  // The last order wins (it is what the operator confirmed most recently) …
  const lastCompany = last?.company ?? null;
  if (lastCompany) for (const key of COMPANY_KEYS) put(key, lastCompany[key]);
  // … then the registration and the organization record fill what is still missing.
  put('name', org?.name);
  const creditCode = registration?.creditCode ?? (org?.code && org.code.length === 18 ? org.code : null);
  put('licenceNo', registration?.licenceNo ?? creditCode);
  put('taxNo', registration?.taxNo ?? creditCode);
  put('orgCode', registration?.orgCode);
  put('contactName', registration?.contactName ?? org?.contactName);
  put('contactPhone', registration?.contactMobile ?? org?.contactMobile);
  put('email', registration?.email ?? org?.contactEmail);
  const { size, ...rest } = base;
  const company: CompanyDefaults = { ...rest };
  if (size && (COMPANY_SIZES as readonly string[]).includes(size)) company.size = size as CompanySize;
  return {
    source: lastCompany ? 'last_order' : registration ? 'registration' : 'none',
    sourceOrderNo: lastCompany ? (last?.orderNo ?? null) : null,
    company,
  };
}
