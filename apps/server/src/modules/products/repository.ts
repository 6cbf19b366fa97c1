import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { disclosures, products, productVersions } from './tables.js';
import { organizations } from '../../platform/identity/tables.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { LineRegistry } from '../../platform/lines.js';
import { LINE_LABELS, type Line } from '@policyhub/domain';
import type { DisclosureView, ProductView, VersionView } from './schemas.js';
import { validateProductContent, type ProductContent } from './content.js';

export const productColumns = {
  id: products.id,
  code: products.code,
  name: products.name,
  line: products.line,
  insurerOrgId: products.insurerOrgId,
  insurerName: organizations.name,
  status: products.status,
  published: products.published,
  currentVersionId: products.currentVersionId,
  createdAt: products.createdAt,
};

type ProductRow = {
  id: string;
  code: string;
  name: string;
  line: Line;
  insurerOrgId: string;
  insurerName: string | null;
  status: string;
  published: boolean;
  currentVersionId: string | null;
  createdAt: Date;
};

export function toProductView(row: ProductRow): ProductView {
  return {
    ...row,
    insurerName: row.insurerName ?? '',
    status: row.status as ProductView['status'],
    createdAt: row.createdAt.toISOString(),
  };
}

/** One product with its insurer's name, or null. */
export async function findProductRow(executor: Executor, productId: string): Promise<ProductRow | null> {
  const [row] = await executor
    .select(productColumns)
    .from(products)
    .leftJoin(organizations, eq(organizations.id, products.insurerOrgId))
    .where(eq(products.id, productId))
    .limit(1);
  return row ?? null;
}

export async function findProductRows(
  executor: Executor,
  where?: ReturnType<typeof and>,
): Promise<ProductRow[]> {
  return executor
    .select(productColumns)
    .from(products)
    .leftJoin(organizations, eq(organizations.id, products.insurerOrgId))
    .where(where)
    .orderBy(asc(products.code));
}

const versionColumns = {
  id: productVersions.id,
  productId: productVersions.productId,
  version: productVersions.version,
  status: productVersions.status,
  content: productVersions.content,
  clausesFileId: productVersions.clausesFileId,
  reviewReason: productVersions.reviewReason,
  createdAt: productVersions.createdAt,
  approvedAt: productVersions.approvedAt,
};

export type VersionRow = {
  id: string;
  productId: string;
  version: number;
  status: string;
  content: Record<string, unknown>;
  clausesFileId: string | null;
  reviewReason: string | null;
  createdAt: Date;
  approvedAt: Date | null;
};

export async function findVersionRow(executor: Executor, versionId: string): Promise<VersionRow | null> {
  const [row] = await executor
    .select(versionColumns)
    .from(productVersions)
    .where(eq(productVersions.id, versionId))
    .limit(1);
  return row ?? null;
}

export async function findVersionRows(executor: Executor, productIds: string[]): Promise<VersionRow[]> {
  if (productIds.length === 0) return [];
  return executor
    .select(versionColumns)
    .from(productVersions)
    .where(inArray(productVersions.productId, productIds))
    .orderBy(asc(productVersions.productId), desc(productVersions.version));
}

export function toVersionView(row: VersionRow): VersionView {
  return {
    id: row.id,
    productId: row.productId,
    version: row.version,
    status: row.status as VersionView['status'],
    content: row.content,
    hasClauses: row.clausesFileId !== null,
    reviewReason: row.reviewReason,
    createdAt: row.createdAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
  };
}

/**
 * The stored content, parsed for the product's line (defaults filled in for content written by
 * older versions). Stored content that its line's schema now refuses is an INVALID_STATE.
 */
export function contentOf(
  lines: LineRegistry,
  line: Line,
  row: Pick<VersionRow, 'id' | 'content'>,
): ProductContent {
  // A version's content never changes after it is written, so its parse can be kept.
  const cached = parsedContent.get(row.id);
  if (cached) return cached;
  const definition = lines.find(line);
  if (!definition)
    throw new AppError('INVALID_STATE', { message: `产品所属险种“${LINE_LABELS[line]}”未开通` });
  const parsed = validateProductContent(definition, row.content);
  if (!parsed.ok)
    throw new AppError('INVALID_STATE', {
      message: `产品版本内容不符合险种要求：${parsed.issues[0]?.message ?? '内容有误'}`,
    });
  if (parsedContent.size > 1000) parsedContent.clear();
  parsedContent.set(row.id, parsed.content);
  return parsed.content;
}
const parsedContent = new Map<string, ProductContent>();

export async function findDisclosures(executor: Executor, productId?: string): Promise<DisclosureView[]> {
  const rows = await executor
    .select({
      id: disclosures.id,
      productId: disclosures.productId,
      title: disclosures.title,
      publishedAt: disclosures.publishedAt,
    })
    .from(disclosures)
    .where(productId ? eq(disclosures.productId, productId) : undefined)
    .orderBy(desc(disclosures.publishedAt));
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt.toISOString(),
    url: `/api/public/disclosures/${r.id}`,
  }));
}

/**
 * The newest disclosure document of a product whose title names an agreement (for instance
 * 自动扣款授权协议): the text a consent checkbox links to; null when the product has none.
 */
export async function findAgreementDocument(
  executor: Executor,
  productId: string,
  agreement: string,
): Promise<DisclosureView | null> {
  return (await findDisclosures(executor, productId)).find((d) => d.title.includes(agreement)) ?? null;
}

/** Product names by id (ids without a product are left out). */
/** The products of a line (id, code, name), by code — e.g. the union's plans for a 保障计划 column. */
export async function findProductsOfLine(
  executor: Executor,
  line: Line,
): Promise<{ id: string; code: string; name: string }[]> {
  return executor
    .select({ id: products.id, code: products.code, name: products.name })
    .from(products)
    .where(eq(products.line, line))
    .orderBy(asc(products.code));
}

export async function findProductNames(
  executor: Executor,
  productIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(inArray(products.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Ids of a line's listed products (the union's plan choice in 投保管理), by code. */
export async function findListedProductIds(executor: Executor, line: Line): Promise<string[]> {
  const rows = await executor
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.line, line), eq(products.status, 'listed')))
    .orderBy(asc(products.code));
  return rows.map((r) => r.id);
}

/** The product of an insurer staff member's own insurer; another insurer's product answers 404. */
export async function getOwnProduct(
  executor: Executor,
  insurerOrgId: string | null,
  productId: string,
): Promise<ProductRow> {
  const row = await findProductRow(executor, productId);
  if (!row || row.insurerOrgId !== insurerOrgId) throw notFound('产品');
  return row;
}
