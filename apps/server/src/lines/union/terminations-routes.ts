import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { sendPrivateFile } from '../../platform/files/index.js';
import { XLSX_MIME } from '../../platform/excel/index.js';
import { requireUser } from '../../platform/http/guard.js';
import { z } from 'zod';
import { AGENCY_ROLES, BASE_ROLES, HQ_ROLES, UNION_ROLES } from './units.js';
import {
  createTerminations,
  decideTerminations,
  exportTerminationForms,
  listTerminablePolicies,
  listTerminations,
  submitTerminations,
} from './operations/terminate-policies.js';
import { expiringPolicies, expiringWorkbook } from './operations/expiring-policies.js';
import {
  ZCreateTerminations,
  ZDecideTerminations,
  ZExpiringPage,
  ZExpiringQuery,
  ZTerminablePolicyQuery,
  ZTerminationForms,
  ZTerminationIds,
  ZTerminationList,
  ZTerminationPage,
  ZTerminationQuery,
  ZUnionPolicyRow,
} from './terminations-schemas.js';

/** Early termination (MA-7): 保单提前终止 requests, the request form PDF, approval up the chain, the signed e-endorsement; 即将到期保单 export. */
export async function registerTerminationsRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['union'];
  const union = { access: UNION_ROLES };
  const base = { access: BASE_ROLES };
  const above = { access: [...AGENCY_ROLES, ...HQ_ROLES] };

  app.get(
    '/api/union/terminable-policies',
    {
      config: union,
      schema: {
        tags,
        summary: '创建保单终止申请 →【搜索】：本单位（范围内）保单状态为打印生效的互助保障保单',
        querystring: ZTerminablePolicyQuery,
        response: {
          200: z.object({
            items: z.array(ZUnionPolicyRow),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => listTerminablePolicies(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/terminations',
    {
      config: base,
      schema: {
        tags,
        summary:
          '【终止保单】：为勾选的打印生效保单创建保单提前终止申请（新建；终止日期、终止原因；每张保单仅一条未完成申请）',
        body: ZCreateTerminations,
        response: { 200: ZTerminationList },
      },
    },
    async (request) => ({
      items: await createTerminations(ctx, requireUser(request), request.ip, request.body),
    }),
  );

  app.get(
    '/api/union/terminations',
    {
      config: union,
      schema: {
        tags,
        summary: '保单提前终止申请列表（按状态与保单条件；数据范围内）',
        querystring: ZTerminationQuery,
        response: { 200: ZTerminationPage },
      },
    },
    async (request) => listTerminations(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/terminations/export',
    {
      config: union,
      schema: {
        tags,
        summary: '【批量导出打印】：勾选申请的保单提前终止申请表（每条一份签章 PDF，返回下载链接）',
        body: ZTerminationIds,
        response: { 200: ZTerminationForms },
      },
    },
    async (request) => ({
      items: await exportTerminationForms(ctx, requireUser(request), request.ip, request.body.ids),
    }),
  );

  app.post(
    '/api/union/terminations/submit',
    {
      config: base,
      schema: {
        tags,
        summary: '【提交保单申请】：勾选的新建或打回申请上报代办处（审批链 基层工会 → 代办处 → 总会）',
        body: ZTerminationIds,
        response: { 200: ZTerminationList },
      },
    },
    async (request) => ({
      items: await submitTerminations(ctx, requireUser(request), request.ip, request.body.ids),
    }),
  );

  app.post(
    '/api/union/terminations/decide',
    {
      config: above,
      schema: {
        tags,
        summary:
          '代办处审核 / 总会审批：通过（总会通过后保单于终止日期二十四时终止并签发电子批单）或打回（须填原因）',
        body: ZDecideTerminations,
        response: { 200: ZTerminationList },
      },
    },
    async (request) => ({
      items: await decideTerminations(ctx, requireUser(request), request.ip, request.body),
    }),
  );

  app.get(
    '/api/union/expiring-policies',
    {
      config: union,
      schema: {
        tags,
        summary: '即将到期保单：所选月份内保险止期到期的互助保障保单（数据范围内）',
        querystring: ZExpiringQuery,
        response: { 200: ZExpiringPage },
      },
    },
    async (request) => expiringPolicies(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/union/expiring-policies/export',
    {
      config: union,
      schema: {
        tags,
        summary: '即将到期保单【批量导出打印】（Excel；身份证号脱敏）',
        querystring: ZExpiringQuery.omit({ page: true, pageSize: true }),
        response: { 200: z.unknown().describe('.xlsx') },
      },
    },
    async (request, reply) => {
      const file = await expiringWorkbook(ctx, requireUser(request), request.query);
      return sendPrivateFile(reply, { mime: XLSX_MIME, filename: file.filename, body: file.data });
    },
  );
}
