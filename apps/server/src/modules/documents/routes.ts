import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import { detectFileKind, readUpload, sendPrivateFile } from '../../platform/files/index.js';
import { actorFrom, requireUser } from '../../platform/http/guard.js';
import { pageResult, ZOk, ZTaskRef } from '../../platform/http/schemas.js';
import { issueCaptcha } from '../accounts/index.js';
import { getInsurerDocumentSettings, updateInsurerDocumentSettings } from './branding.js';
import { emailDocument } from './operations/email-document.js';
import { getDocumentStatus } from './operations/get-document-status.js';
import { listMyDocuments } from './operations/list-my-documents.js';
import { deleteArchivedDocument, listArchive, setLegalHold } from './operations/manage-archive.js';
import { listKeys, revokeKey, rotateSigningKey } from './operations/manage-keys.js';
import {
  openDocumentDownload,
  openQueriedDocument,
  type DocumentDownload,
} from './operations/open-document.js';
import { queryPolicy } from './operations/query-policy.js';
import { enqueueArchiveVerify } from './operations/verify-archive.js';
import { verifyDocument } from './operations/verify-document.js';
import {
  ZArchiveItem,
  ZArchiveQuery,
  ZDocumentIdParams,
  ZDocumentStatus,
  ZEmailBody,
  ZInsurerDocumentSettings,
  ZInsurerDocumentSettingsBody,
  ZInsurerIdParams,
  ZKey,
  ZKeyIdParams,
  ZLegalHoldBody,
  ZMyDocuments,
  ZQueryBody,
  ZQueryDownload,
  ZQueryResult,
  ZRevokeBody,
  ZRotateBody,
  ZVerification,
} from './schemas.js';

/** Uploads for verification: a PDF of at most 20 MB (contract). */
export const VERIFY_MAX_BYTES = 20 * 1024 * 1024;

/** Per-IP limit with a Chinese 429 body. */
function rateLimit(max: number, what: string) {
  return {
    max,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
      new AppError('RATE_LIMITED', {
        message: `${what}过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`,
      }),
  };
}

const ZPdf = z.unknown().describe('PDF 文件（Content-Disposition: attachment）');

