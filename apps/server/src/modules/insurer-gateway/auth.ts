import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/audit/index.js';
import { AppError } from '../../platform/errors.js';
import { claimNonce, findActiveKey } from './keys.js';
import {
  canonicalRequest,
  SIGNATURE_HEADERS,
  signaturesEqual,
  signCanonical,
  TIMESTAMP_WINDOW_MS,
} from './signature.js';

/** The authenticated insurer system behind a signed request. */
export type InsurerCaller = { insurerOrgId: string; keyId: string; actor: Actor };

const rawBodies = new WeakMap<FastifyRequest, Buffer>();
const callers = new WeakMap<FastifyRequest, InsurerCaller>();

export function setRawBody(request: FastifyRequest, body: Buffer): void {
  rawBodies.set(request, body);
}

export function rawBodyOf(request: FastifyRequest): Buffer {
  return rawBodies.get(request) ?? Buffer.alloc(0);
}

const refuse = (message: string) => new AppError('INSURER_SIGNATURE_INVALID', { message });

function header(request: FastifyRequest, name: string): string | null {
  const v = request.headers[name];
  return typeof v === 'string' && v.length > 0 && v.length <= 256 ? v : null;
}

/**
 * Checks the HMAC signature of an insurer system call (EX-8): known active key, timestamp
 * within ±5 minutes, signature over method, path, timestamp, nonce and body hash (compared in
 * constant time), and a nonce never seen before — so a captured request cannot be replayed.
 * The nonce is only stored once the signature is valid, so strangers cannot fill the table.
 */
export async function authenticateInsurer(ctx: AppContext, request: FastifyRequest): Promise<InsurerCaller> {
  const keyId = header(request, SIGNATURE_HEADERS.key);
  const timestamp = header(request, SIGNATURE_HEADERS.timestamp);
  const nonce = header(request, SIGNATURE_HEADERS.nonce);
  const signature = header(request, SIGNATURE_HEADERS.signature);
  if (!keyId || !timestamp || !nonce || !signature)
    throw refuse('缺少接口签名请求头（X-PH-Key、X-PH-Timestamp、X-PH-Nonce、X-PH-Signature）');
  const ts = /^\d{10,16}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!Number.isFinite(ts) || Math.abs(ctx.now().getTime() - ts) > TIMESTAMP_WINDOW_MS)
    throw refuse('请求时间戳无效或已过期（须在服务器时间前后 5 分钟内）');
  const key = await findActiveKey(ctx, keyId);
  if (!key) throw refuse('API 密钥不存在或已停用');
  const expected = signCanonical(
    key.secret,
    canonicalRequest({
      method: request.method,
      path: request.url,
      timestamp,
      nonce,
      body: rawBodyOf(request),
    }),
  );
  if (!signaturesEqual(expected, signature)) throw refuse('接口签名校验失败');
  const claimed = await claimNonce(ctx, keyId, nonce);
  if (claimed === 'replay') throw refuse('重复的请求（nonce 已使用），已拒绝重放');
  if (claimed === 'revoked') throw refuse('API 密钥不存在或已停用');
  const caller: InsurerCaller = {
    insurerOrgId: key.insurerOrgId,
    keyId,
    actor: { userId: null, name: `保险公司接口 ${keyId}`, orgId: key.insurerOrgId, ip: request.ip },
  };
  callers.set(request, caller);
  return caller;
}

/** The caller authenticated by the scope's hook (every insurer-api route has one). */
export function callerOf(request: FastifyRequest): InsurerCaller {
  const caller = callers.get(request);
  if (!caller) throw refuse('接口签名校验失败');
  return caller;
}
