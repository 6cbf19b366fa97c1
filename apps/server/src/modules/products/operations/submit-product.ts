import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { products, productVersions } from '../tables.js';
import { submitForApproval } from '../../approvals/index.js';
import { versionApproval } from '../listing-approval.js';
import { AppError } from '../../../platform/errors.js';
import type { Upload } from '../../../platform/files/index.js';
import {
  findProductRows,
  findVersionRows,
  getOwnProduct,
  toProductView,
  toVersionView,
} from '../repository.js';
import { ZProductSubmission, type ProductView, type VersionView } from '../schemas.js';
import { lineDefinitionOf, parseProductContent } from '../content.js';

const CLAUSES_MAX_BYTES = 20 * 1024 * 1024;
const ZAnyJson = z.unknown();

/** Parses the JSON `data` field of a multipart submission with a Chinese message per problem. */
function parseData<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  raw: string | undefined,
): T {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    throw new AppError('VALIDATION_FAILED', { message: '请在 data 字段中提交产品内容（JSON）' });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION_FAILED', { message: details[0]?.message ?? '产品内容有误', details });
  }
  return parsed.data;
}

function insurerOf(user: AuthUser): string {
  if (!user.orgId) throw new AppError('FORBIDDEN');
  return user.orgId;
}

/** An insurer submits a new product for listing (挂牌交易申请): product + version 1 + clauses PDF. */
export async function submitProduct(
  ctx: AppContext,
  user: AuthUser,
  upload: Upload,
  ip: string | null,
): Promise<{ product: ProductView; version: VersionView }> {
  const insurerOrgId = insurerOf(user);
  const input = parseData(ZProductSubmission, upload.fields.data);
  // Common part + the line's part, before anything is stored (a line without a definition is refused).
  const content = parseProductContent(lineDefinitionOf(ctx.lines, input.line), input.content, 'content');
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: products.id })
      .from(products)
      .where(eq(products.code, input.code))
      .limit(1);
    if (existing) throw new AppError('CONFLICT', { message: `产品代码 ${input.code} 已存在` });
    const file = await ctx.files.saveUpload(tx, {
      data: upload.data,
      originalName: upload.filename,
      purpose: 'product_clauses',
      allowed: ['pdf'],
      ownerUserId: user.id,
      ownerOrgId: insurerOrgId,
      maxBytes: CLAUSES_MAX_BYTES,
    });
    const [product] = await tx
      .insert(products)
      .values({
        code: input.code,
        name: input.name,
        line: input.line,
        insurerOrgId,
        status: 'pending_listing',
      })
      .returning({ id: products.id });
    const [version] = await tx
      .insert(productVersions)
      .values({
        productId: product!.id,
        version: 1,
        status: 'pending',
        content,
        clausesFileId: file.id,
        submittedBy: user.id,
      })
      .returning({ id: productVersions.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'product.submit',
      entityType: 'product',
      entityId: product!.id,
      detail: { code: input.code, versionId: version!.id },
    });
    const [row] = await findProductRows(tx, and(eq(products.id, product!.id)));
    await submitForApproval(ctx, tx, { ...versionApproval(row!, version!.id), by: user, ip });
    const [v] = await findVersionRows(tx, [product!.id]);
    return { product: toProductView(row!), version: toVersionView(v!) };
  });
}

/**
 * An insurer submits a change to its product (挂牌变更申请), or resubmits after a rejected
 * listing. The clauses PDF is optional: without one the current version's clauses are kept.
 */
export async function submitProductVersion(
  ctx: AppContext,
  user: AuthUser,
  productId: string,
  input: { fields: Record<string, string>; file: { data: Buffer; filename: string } | null },
  ip: string | null,
): Promise<VersionView> {
  const insurerOrgId = insurerOf(user);
  const raw = parseData(ZAnyJson, input.fields.data);
  return ctx.db.transaction(async (tx) => {
    const product = await getOwnProduct(tx, insurerOrgId, productId);
    // A change is validated for the product's line like a first submission.
    const content = parseProductContent(lineDefinitionOf(ctx.lines, product.line), raw);
    // Serialise concurrent submissions for the same product.
    await tx.select({ id: products.id }).from(products).where(eq(products.id, productId)).for('update');
    const versions = await findVersionRows(tx, [productId]);
    if (versions.some((v) => v.status === 'pending'))
      throw new AppError('INVALID_STATE', { message: '该产品已有待审核的版本，请等待审核完成后再提交变更' });
    let clausesFileId = versions.find((v) => v.id === product.currentVersionId)?.clausesFileId ?? null;
    if (input.file) {
      const file = await ctx.files.saveUpload(tx, {
        data: input.file.data,
        originalName: input.file.filename,
        purpose: 'product_clauses',
        allowed: ['pdf'],
        ownerUserId: user.id,
        ownerOrgId: insurerOrgId,
        maxBytes: CLAUSES_MAX_BYTES,
      });
      clausesFileId = file.id;
    }
    if (!clausesFileId) throw new AppError('VALIDATION_FAILED', { message: '请上传产品条款（PDF）' });
    const next = (versions[0]?.version ?? 0) + 1;
    const [version] = await tx
      .insert(productVersions)
      .values({ productId, version: next, status: 'pending', content, clausesFileId, submittedBy: user.id })
      .returning({ id: productVersions.id });
    if (product.status === 'rejected')
      await tx.update(products).set({ status: 'pending_listing' }).where(eq(products.id, productId));
    await submitForApproval(ctx, tx, { ...versionApproval(product, version!.id), by: user, ip });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'product.version_submit',
      entityType: 'product',
      entityId: productId,
      detail: { versionId: version!.id, version: next },
    });
    const [v] = await findVersionRows(tx, [productId]);
    return toVersionView(v!);
  });
}

/** The insurer's own products with all their versions (insurer console). */
export async function listInsurerProducts(
  ctx: AppContext,
  user: AuthUser,
): Promise<(ProductView & { versions: VersionView[] })[]> {
  const insurerOrgId = insurerOf(user);
  const rows = await findProductRows(ctx.db, and(eq(products.insurerOrgId, insurerOrgId)));
  const versions = await findVersionRows(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...toProductView(r),
    versions: versions.filter((v) => v.productId === r.id).map(toVersionView),
  }));
}
