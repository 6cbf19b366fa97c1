import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, isAppError } from '../errors.js';

const FIELD_LABELS: Record<string, string> = {};

/** Lets modules give request fields Chinese names for validation messages. */
export function registerFieldLabels(labels: Record<string, string>): void {
  Object.assign(FIELD_LABELS, labels);
}

/** Chinese names of the request fields the routes share, by their last path segment. */
const COMMON_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  passwordConfirm: '确认密码',
  captchaId: '图形验证码编号',
  captchaAnswer: '图形验证码',
  code: '代码',
  displayName: '姓名',
  holderName: '持卡人姓名',
  bankName: '开户银行',
  cardNumber: '银行卡号',
  jobCategory: '职业类别',
  address: '地址',
  mobile: '手机号',
  email: '电子邮箱',
  name: '名称',
  keyword: '搜索关键词',
  company: '企业名称',
  companyName: '企业名称',
  actor: '操作人',
  action: '操作',
  entityType: '对象类型',
  entityId: '对象编号',
  recipient: '收件人',
  idNumber: '证件号码',
  idType: '证件类型',
  policyNo: '保单号',
  reason: '原因',
  remarks: '备注',
  description: '说明',
  contactName: '联系人',
  contactMobile: '联系人手机号',
  contactPhone: '联系电话',
  industry: '行业',
  creditCode: '统一社会信用代码',
  orgCode: '组织机构代码',
  licenceNo: '营业执照注册号',
  taxNo: '税务登记证号',
  taxCode: '税优识别码',
  webhookUrl: '回调地址',
  title: '标题',
  template: '模板',
  token: '查询凭证',
  insurerRef: '保险公司业务号',
  invitationCode: '邀请码',
  filename: '文件名',
  data: '数据',
  id: '编号',
};

/** The Chinese name of a request field (`a.b.2.c`): registered, common, or the path itself. */
export function fieldLabel(field: string): string {
  const last = field.split('.').findLast((p) => !/^\d+$/.test(p)) ?? field;
  return FIELD_LABELS[field] ?? COMMON_LABELS[last] ?? (field ? `字段 ${field}` : '请求内容');
}

// Node socket errors of a database connection, and pg's SQLSTATEs for "the server is not there".
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '53300', // too_many_connections
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|Cannot use a pool after calling end|Client was closed|PGlite is clos(?:ed|ing)|the database system is (?:starting up|shutting down)/i;
// ENOSPC: the file system; 53100 disk_full: PostgreSQL; EDQUOT: a quota.
const STORAGE_CODES = new Set(['ENOSPC', 'EDQUOT', '53100']);

/**
 * Whether an error is the database being unreachable or the storage being full, looking through
 * the causes drizzle and our own code wrap around driver errors. Anything else is a real 500.
 */
export function outageOf(error: unknown): 'database' | 'storage' | null {
  let e: unknown = error;
  for (let depth = 0; depth < 6 && e instanceof Error; depth++, e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (STORAGE_CODES.has(code)) return 'storage';
      // Class 08: connection exception.
      if (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return 'database';
    }
    if (CONNECTION_MESSAGES.test(e.message)) return 'database';
  }
  return null;
}

/** Errors the multipart parser (busboy) raises on a body it cannot read: cut off, malformed. */
function isMalformedMultipart(error: unknown): boolean {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== undefined) return false;
  return /multipart|boundary|needle|malformed part header/i.test(error.message);
}

/** One error body for the whole API: `{ code, message }` with a Chinese message (and details). */
export function installErrorHandler(app: FastifyInstance, options: { spaIndexHtml?: Buffer } = {}): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (isAppError(error)) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return reply
        .status(error.status)
        .send({ code: error.code, message: error.message, details: error.details });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => {
        const field =
          (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.') ||
          String((v.params as any)?.issue?.path?.join('.') ?? '');
        const label = FIELD_LABELS[field] ?? field;
        return { field, message: `${label ? label + '：' : ''}${v.message ?? '格式不正确'}` };
      });
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: `请求参数有误：${issues.map((i) => i.message).join('；')}`,
        details: issues,
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response does not match its schema');
      return reply.status(500).send({ code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message });
    }
    const fe = error as FastifyError;
    if (fe.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: ERROR_CODES.RATE_LIMITED.message });
    }
    if (
      fe.code === 'FST_REQ_FILE_TOO_LARGE' ||
      fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
      fe.statusCode === 413
    ) {
      return reply
        .status(413)
        .send({ code: 'PAYLOAD_TOO_LARGE', message: ERROR_CODES.PAYLOAD_TOO_LARGE.message });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return reply.status(415).send({ code: 'FILE_TYPE_NOT_ALLOWED', message: '请求内容类型不受支持' });
    }
    if (isMalformedMultipart(error)) {
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: '上传内容格式不正确或不完整（multipart/form-data 无法解析），请重新上传',
      });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply
        .status(fe.statusCode)
        .send({ code: 'VALIDATION_FAILED', message: `请求有误：${fe.message}` });
    }
    const outage = outageOf(error);
    if (outage) {
      const code = outage === 'storage' ? 'STORAGE_FULL' : 'SERVICE_UNAVAILABLE';
      request.log.error({ err: error }, outage === 'storage' ? 'storage full' : 'database unavailable');
      if (outage === 'database') reply.header('retry-after', '30');
      return reply.status(ERROR_CODES[code].status).send({ code, message: ERROR_CODES[code].message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message });
  });

  app.setNotFoundHandler((request, reply) => {
    // The web app is a single-page app: unknown non-API GETs get its index.html.
    if (options.spaIndexHtml && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').send(options.spaIndexHtml);
    }
    return reply.status(404).send({
      code: 'ROUTE_NOT_FOUND',
      message: `接口不存在：${request.method} ${request.url.split('?')[0]}`,
    });
  });
}
