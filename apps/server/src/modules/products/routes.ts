import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { contentDisposition, readParts, readUpload } from '../../platform/files/index.js';
import { requireUser } from '../../platform/http/guard.js';
import { ZId, ZOk } from '../../platform/http/schemas.js';
import { createDisclosure, deleteDisclosure, listDisclosures } from './operations/manage-disclosures.js';
import {
  getPublicProduct,
  listPublicProducts,
  openDisclosure,
  openPublicClauses,
  openVersionClauses,
  type PdfFile,
} from './operations/public-products.js';
import {
  approveListing,
  listAllProducts,
  listPendingListings,
  rejectListing,
  setProductPublished,
} from './operations/review-listing.js';
import { listInsurerProducts, submitProduct, submitProductVersion } from './operations/submit-product.js';
import {
  ZDisclosureView,
  ZListingView,
  ZProductView,
  ZPublicProduct,
  ZPublicProductDetail,
  ZReason,
  ZVersionId,
  ZVersionView,
} from './schemas.js';

const ZPdf = z.unknown().describe('PDF 文件（二进制）');
const UPLOAD_MAX = 20 * 1024 * 1024;

function sendPdf(reply: FastifyReply, file: PdfFile, inline: boolean) {
  const disposition = contentDisposition(file.name);
  return reply
    .header('content-type', 'application/pdf')
    .header('content-length', file.size)
    .header('content-disposition', inline ? disposition.replace(/^attachment/, 'inline') : disposition)
    .header('cache-control', 'public, max-age=300')
    .send(file.stream);
}

