import type { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { disclosures, products, productVersions } from '../tables.js';
import { organizations } from '../../../platform/identity/tables.js';
import { notFound } from '../../../platform/errors.js';
import {
  contentOf,
  findDisclosures,
  findProductRow,
  findProductRows,
  findVersionRow,
  productColumns,
  type VersionRow,
} from '../repository.js';
import type { PublicProduct, PublicProductDetail } from '../schemas.js';
import type { ProductContent } from '../content.js';
import { ratePremium, type Line, type RatingTable } from '@policyhub/domain';

export type ListedProduct = {
  id: string;
  code: string;
  name: string;
  line: Line;
  insurerOrgId: string;
  insurerName: string;
  published: boolean;
  version: { id: string; version: number; content: ProductContent; clausesFileId: string | null };
};

function toListed(
  ctx: Pick<AppContext, 'lines'>,
  p: NonNullable<Awaited<ReturnType<typeof findProductRow>>>,
  v: VersionRow,
): ListedProduct {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    line: p.line,
    insurerOrgId: p.insurerOrgId,
    insurerName: p.insurerName ?? '',
    published: p.published,
    version: {
      id: v.id,
      version: v.version,
      content: contentOf(ctx.lines, p.line, v),
      clausesFileId: v.clausesFileId,
    },
  };
}

/**
 * A listed product with its current (approved) version, or null — what new orders and
 * applications are made against. Publication is not required (an unpublished product may still
 * be ordered by an enterprise that already chose it); callers that show the showcase check it.
 */
export async function findListedProduct(
  ctx: Pick<AppContext, 'db' | 'lines'>,
  productId: string,
  executor: Executor = ctx.db,
): Promise<ListedProduct | null> {
  // One round trip: this sits on the hot path of every quote.
  const [row] = await executor
    .select({
      ...productColumns,
      v: {
        id: productVersions.id,
        productId: productVersions.productId,
        version: productVersions.version,
        status: productVersions.status,
        content: productVersions.content,
        clausesFileId: productVersions.clausesFileId,
        reviewReason: productVersions.reviewReason,
        createdAt: productVersions.createdAt,
        approvedAt: productVersions.approvedAt,
      },
    })
    .from(products)
    .innerJoin(productVersions, eq(productVersions.id, products.currentVersionId))
    .leftJoin(organizations, eq(organizations.id, products.insurerOrgId))
    .where(and(eq(products.id, productId), eq(products.status, 'listed')))
    .limit(1);
  if (!row) return null;
  const { v, ...product } = row;
  return toListed(ctx, product, v);
}

/** One product version (any status) with its product, or null: orders keep the version they were made with. */
export async function getProductVersion(
  ctx: Pick<AppContext, 'db' | 'lines'>,
  versionId: string,
  executor: Executor = ctx.db,
): Promise<(ListedProduct & { versionStatus: string }) | null> {
  const version = await findVersionRow(executor, versionId);
  if (!version) return null;
  const product = await findProductRow(executor, version.productId);
  if (!product) return null;
  return { ...toListed(ctx, product, version), versionStatus: version.status };
}

/** The lowest premium the table asks (one person, one year / one copy / the shortest trip). */
function lowestPremium(table: RatingTable): number {
  const rated = (() => {
    switch (table.kind) {
      case 'age-gender-annual':
        return table.bands.map((b) =>
          ratePremium(table, { kind: table.kind, age: b.minAge, gender: b.gender }),
        );
      case 'per-copy':
        return [ratePremium(table, { kind: table.kind, copies: 1 })];
      case 'person-day':
        return table.bands.map((b) => ratePremium(table, { kind: table.kind, days: b.minDays, people: 1 }));
    }
  })();
  return Math.min(...rated.flatMap((r) => (r.ok ? [r.value.premiumFen] : [])));
}

/**
 * The showcase's response shape (EX-1, the exchange's today) prints an age × gender rate table
 * and the tax-health line part's annual deduction cap; a product of a line without them is not
 * on the showcase (null; no such line is registered yet).
 */
