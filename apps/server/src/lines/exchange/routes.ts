import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { actorFrom, requireUser } from '../../platform/http/guard.js';
import { AppError } from '../../platform/errors.js';
import { readUpload, sendPrivateFile } from '../../platform/files/index.js';
import { XLSX_MIME } from '../../platform/excel/index.js';
import { pageResult, ZId } from '../../platform/http/schemas.js';
import { assertRole } from '../../platform/access.js';
import { registerEnterprise } from './operations/register-enterprise.js';
import { decideRegistration, listRegistrations } from './operations/review-registration.js';
import {
  createOrder,
  saveOrderCompany,
  submitOrder,
  uploadOrderScan,
} from './operations/enterprise-orders.js';
import {
  getInsurerOrderDetail,
  getOrderDetail,
  listExchangeOrders,
  recordInsurerPreUnderwriting,
  listInsurerOrders,
  downloadOrderRoster,
  sendOrderToInsurer,
  type InsurerNotifier,
} from './operations/admin-orders.js';
import { getOrderDefaults } from './operations/order-defaults.js';
import { recordPreUnderwriting } from './operations/record-pre-underwriting.js';
import { listOrderEmployees, remindEmployees } from './operations/employees.js';
import {
  ZCompany,
  ZCreateOrderBody,
  ZEmployee,
  ZEmployeeSummary,
  ZEmployeesQuery,
  ZOrder,
  ZOrderDefaults,
  ZOrderDetail,
  ZOrderListQuery,
  ZOrderSummary,
  ZRegistration,
  ZRegistrationBody,
  ZRegistrationCreated,
  ZRegistrationQuery,
  ZRejectBody,
  ZRemindResult,
  ZResultBody,
  ZResultAnswer,
  ZScanParams,
  ZSendBody,
} from './schemas.js';

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

const ENTERPRISE = { access: ['enterprise_operator'] } as const;
const ADMIN = { access: ['exchange_admin'] } as const;

