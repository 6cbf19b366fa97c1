import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, isAppError } from '../errors.js';

const FIELD_LABELS: Record<string, string> = {};

/** Lets modules give request fields Chinese names for validation messages. */
export function registerFieldLabels(labels: Record<string, string>): void {
  Object.assign(FIELD_LABELS, labels);
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
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply
        .status(fe.statusCode)
        .send({ code: 'VALIDATION_FAILED', message: `请求有误：${fe.message}` });
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
