import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { disclosures, products } from '../tables.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { Upload } from '../../../platform/files/index.js';
import { findDisclosures } from '../repository.js';
import type { DisclosureView } from '../schemas.js';

/** 信息披露管理: every disclosure document, newest first (optionally of one product). */
export async function listDisclosures(ctx: AppContext, productId?: string): Promise<DisclosureView[]> {
  return findDisclosures(ctx.db, productId);
}

/** Publishes a dated disclosure PDF for a product (public at once on the product page). */
export async function createDisclosure(
  ctx: AppContext,
  user: AuthUser,
  upload: Upload,
  ip: string | null,
): Promise<DisclosureView> {
  const productId = upload.fields.productId ?? '';
  const title = (upload.fields.title ?? '').trim();
  const dateText = (upload.fields.publishedAt ?? '').trim();
  if (!title || title.length > 200)
    throw new AppError('VALIDATION_FAILED', { message: '请填写披露标题（200 字以内）' });
  if (!/^[0-9a-f-]{36}$/i.test(productId)) throw notFound('产品');
  const publishedAt = dateText ? new Date(dateText) : ctx.now();
  if (Number.isNaN(publishedAt.getTime()))
    throw new AppError('VALIDATION_FAILED', { message: '披露日期格式不正确（YYYY-MM-DD）' });
  return ctx.db.transaction(async (tx) => {
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(eq(products.id, productId))
      .limit(1);
    if (!product) throw notFound('产品');
    const file = await ctx.files.saveUpload(tx, {
      data: upload.data,
      originalName: upload.filename,
      purpose: 'disclosure',
      allowed: ['pdf'],
      ownerUserId: user.id,
      ownerOrgId: null,
    });
    const [row] = await tx
      .insert(disclosures)
      .values({ productId, title, fileId: file.id, publishedAt })
      .returning({ id: disclosures.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'disclosure.create',
      entityType: 'disclosure',
      entityId: row!.id,
      detail: { productId, title },
    });
    return (await findDisclosures(tx, productId)).find((d) => d.id === row!.id)!;
  });
}

/** Withdraws a disclosure (the file stays in the store; the public link stops working). */
export async function deleteDisclosure(
  ctx: AppContext,
  user: AuthUser,
  disclosureId: string,
  ip: string | null,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(disclosures)
      .where(eq(disclosures.id, disclosureId))
      .returning({ id: disclosures.id, title: disclosures.title, productId: disclosures.productId });
    if (!row) throw notFound('披露文件');
    await recordAudit(tx, actorOf(user, ip), {
      action: 'disclosure.delete',
      entityType: 'disclosure',
      entityId: row.id,
      detail: { productId: row.productId, title: row.title },
    });
  });
}