export async function registerExchangeRoutes(
  app: ZApp,
  ctx: AppContext,
  notifyInsurer: InsurerNotifier | null,
): Promise<void> {
  const tags = ['exchange'];

  app.post(
    '/api/public/enterprise-registrations',
    {
      // Not cookie-authenticated: the captcha is the anti-forgery token (as for login).
      config: { access: 'public', csrfExempt: true, rateLimit: rateLimit(ctx.config.loginRateLimit, '注册') },
      schema: {
        tags,
        summary: '企业注册（待交易所审核）',
        description:
          '图形验证码取自 GET /api/auth/captcha。统一社会信用代码与（组织机构代码 + 营业执照注册号 + 税务登记证号）二选一。',
        body: ZRegistrationBody,
        response: { 200: ZRegistrationCreated },
      },
    },
    async (request) => registerEnterprise(ctx, request.body, request.ip),
  );

  app.get(
    '/api/admin/registrations',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '注册登记审核列表',
        querystring: ZRegistrationQuery,
        response: { 200: pageResult(ZRegistration) },
      },
    },
    async (request) => listRegistrations(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/admin/registrations/:id/approve',
    {
      config: ADMIN,
      schema: { tags, summary: '审核通过（邮件通知申请人）', params: ZId, response: { 200: ZRegistration } },
    },
    async (request) =>
      decideRegistration(ctx, requireUser(request), request.params.id, { approve: true }, request.ip),
  );

  app.post(
    '/api/admin/registrations/:id/reject',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '驳回（原因邮件通知申请人）',
        params: ZId,
        body: ZRejectBody,
        response: { 200: ZRegistration },
      },
    },
    async (request) =>
      decideRegistration(
        ctx,
        requireUser(request),
        request.params.id,
        { approve: false, reason: request.body.reason },
        request.ip,
      ),
  );

  // ── enterprise center ──
  app.get(
    '/api/enterprise/orders',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary: '本企业的待处理订单',
        querystring: ZOrderListQuery,
        response: { 200: pageResult(ZOrderSummary) },
      },
    },
    async (request) => listExchangeOrders(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/enterprise/orders',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary: '选择产品，生成待处理订单',
        body: ZCreateOrderBody,
        response: { 200: ZOrder },
      },
    },
    async (request) => createOrder(ctx, requireUser(request), request.body, request.ip),
  );

  app.get(
    '/api/enterprise/order-defaults',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary: '新订单的企业基本信息预填值（上次订单 + 注册信息；仅本企业）',
        response: { 200: ZOrderDefaults },
      },
    },
    async (request) => getOrderDefaults(ctx, requireUser(request)),
  );

  app.get(
    '/api/enterprise/orders/:id',
    {
      config: ENTERPRISE,
      schema: { tags, summary: '订单详情（名单脱敏）', params: ZId, response: { 200: ZOrderDetail } },
    },
    async (request) => getOrderDetail(ctx, requireUser(request), request.params.id),
  );

  app.put(
    '/api/enterprise/orders/:id',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary: '保存企业基本信息（草稿）',
        params: ZId,
        body: ZCompany,
        response: { 200: ZOrder },
      },
    },
    async (request) =>
      saveOrderCompany(ctx, requireUser(request), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/enterprise/orders/:id/scans/:kind',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary:
          '上传扫描件（licence 营业执照 / orgCode 组织机构代码证 / taxCert 税务登记证；PDF、PNG、JPEG）',
        description: 'multipart/form-data，字段 file。',
        params: ZScanParams,
        response: { 200: ZOrder },
      },
    },
    async (request) =>
      uploadOrderScan(
        ctx,
        requireUser(request),
        request.params.id,
        request.params.kind,
        () => readUpload(request, { maxBytes: ctx.config.uploadMaxBytes }),
        request.ip,
      ),
  );

  app.post(
    '/api/enterprise/orders/:id/submit',
    {
      config: ENTERPRISE,
      schema: { tags, summary: '提交（待预核保）', params: ZId, response: { 200: ZOrder } },
    },
    async (request) => submitOrder(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.get(
    '/api/enterprise/orders/:id/employees',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary: '员工投保情况（已投保 / 未投保）',
        params: ZId,
        querystring: ZEmployeesQuery,
        response: { 200: pageResult(ZEmployee).extend({ summary: ZEmployeeSummary }) },
      },
    },
    async (request) => listOrderEmployees(ctx, requireUser(request), request.params.id, request.query),
  );

  app.post(
    '/api/enterprise/orders/:id/remind',
    {
      config: ENTERPRISE,
      schema: {
        tags,
        summary: '短信提醒未投保的员工（每订单每小时一次）',
        params: ZId,
        response: { 200: ZRemindResult },
      },
    },
    async (request) => remindEmployees(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.get(
    '/api/admin/orders/:id/roster',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '下载投保人员清单（完整证件号，访问记入审计）',
        params: ZId,
        response: { 200: z.unknown().describe('人员清单 Excel（二进制，Content-Disposition: attachment）') },
      },
    },
    async (request, reply) => {
      const file = await downloadOrderRoster(ctx, requireUser(request), request.params.id, request.ip);
      return sendPrivateFile(reply, { mime: XLSX_MIME, filename: file.filename, body: file.data });
    },
  );

  // ── insurer console: 投保案件 (cases sent to this insurer) ──
  app.get(
    '/api/insurer/orders',
    {
      config: { access: ['insurer_staff'] },
      schema: {
        tags,
        summary: '投保案件（已发送本保险公司的企业投保）',
        querystring: ZOrderListQuery,
        response: { 200: pageResult(ZOrderSummary) },
      },
    },
    async (request) => listInsurerOrders(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/insurer/orders/:id',
    {
      config: { access: ['insurer_staff'] },
      schema: {
        tags,
        summary: '投保案件详情（企业信息、名单脱敏、处理记录）；他公司的案件 404',
        params: ZId,
        response: { 200: ZOrderDetail },
      },
    },
    async (request) => getInsurerOrderDetail(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/insurer/orders/:id/pre-underwriting',
    {
      config: { access: ['insurer_staff'] },
      schema: {
        tags,
        summary: '保险公司经办录入预核保结果（与接口回传相同的校验与审计；他公司的案件 404）',
        params: ZId,
        body: ZResultBody,
        response: {
          200: ZResultAnswer,
        },
      },
    },
    async (request) =>
      recordInsurerPreUnderwriting(ctx, requireUser(request), request.params.id, request.body, request.ip),
  );

  // ── exchange admin: 投保处理 ──
  app.get(
    '/api/admin/orders',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '投保处理列表',
        querystring: ZOrderListQuery,
        response: { 200: pageResult(ZOrderSummary) },
      },
    },
    async (request) => listExchangeOrders(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/admin/orders/:id',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '投保处理详情（企业信息、扫描件、名单脱敏、处理记录）',
        params: ZId,
        response: { 200: ZOrderDetail },
      },
    },
    async (request) => getOrderDetail(ctx, requireUser(request), request.params.id),
  );

  app.get(
    '/api/admin/orders/:id/employees',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '员工投保情况',
        params: ZId,
        querystring: ZEmployeesQuery,
        response: { 200: pageResult(ZEmployee).extend({ summary: ZEmployeeSummary }) },
      },
    },
    async (request) => listOrderEmployees(ctx, requireUser(request), request.params.id, request.query),
  );

  app.post(
    '/api/admin/orders/:id/send',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '发送保险公司（邮件附资料，或接口）',
        params: ZId,
        body: ZSendBody,
        response: { 200: ZOrder },
      },
    },
    async (request) =>
      sendOrderToInsurer(
        ctx,
        requireUser(request),
        request.params.id,
        request.body.via,
        request.ip,
        notifyInsurer,
      ),
  );

  app.post(
    '/api/admin/orders/:id/result',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: '录入预核保结果（通过：投保期、团体邀请码；未通过：原因）',
        params: ZId,
        body: ZResultBody,
        response: {
          200: ZResultAnswer,
        },
      },
    },
    async (request) => {
      assertRole(requireUser(request), ['exchange_admin']);
      return recordPreUnderwriting(ctx, ctx.db, actorFrom(request), request.params.id, request.body);
    },
  );
}
