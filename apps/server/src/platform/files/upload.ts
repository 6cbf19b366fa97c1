import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { assertStorableText } from '../http/text.js';
import { checkUploadSize, formatMegabytes } from './detect.js';

export type Upload = { data: Buffer; filename: string; fields: Record<string, string> };

const NO_FILE = () => new AppError('VALIDATION_FAILED', { message: '请选择要上传的文件' });

// RFC 2046 §5.1.1: a boundary is 1 to 70 characters, quoted or a token.
const BOUNDARY = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;",]{1,70}))\s*(?:;|$)/i;

/**
 * A multipart request must name its boundary: without one the parser throws while the handler
 * reads the parts, which answered 500. Checked for every route once, after the access check.
 */
export function installMultipartCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const type = request.headers['content-type'];
    if (typeof type !== 'string' || !/^\s*multipart\//i.test(type)) return;
    if (!BOUNDARY.test(type)) {
      throw new AppError('VALIDATION_FAILED', {
        message:
          '上传内容格式不正确：multipart/form-data 请求缺少有效的分隔边界（boundary），请通过页面或标准客户端重新上传',
      });
    }
  });
}

/**
 * Reads a multipart request: its one file (if any) into memory, enforcing `maxBytes` while it
 * streams (a huge upload is cut off, not buffered), and its text fields, before or after the
 * file. Content checks (type, magic bytes) belong to `files.saveUpload`.
 */
export async function readParts(
  request: FastifyRequest,
  options: { maxBytes: number },
): Promise<{ file: { data: Buffer; filename: string } | null; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw NO_FILE();
  const fields: Record<string, string> = {};
  let file: { data: Buffer; filename: string } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: options.maxBytes, files: 1 } })) {
      // Field names, values and the file name are stored (file rows, JSON data fields): the same
      // text check as JSON bodies (platform/http/text.ts).
      assertStorableText(part.fieldname);
      if (part.type === 'file') {
        assertStorableText({ filename: part.filename });
        const data = await part.toBuffer();
        if (!file && part.filename) file = { data, filename: part.filename };
      } else if (typeof part.value === 'string') {
        assertStorableText({ [part.fieldname]: part.value });
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        message: `文件大小超过上限（${formatMegabytes(options.maxBytes)}），请压缩或拆分后再上传`,
        details: { maxBytes: options.maxBytes },
      });
    }
    if (code === 'FST_FILES_LIMIT') {
      throw new AppError('VALIDATION_FAILED', { message: '一次只能上传一个文件' });
    }
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw NO_FILE();
    throw error;
  }
  return { file, fields };
}

/** `readParts` for a route whose file is required. */
export async function readUpload(request: FastifyRequest, options: { maxBytes: number }): Promise<Upload> {
  const { file, fields } = await readParts(request, options);
  if (!file) throw NO_FILE();
  checkUploadSize(file.data.length, options.maxBytes);
  return { ...file, fields };
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the real (Chinese) name in
 * RFC 5987 form, which every current browser uses.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a private download (a user's file, a workbook with personal data): attachment with its
 * name, never stored by caches. `size` sets content-length for streams.
 */
export function sendPrivateFile(
  reply: FastifyReply,
  file: { mime: string; filename: string; body: Buffer | Readable; size?: number },
): FastifyReply {
  if (file.size !== undefined) reply.header('content-length', file.size);
  return reply
    .header('content-type', file.mime)
    .header('content-disposition', contentDisposition(file.filename))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}
