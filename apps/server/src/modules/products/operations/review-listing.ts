import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import type { Tx } from '../../../platform/db/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { organizations } from '../../../platform/identity/tables.js';
import { products, productVersions } from '../tables.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { contentOf, findProductRow, findProductRows, findVersionRow, toProductView } from '../repository.js';
import type { ListingView, ProductView } from '../schemas.js';
import { approveStep, ensureSubmitted, rejectStep, returnStep } from '../../approvals/index.js';
import { versionApproval, versionSubmitter } from '../listing-approval.js';

/** Pending listings (挂牌交易审核) and changes (挂牌变更审核), oldest first. */
export async function listPendingListings(ctx: AppContext): Promise<ListingView[]> {
  const rows = await ctx.db
    .select({
      versionId: productVersions.id,
      productId: products.id,
      productCode: products.code,
      productName: products.name,
      insurerName: organizations.name,
      version: productVersions.version,
      status: productVersions.status,
      content: productVersions.content,
      clausesFileId: productVersions.clausesFileId,
      currentVersionId: products.currentVersionId,
      createdAt: productVersions.createdAt,
    })
    .from(productVersions)
    .innerJoin(products, eq(products.id, productVersions.productId))
    .leftJoin(organizations, eq(organizations.id, products.insurerOrgId))
    .where(eq(productVersions.status, 'pending'))
    .orderBy(productVersions.createdAt);
  return rows.map((r) => ({
    versionId: r.versionId,
    productId: r.productId,
    productCode: r.productCode,
    productName: r.productName,
    insurerName: r.insurerName ?? '',
    version: r.version,
    kind: r.currentVersionId ? ('change' as const) : ('listing' as const),
    status: r.status as ListingView['status'],
    content: r.content,
    clausesUrl: r.clausesFileId ? `/api/admin/product-listings/${r.versionId}/clauses` : null,
    submittedAt: r.createdAt.toISOString(),
  }));
}

/** How many versions wait for 挂牌交易审核 (first listing) and for 挂牌变更审核 (a listed product's change). */
export async function countPendingListings(ctx: AppContext): Promise<{ listing: number; change: number }> {
  const rows = await ctx.db
    .select({ isListing: isNull(products.currentVersionId), n: count() })
    .from(productVersions)
    .innerJoin(products, eq(products.id, productVersions.productId))
    .where(eq(productVersions.status, 'pending'))
    .groupBy(isNull(products.currentVersionId));
  return {
    listing: rows.find((r) => r.isListing)?.n ?? 0,
    change: rows.find((r) => !r.isListing)?.n ?? 0,
  };
}

async function lockPendingVersion(tx: Tx, versionId: string) {
  const version = await findVersionRow(tx, versionId);
  if (!version) throw notFound('挂牌申请');
  await tx.select({ id: products.id }).from(products).where(eq(products.id, version.productId)).for('update');
  const [locked] = await tx
    .select({ status: productVersions.status })
    .from(productVersions)
    .where(eq(productVersions.id, versionId))
    .for('update');
  if (locked?.status !== 'pending')
    throw new AppError('INVALID_STATE', { message: '该申请已审核，请刷新后查看' });
  const product = await findProductRow(tx, version.productId);
  return { version, product: product! };
}

/** The version's approval request, opened now (idempotently) if it was submitted before approvals. */
async function pendingApproval(
  ctx: AppContext,
  tx: Tx,
  product: Parameters<typeof versionApproval>[0],
  versionId: string,
  ip: string | null,
) {
  const target = versionApproval(product, versionId);
  await ensureSubmitted(ctx, tx, { ...target, submittedBy: await versionSubmitter(tx, versionId), ip });
  return target;
}

/**
 * Approves a pending version. The first approval lists the product; a later one (a change)
 * supersedes the current version for NEW orders — orders and applications keep the version id
 * they were made with, so their terms never change under them.
 */
