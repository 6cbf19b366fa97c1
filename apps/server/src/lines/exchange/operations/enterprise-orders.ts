import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { exchangeOrders } from '../tables.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { Upload } from '../../../platform/files/index.js';
import { nextBusinessNumber } from '../../../modules/policies/index.js';
import { checkCompany, isCompanyComplete, type CompanyInfo } from '../company.js';
import { findListedProduct } from '../product-content.js';
import { confirmRoster } from '../../../modules/rosters/index.js';
import { orderRosterSubject } from '../roster-template.js';
import { addOrderEvent, getOrder, type OrderRow } from '../repository.js';
import { SCAN_KINDS, SCAN_LABELS, type ScanKind } from '../statuses.js';
import { toOrderView, type OrderView } from '../views.js';

const ENTERPRISE = ['enterprise_operator'] as const;

function assertDraft(order: OrderRow): void {
  if (order.status !== 'draft') throw new AppError('INVALID_STATE', { message: '订单已提交，不能再修改' });
}

/** 选择产品 → a draft 待处理订单 of the operator's enterprise for the product's current version. */
export async function createOrder(
  ctx: AppContext,
  user: AuthUser,
  input: { productId: string },
  ip: string | null,
): Promise<OrderView> {
  assertRole(user, ENTERPRISE);
  if (!user.orgId) throw new AppError('FORBIDDEN');
  const id = await ctx.db.transaction(async (tx) => {
    const listed = await findListedProduct(ctx, input.productId, tx);
    // New orders come from the showcase: the product must be listed AND published.
    if (!listed || !listed.published) throw notFound('产品');
    const product = {
      productId: listed.id,
      productVersionId: listed.version.id,
      insurerOrgId: listed.insurerOrgId,
      name: listed.name,
    };
    const now = ctx.now();
    const orderNo = await nextBusinessNumber(tx, 'EXO', now);
    const [row] = await tx
      .insert(exchangeOrders)
      .values({
        orderNo,
        enterpriseOrgId: user.orgId!,
        productId: product.productId,
        productVersionId: product.productVersionId,
        insurerOrgId: product.insurerOrgId,
        status: 'draft',
        createdBy: user.id,
        createdAt: now,
      })
      .returning({ id: exchangeOrders.id });
    const actor = actorOf(user, ip);
    await addOrderEvent(tx, row!.id, actor, 'create', now, { productName: product.name });
    await recordAudit(tx, actor, {
      action: 'exchange.order_create',
      entityType: 'exchange_order',
      entityId: row!.id,
      detail: { orderNo, productId: product.productId, productVersionId: product.productVersionId },
    });
    return row!.id;
  });
  return toOrderView(await getOrder(ctx.db, scopeOf(user), id));
}

/** The enterprise's own order (another organization's answers 404). */
export async function getEnterpriseOrder(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
): Promise<OrderView> {
  assertRole(user, ENTERPRISE);
  return toOrderView(await getOrder(ctx.db, scopeOf(user), orderId));
}

/** Saves the 企业基本信息 of a draft order (validated; bad input changes nothing). */
export async function saveOrderCompany(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  input: CompanyInfo,
  ip: string | null,
): Promise<OrderView> {
  assertRole(user, ENTERPRISE);
  const company = checkCompany(input);
  await ctx.db.transaction(async (tx) => {
    const order = await getOrder(tx, scopeOf(user), orderId, { forUpdate: true });
    assertDraft(order);
    await tx.update(exchangeOrders).set({ company }).where(eq(exchangeOrders.id, order.id));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'exchange.order_company',
      entityType: 'exchange_order',
      entityId: order.id,
      detail: { name: company.name, licenceNo: company.licenceNo },
    });
  });
  return toOrderView(await getOrder(ctx.db, scopeOf(user), orderId));
}

/** Uploads one of the three scans (营业执照 / 组织机构代码证 / 税务登记证) of a draft order. */
export async function uploadOrderScan(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  kind: ScanKind,
  readFile: () => Promise<Upload>,
  ip: string | null,
): Promise<OrderView> {
  assertRole(user, ENTERPRISE);
  const scope = scopeOf(user);
  // Refused callers upload nothing: scope and state are checked before the body is read.
  assertDraft(await getOrder(ctx.db, scope, orderId));
  const upload = await readFile();
  await ctx.db.transaction(async (tx) => {
    const order = await getOrder(tx, scope, orderId, { forUpdate: true });
    assertDraft(order);
    const file = await ctx.files.saveUpload(tx, {
      data: upload.data,
      originalName: upload.filename,
      purpose: `exchange.scan.${kind}`,
      allowed: ['pdf', 'png', 'jpeg'],
      ownerUserId: user.id,
      ownerOrgId: order.enterpriseOrgId,
    });
    await tx
      .update(exchangeOrders)
      .set({ scans: { ...order.scans, [kind]: file.id } })
      .where(eq(exchangeOrders.id, order.id));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'exchange.order_scan',
      entityType: 'exchange_order',
      entityId: order.id,
      detail: { kind, fileId: file.id, name: upload.filename },
    });
  });
  return toOrderView(await getOrder(ctx.db, scope, orderId));
}

/** 提交: needs the company information, the three scans and a roster → 待预核保. */
export async function submitOrder(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  ip: string | null,
): Promise<OrderView> {
  assertRole(user, ENTERPRISE);
  await ctx.db.transaction(async (tx) => {
    const order = await getOrder(tx, scopeOf(user), orderId, { forUpdate: true });
    assertDraft(order);
    const missing: string[] = [];
    if (!isCompanyComplete(order.company)) missing.push('企业基本信息');
    for (const kind of SCAN_KINDS) if (!order.scans[kind]) missing.push(`${SCAN_LABELS[kind]}扫描件`);
    if (order.rosterCount === 0 || !order.rosterImportId) missing.push('员工名单');
    if (missing.length > 0)
      throw new AppError('INVALID_STATE', {
        message: `请先完成：${missing.join('、')}`,
        details: { missing },
      });
    const now = ctx.now();
    // The roster no longer changes once the order is submitted (the order stays locked first).
    await confirmRoster(tx, orderRosterSubject(order.id), { userId: user.id, at: now });
    await tx
      .update(exchangeOrders)
      .set({ status: 'submitted', submittedAt: now })
      .where(eq(exchangeOrders.id, order.id));
    const actor = actorOf(user, ip);
    await addOrderEvent(tx, order.id, actor, 'submit', now, { rosterCount: order.rosterCount });
    await recordAudit(tx, actor, {
      action: 'exchange.order_submit',
      entityType: 'exchange_order',
      entityId: order.id,
      detail: { orderNo: order.orderNo, rosterCount: order.rosterCount },
    });
  });
  return toOrderView(await getOrder(ctx.db, scopeOf(user), orderId));
}
