import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { XLSX_MIME } from '../../platform/excel/index.js';
import { readUpload, sendPrivateFile } from '../../platform/files/index.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult, ZId, ZTaskRef } from '../../platform/http/schemas.js';
import { downloadImportResult } from './operations/download-result.js';
import { downloadImportTemplate } from './operations/download-template.js';
import { executeImport } from './operations/execute-import.js';
import { getImport, listImports } from './operations/get-import.js';
import { listImportTemplates } from './operations/list-templates.js';
import { validateImport } from './operations/validate-import.js';
import {
  ZImport,
  ZImportCreateQuery,
  ZImportListQuery,
  ZImportSummary,
  ZTemplateInfo,
  ZTemplateName,
} from './schemas.js';

const ZWorkbook = z.unknown().describe('Excel 工作簿（.xlsx，Content-Disposition: attachment）');

export async function registerImportRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['imports'];
  // Each template names its roles; the operations answer 403 for the others.
  const user = { access: 'user' } as const;

  app.get(
    '/api/imports/templates',
    {
      config: user,
      schema: {
        tags,
        summary: '可用的导入模板',
        response: { 200: z.object({ items: z.array(ZTemplateInfo) }) },
      },
    },
    async (request) => listImportTemplates(requireUser(request)),
  );

  app.get(
    '/api/imports/templates/:name/download',
    {
      config: user,
      schema: {
        tags,
        summary: '下载导入模板（含示例行与填写说明）',
        params: ZTemplateName,
        response: { 200: ZWorkbook },
      },
    },
    async (request, reply) => {
      const file = await downloadImportTemplate(requireUser(request), request.params.name);
      return sendPrivateFile(reply, { mime: XLSX_MIME, filename: file.filename, body: file.data });
    },
  );

  app.post(
    '/api/imports',
    {
      config: user,
      schema: {
        tags,
        summary: '上传并业务校验（只记录校验结果，不写业务数据）',
        description:
          'multipart/form-data，字段 file 为 .xlsx 文件；查询参数 template 为模板名，其余为模板参数（如 orgId）。',
        querystring: ZImportCreateQuery,
        response: { 200: ZImport },
      },
    },
    async (request) => {
      const { template, ...context } = request.query;
      return validateImport(
        ctx,
        requireUser(request),
        { template, context, readFile: () => readUpload(request, { maxBytes: ctx.config.uploadMaxBytes }) },
        request.ip,
      );
    },
  );

  app.get(
    '/api/imports',
    {
      config: user,
      schema: {
        tags,
        summary: '我的导入记录',
        querystring: ZImportListQuery,
        response: { 200: pageResult(ZImportSummary) },
      },
    },
    async (request) => listImports(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/imports/:id',
    {
      config: user,
      schema: { tags, summary: '导入记录与校验问题', params: ZId, response: { 200: ZImport } },
    },
    async (request) => getImport(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/imports/:id/execute',
    {
      config: user,
      schema: {
        tags,
        summary: '业务办理（后台任务；须校验通过且无错误行）',
        params: ZId,
        response: { 200: ZTaskRef },
      },
    },
    async (request) => executeImport(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.get(
    '/api/imports/:id/result',
    {
      config: user,
      schema: {
        tags,
        summary: '下载办理结果（失败行及失败原因）',
        params: ZId,
        response: { 200: ZWorkbook },
      },
    },
    async (request, reply) => {
      const file = await downloadImportResult(ctx, requireUser(request), request.params.id);
      return sendPrivateFile(reply, { mime: XLSX_MIME, filename: file.filename, body: file.data });
    },
  );
}
