import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { checkUploadSize, formatMegabytes } from './detect.js';

export type Upload = { data: Buffer; filename: string; fields: Record<string, string> };

const NO_FILE = () => new AppError('VALIDATION_FAILED', { message: '请选择要上传的文件' });

/**
 * Reads the one file of a multipart request into memory, enforcing `maxBytes` while it streams
 * (a huge upload is cut off, not buffered). Other text fields, before or after the file, are
 * returned too. Content checks (type, magic bytes) belong to `files.saveUpload`.
 */
export async function readUpload(request: FastifyRequest, options: { maxBytes: number }): Promise<Upload> {
  if (!request.isMultipart()) throw NO_FILE();
  const fields: Record<string, string> = {};
  let upload: { data: Buffer; filename: string } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: options.maxBytes, files: 1 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (!upload && part.filename) upload = { data, filename: part.filename };
      } else if (typeof part.value === 'string') {
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
  if (!upload) throw NO_FILE();
  checkUploadSize(upload.data.length, options.maxBytes);
  return { ...upload, fields };
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