/** Product showcase (EX-1), listing and publication (EX-2), disclosures. */
export async function registerProductRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const publicTags = ['exchange-public'];
  const adminTags = ['exchange-admin'];
  const insurerTags = ['exchange-insurer'];
  const admin = { access: ['exchange_admin'] } as const;
  const insurer = { access: ['insurer_staff'] } as const;

  app.get(
    '/api/public/products',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '产品展示：已挂牌且已发布的税优健康险产品',
        response: { 200: z.object({ items: z.array(ZPublicProduct) }) },
      },
    },
    async () => ({ items: await listPublicProducts(ctx) }),
  );

  app.get(
    '/api/public/products/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '产品详情：产品介绍、条款、信息披露、投保方式',
        params: ZId,
        response: { 200: ZPublicProductDetail },
      },
    },
    async (request) => getPublicProduct(ctx, request.params.id),
  );

  app.get(
    '/api/public/products/:id/clauses',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '产品条款 PDF（页面内查看，可下载）',
        params: ZId,
        response: { 200: ZPdf },
      },
    },
    async (request, reply) => sendPdf(reply, await openPublicClauses(ctx, request.params.id), true),
  );

  app.get(
    '/api/public/disclosures/:id',
    {
      config: { access: 'public' },
      schema: { tags: publicTags, summary: '信息披露文件 PDF', params: ZId, response: { 200: ZPdf } },
    },
    async (request, reply) => sendPdf(reply, await openDisclosure(ctx, request.params.id), true),
  );

  // ── insurer console ──
  app.get(
    '/api/insurer/products',
    {
      config: insurer,
      schema: {
        tags: insurerTags,
        summary: '本公司的产品及各版本',
        response: {
          200: z.object({ items: z.array(ZProductView.extend({ versions: z.array(ZVersionView) })) }),
        },
      },
    },
    async (request) => ({ items: await listInsurerProducts(ctx, requireUser(request)) }),
  );

  app.post(
    '/api/insurer/products',
    {
      config: insurer,
      schema: {
        tags: insurerTags,
        summary: '提交产品挂牌申请（multipart：data = { code, name, content } 的 JSON，file = 条款 PDF）',
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ product: ZProductView, version: ZVersionView }) },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, { maxBytes: UPLOAD_MAX });
      return reply.code(201).send(await submitProduct(ctx, requireUser(request), upload, request.ip));
    },
  );

  app.post(
    '/api/insurer/products/:id/versions',
    {
      config: insurer,
      schema: {
        tags: insurerTags,
        summary: '提交挂牌变更（multipart：data = content 的 JSON，file = 新条款 PDF，可省略）',
        consumes: ['multipart/form-data'],
        params: ZId,
        response: { 201: ZVersionView },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      // The clauses PDF may be left out (an empty file part counts as left out).
      const parts = request.isMultipart() ? await readParts(request, { maxBytes: UPLOAD_MAX }) : null;
      const fields = parts?.fields ?? {};
      const file = parts?.file && parts.file.data.length > 0 ? parts.file : null;
      return reply
        .code(201)
        .send(await submitProductVersion(ctx, user, request.params.id, { fields, file }, request.ip));
    },
  );

  // ── exchange admin ──
  app.get(
    '/api/admin/product-listings',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '挂牌交易审核 / 挂牌变更审核：待审核的产品版本',
        response: { 200: z.object({ items: z.array(ZListingView) }) },
      },
    },
    async () => ({ items: await listPendingListings(ctx) }),
  );

  app.get(
    '/api/admin/product-listings/:versionId/clauses',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '待审核版本的条款 PDF',
        params: ZVersionId,
        response: { 200: ZPdf },
      },
    },
    async (request, reply) => sendPdf(reply, await openVersionClauses(ctx, request.params.versionId), true),
  );

  app.post(
    '/api/admin/product-listings/:versionId/approve',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '审核通过（首次挂牌或挂牌变更；变更只影响此后的新订单）',
        params: ZVersionId,
        response: { 200: ZProductView },
      },
    },
    async (request) => approveListing(ctx, requireUser(request), request.params.versionId, request.ip),
  );

  app.post(
    '/api/admin/product-listings/:versionId/reject',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '审核不通过（填写原因）',
        params: ZVersionId,
        body: ZReason,
        response: { 200: ZProductView },
      },
    },
    async (request) =>
      rejectListing(ctx, requireUser(request), request.params.versionId, request.body.reason, request.ip),
  );

  app.get(
    '/api/admin/products',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '产品发布管理：全部产品',
        response: { 200: z.object({ items: z.array(ZProductView) }) },
      },
    },
    async () => ({ items: await listAllProducts(ctx) }),
  );

  for (const action of ['publish', 'unpublish'] as const) {
    app.post(
      `/api/admin/products/:id/${action}`,
      {
        config: admin,
        schema: {
          tags: adminTags,
          summary: action === 'publish' ? '发布产品（在产品展示中可见）' : '下架产品（取消发布）',
          params: ZId,
          response: { 200: ZProductView },
        },
      },
      async (request) =>
        setProductPublished(ctx, requireUser(request), request.params.id, action === 'publish', request.ip),
    );
  }

  app.get(
    '/api/admin/disclosures',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '信息披露管理：披露文件列表',
        querystring: z.object({ productId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ZDisclosureView) }) },
      },
    },
    async (request) => ({ items: await listDisclosures(ctx, request.query.productId) }),
  );

  app.post(
    '/api/admin/disclosures',
    {
      config: admin,
      schema: {
        tags: adminTags,
        summary: '发布信息披露文件（multipart：productId、title、publishedAt、file = PDF）',
        consumes: ['multipart/form-data'],
        response: { 201: ZDisclosureView },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, { maxBytes: UPLOAD_MAX });
      return reply.code(201).send(await createDisclosure(ctx, requireUser(request), upload, request.ip));
    },
  );

  app.delete(
    '/api/admin/disclosures/:id',
    {
      config: admin,
      schema: { tags: adminTags, summary: '撤回信息披露文件', params: ZId, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteDisclosure(ctx, requireUser(request), request.params.id, request.ip);
      return { ok: true as const };
    },
  );
}