export async function registerDocumentRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['documents'];
  const send = (reply: import('fastify').FastifyReply, file: DocumentDownload) =>
    sendPrivateFile(reply, {
      mime: 'application/pdf',
      filename: file.filename,
      body: file.stream,
      size: file.size,
    });

  // ── public ──────────────────────────────────────────────────────────────────────────────────
  app.post(
    '/api/public/verify',
    {
      // Public and read-only: not cookie-authenticated, so no CSRF token is needed.
      config: {
        access: 'public',
        csrfExempt: true,
        rateLimit: rateLimit(ctx.config.verifyRateLimit, '验真'),
      },
      schema: {
        tags,
        summary: '电子保单验真：上传 PDF，校验签名、是否被篡改、是否本平台签发及保单当前状态',
        description: 'multipart/form-data，字段 file 为 PDF（≤ 20 MB）。',
        response: { 200: ZVerification },
      },
    },
    async (request) => {
      const upload = await readUpload(request, { maxBytes: VERIFY_MAX_BYTES });
      if (detectFileKind(upload.data) !== 'pdf')
        throw new AppError('FILE_TYPE_NOT_ALLOWED', {
          message: '文件类型不符合要求：请上传 PDF 格式的电子保单',
        });
      return verifyDocument(
        ctx,
        new Uint8Array(upload.data.buffer, upload.data.byteOffset, upload.data.byteLength),
      );
    },
  );

  app.get(
    '/api/public/documents/:id/status',
    {
      config: { access: 'public', rateLimit: rateLimit(Math.max(ctx.config.verifyRateLimit, 60), '查询') },
      schema: {
        tags,
        summary: '二维码落地页：单证与保单当前状态（仅状态，个人信息脱敏）',
        params: ZDocumentIdParams,
        response: { 200: ZDocumentStatus },
      },
    },
    async (request) => getDocumentStatus(ctx, request.params.id),
  );

  app.get(
    '/api/public/query/captcha',
    {
      config: {
        access: 'public',
        rateLimit: rateLimit(Math.max(ctx.config.queryRateLimit * 3, 30), '获取验证码'),
      },
      schema: {
        tags,
        summary: '保单查询图形验证码（测试模式下同时返回答案）',
        response: {
          200: z.object({ captchaId: z.string(), svg: z.string(), answer: z.string().optional() }),
        },
      },
    },
    async () => issueCaptcha(ctx),
  );

  app.post(
    '/api/public/query',
    {
      config: { access: 'public', csrfExempt: true, rateLimit: rateLimit(ctx.config.queryRateLimit, '查询') },
      schema: {
        tags,
        summary: '保单查询：保单号 + 证件类型与号码 + 图形验证码（留痕审计，结果脱敏）',
        body: ZQueryBody,
        response: { 200: ZQueryResult },
      },
    },
    async (request) => queryPolicy(ctx, { ...request.body, ip: request.ip }),
  );

  app.get(
    '/api/public/query/documents/:id',
    {
      config: { access: 'public', rateLimit: rateLimit(60, '下载') },
      schema: {
        tags,
        summary: '下载查询结果中列出的单证（凭查询凭证，15 分钟内有效）',
        params: ZDocumentIdParams,
        querystring: ZQueryDownload,
        response: { 200: ZPdf },
      },
    },
    async (request, reply) =>
      send(reply, await openQueriedDocument(ctx, request.query.token, request.params.id, request.ip)),
  );

  // ── signed in ───────────────────────────────────────────────────────────────────────────────
  app.get(
    '/api/me/documents',
    {
      config: { access: ['individual'] },
      schema: { tags, summary: '我的保单：本人作为投保人的保单单证', response: { 200: ZMyDocuments } },
    },
    async (request) => listMyDocuments(ctx, requireUser(request)),
  );

  app.get(
    '/api/documents/:id/download',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '下载单证（投保人本人、保单所属机构或承保保险公司范围内；留痕审计）',
        params: ZDocumentIdParams,
        response: { 200: ZPdf },
      },
    },
    async (request, reply) =>
      send(reply, await openDocumentDownload(ctx, requireUser(request), request.params.id, request.ip)),
  );

  app.post(
    '/api/documents/:id/email',
    {
      config: { access: 'user', rateLimit: rateLimit(10, '发送邮件') },
      schema: {
        tags,
        summary: '把单证作为邮件附件发送（经消息发件箱）',
        params: ZDocumentIdParams,
        body: ZEmailBody,
        response: { 200: ZOk },
      },
    },
    async (request) =>
      emailDocument(ctx, requireUser(request), request.params.id, request.body.email, request.ip),
  );

  // ── what the insurer's documents show: hotline and logo (admin, or the insurer itself) ──────
  const branding = { access: ['exchange_admin', 'insurer_staff'] as const };
  app.get(
    '/api/insurers/:orgId/document-settings',
    {
      config: branding,
      schema: {
        tags,
        summary: '保险公司单证设置：客服电话与 Logo（平台管理员或该保险公司）',
        params: ZInsurerIdParams,
        response: { 200: ZInsurerDocumentSettings },
      },
    },
    async (request) => getInsurerDocumentSettings(ctx, requireUser(request), request.params.orgId),
  );
  app.put(
    '/api/insurers/:orgId/document-settings',
    {
      config: branding,
      schema: {
        tags,
        summary: '修改保险公司单证设置（客服电话仅数字和短横线；Logo 为 PNG/JPEG，≤ 200 KB）',
        params: ZInsurerIdParams,
        body: ZInsurerDocumentSettingsBody,
        response: { 200: ZInsurerDocumentSettings },
      },
    },
    async (request) =>
      updateInsurerDocumentSettings(
        ctx,
        requireUser(request),
        actorFrom(request),
        request.params.orgId,
        request.body,
      ),
  );

  // ── security administration ─────────────────────────────────────────────────────────────────
  const security = { access: ['security_admin'] as const };

  app.get(
    '/api/admin/keys',
    {
      config: security,
      schema: { tags, summary: '密钥与证书列表', response: { 200: z.object({ items: z.array(ZKey) }) } },
    },
    async () => ({ items: await listKeys(ctx) }),
  );

  app.post(
    '/api/admin/keys/:id/revoke',
    {
      config: security,
      schema: {
        tags,
        summary: '吊销证书（写入 CRL 与验真吊销列表）',
        params: ZKeyIdParams,
        body: ZRevokeBody,
        response: { 200: ZKey },
      },
    },
    async (request) => revokeKey(ctx, actorFrom(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/admin/keys/rotate',
    {
      config: security,
      schema: {
        tags,
        summary: '轮换保险公司签章密钥（旧密钥停用但仍可验证）',
        body: ZRotateBody,
        response: { 200: ZKey },
      },
    },
    async (request) =>
      rotateSigningKey(ctx, actorFrom(request), {
        insurerOrgId: request.body.insurerOrgId,
        ...(request.body.algorithm ? { algorithm: request.body.algorithm } : {}),
      }),
  );

  app.get(
    '/api/admin/archive',
    {
      config: { access: ['security_admin', 'exchange_admin'] },
      schema: {
        tags,
        summary: '电子档案列表',
        querystring: ZArchiveQuery,
        response: { 200: pageResult(ZArchiveItem) },
      },
    },
    async (request) => listArchive(ctx, request.query),
  );

  app.post(
    '/api/admin/archive/:id/legal-hold',
    {
      config: security,
      schema: {
        tags,
        summary: '设置或解除诉讼保全（保全期间不得删除）',
        params: ZDocumentIdParams,
        body: ZLegalHoldBody,
        response: { 200: ZArchiveItem },
      },
    },
    async (request) => setLegalHold(ctx, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/api/admin/archive/:id',
    {
      config: security,
      schema: {
        tags,
        summary: '删除已过保存期限的单证（未到期限或保全中拒绝）',
        params: ZDocumentIdParams,
        response: { 200: ZOk },
      },
    },
    async (request) => deleteArchivedDocument(ctx, actorFrom(request), request.params.id),
  );

  app.post(
    '/api/admin/archive/verify',
    {
      config: security,
      schema: {
        tags,
        summary:
          '档案完整性校验（后台任务）：重算每个文件的哈希并重新校验每个签名；进度与结果见 GET /api/tasks/{taskId}',
        response: { 200: ZTaskRef },
      },
    },
    async (request) => ({
      taskId: await enqueueArchiveVerify(ctx, ctx.db, actorOf(requireUser(request), request.ip)),
    }),
  );
}