export async function approveListing(
  ctx: AppContext,
  user: AuthUser,
  versionId: string,
  ip: string | null,
): Promise<ProductView> {
  return ctx.db.transaction(async (tx) => {
    const { version, product } = await lockPendingVersion(tx, versionId);
    // What goes into force is checked for its line (common part + line part) once more.
    contentOf(ctx.lines, product.line, version);
    // One level (the exchange): its approval approves the request and so the version.
    const approval = await pendingApproval(ctx, tx, product, versionId, ip);
    await approveStep(ctx, tx, { request: { subject: approval.subject }, by: user, ip });
    const now = ctx.now();
    await tx
      .update(productVersions)
      .set({ status: 'superseded' })
      .where(
        and(
          eq(productVersions.productId, product.id),
          eq(productVersions.status, 'approved'),
          ne(productVersions.id, versionId),
        ),
      );
    await tx
      .update(productVersions)
      .set({ status: 'approved', reviewedBy: user.id, approvedAt: now, reviewReason: null })
      .where(eq(productVersions.id, versionId));
    const kind = product.currentVersionId ? 'change' : 'listing';
    await tx
      .update(products)
      .set({ currentVersionId: versionId, status: product.status === 'delisted' ? 'delisted' : 'listed' })
      .where(eq(products.id, product.id));
    await recordAudit(tx, actorOf(user, ip), {
      action: kind === 'listing' ? 'product.listing_approve' : 'product.change_approve',
      entityType: 'product',
      entityId: product.id,
      detail: { versionId, version: version.version, previousVersionId: product.currentVersionId },
    });
    return toProductView((await findProductRow(tx, product.id))!);
  });
}

/** Rejects a pending listing or change with a reason; a rejected change leaves the listed version in force. */
export async function rejectListing(
  ctx: AppContext,
  user: AuthUser,
  versionId: string,
  reason: string,
  ip: string | null,
): Promise<ProductView> {
  return ctx.db.transaction(async (tx) => {
    const { version, product } = await lockPendingVersion(tx, versionId);
    // A first listing is returned (the insurer may resubmit it); a change is rejected for good.
    const approval = await pendingApproval(ctx, tx, product, versionId, ip);
    const decision = { request: { subject: approval.subject }, by: user, ip, reason };
    if (product.currentVersionId) await rejectStep(ctx, tx, decision);
    else await returnStep(ctx, tx, decision);
    await tx
      .update(productVersions)
      .set({ status: 'rejected', reviewedBy: user.id, reviewReason: reason })
      .where(eq(productVersions.id, versionId));
    if (!product.currentVersionId)
      await tx.update(products).set({ status: 'rejected' }).where(eq(products.id, product.id));
    await recordAudit(tx, actorOf(user, ip), {
      action: product.currentVersionId ? 'product.change_reject' : 'product.listing_reject',
      entityType: 'product',
      entityId: product.id,
      detail: { versionId, version: version.version, reason },
    });
    return toProductView((await findProductRow(tx, product.id))!);
  });
}

/** 产品发布管理: publishes a listed product on the showcase, or takes it off. */
export async function setProductPublished(
  ctx: AppContext,
  user: AuthUser,
  productId: string,
  published: boolean,
  ip: string | null,
): Promise<ProductView> {
  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: products.id }).from(products).where(eq(products.id, productId)).for('update');
    const product = await findProductRow(tx, productId);
    if (!product) throw notFound('产品');
    if (published && product.status !== 'listed')
      throw new AppError('INVALID_STATE', { message: '产品尚未挂牌（或已摘牌），不能发布' });
    if (product.published === published)
      throw new AppError('INVALID_STATE', { message: published ? '产品已发布' : '产品未发布' });
    await tx.update(products).set({ published }).where(eq(products.id, productId));
    await recordAudit(tx, actorOf(user, ip), {
      action: published ? 'product.publish' : 'product.unpublish',
      entityType: 'product',
      entityId: productId,
    });
    return toProductView((await findProductRow(tx, productId))!);
  });
}

/** All products (admin 产品发布管理 list). */
export async function listAllProducts(ctx: AppContext): Promise<ProductView[]> {
  return (await findProductRows(ctx.db)).map(toProductView);
}