function showcaseFacts(content: ProductContent) {
  const cap = content.deductionCapFen;
  if (typeof cap !== 'number' || content.rateTable.kind !== 'age-gender-annual') return null;
  return { deductionCapFen: cap, rateTable: { bands: content.rateTable.bands } };
}

type ShowcaseFacts = NonNullable<ReturnType<typeof showcaseFacts>>;

/** A listed, published product the showcase can show, with its showcase facts. */
async function publicProduct(
  ctx: AppContext,
  productId: string,
): Promise<{ p: ListedProduct; facts: ShowcaseFacts }> {
  const listed = await findListedProduct(ctx, productId);
  const facts = listed?.published ? showcaseFacts(listed.version.content) : null;
  if (!listed || !facts) throw notFound('产品');
  return { p: listed, facts };
}

function summaryOf(p: ListedProduct, facts: ShowcaseFacts): PublicProduct {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    insurerName: p.insurerName,
    summary: p.version.content.summary,
    sumInsuredFen: p.version.content.sumInsuredFen,
    deductionCapFen: facts.deductionCapFen,
    fromPremiumFen: lowestPremium(p.version.content.rateTable),
  };
}

/** The public showcase: listed AND published products. */
export async function listPublicProducts(ctx: AppContext): Promise<PublicProduct[]> {
  const rows = await findProductRows(
    ctx.db,
    and(eq(products.status, 'listed'), eq(products.published, true)),
  );
  const result: PublicProduct[] = [];
  for (const row of rows) {
    const listed = await findListedProduct(ctx, row.id);
    const facts = listed && showcaseFacts(listed.version.content);
    if (listed && facts) result.push(summaryOf(listed, facts));
  }
  return result;
}

/** The public detail page: brochure, clauses link, disclosures, how to apply. */
export async function getPublicProduct(ctx: AppContext, productId: string): Promise<PublicProductDetail> {
  const { p, facts } = await publicProduct(ctx, productId);
  const c = p.version.content;
  return {
    ...summaryOf(p, facts),
    versionId: p.version.id,
    brochure: c.brochure,
    clausesUrl: p.version.clausesFileId ? `/api/public/products/${p.id}/clauses` : null,
    rateTable: facts.rateTable,
    questionnaire: c.questionnaire,
    disclosures: await findDisclosures(ctx.db, p.id),
    howToApply: {
      insurerSite: c.insurerSite,
      hotline: c.hotline,
      throughEmployer:
        '如您的工作单位已在本平台为员工统一办理，请留意单位通知与短信，登录个人中心在“待处理订单”中投保。',
      channels: c.channels,
    },
  };
}

export type PdfFile = { stream: Readable; size: number; name: string };

async function openPdf(ctx: AppContext, fileId: string, name: string): Promise<PdfFile> {
  const meta = await ctx.files.getMeta(ctx.db, fileId);
  if (!meta) throw notFound('文件');
  return { stream: await ctx.files.openStream(fileId), size: meta.size, name };
}

/** The clauses PDF of a published product's current version. */
export async function openPublicClauses(ctx: AppContext, productId: string): Promise<PdfFile> {
  const { p } = await publicProduct(ctx, productId);
  if (!p.version.clausesFileId) throw notFound('产品条款');
  return openPdf(ctx, p.version.clausesFileId, `${p.name}-条款.pdf`);
}

/** The clauses PDF of any version (for the admin's review). */
export async function openVersionClauses(ctx: AppContext, versionId: string): Promise<PdfFile> {
  const v = await getProductVersion(ctx, versionId);
  if (!v?.version.clausesFileId) throw notFound('产品条款');
  return openPdf(ctx, v.version.clausesFileId, `${v.name}-v${v.version.version}-条款.pdf`);
}

/** A disclosure PDF; only disclosures of published products are public. */
export async function openDisclosure(ctx: AppContext, disclosureId: string): Promise<PdfFile> {
  const [row] = await ctx.db
    .select({ productId: disclosures.productId, fileId: disclosures.fileId, title: disclosures.title })
    .from(disclosures)
    .where(eq(disclosures.id, disclosureId))
    .limit(1);
  if (!row) throw notFound('披露文件');
  await publicProduct(ctx, row.productId);
  return openPdf(ctx, row.fileId, `${row.title}.pdf`);
}
