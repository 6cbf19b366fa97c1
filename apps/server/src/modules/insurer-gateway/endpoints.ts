import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { authenticateInsurer, callerOf, setRawBody, type InsurerCaller } from './auth.js';
import { idempotent, type StoredResponse } from './idempotency.js';

/**
 * What a line needs to add endpoints to the insurer system API (THE REAL INTERFACE insurers
 * integrate with: HMAC-signed calls under INSURER_API_PREFIX, plus the signed webhooks of
 * webhooks.ts). A line writes only its routes; the common parts are here, once.
 */
export const INSURER_API_PREFIX = '/api/insurer-api/v1';

/**
 * Route config of a signed endpoint: the session guard lets it through (no cookie, no CSRF), the
 * scope's hook checks the HMAC signature, and OpenAPI declares the insurer HMAC security scheme
 * and its 401 (platform/http/openapi.ts reads `signature`).
 */
export const SIGNED = { access: 'public', csrfExempt: true, signature: 'insurer-hmac' } as const;

/** Keeps the exact bytes of JSON bodies in the scope (a signature covers them) before parsing. */
export function keepRawJsonBody(scope: FastifyInstance): void {
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const buffer = body as Buffer;
    setRawBody(request, buffer);
    if (buffer.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(buffer.toString('utf8')));
    } catch {
      done(new AppError('VALIDATION_FAILED', { message: '请求体不是有效的 JSON' }), undefined);
    }
  });
}

/**
 * Registers a line's insurer endpoints in a scope of their own that keeps raw bodies and
 * authenticates every call by its signature after the guard and before body validation (an
 * unsigned call answers 401 whatever its body). Give each route `config: SIGNED` and read the
 * caller with `callerOf(request)`; writes go through `replyIdempotent`.
 */
export async function registerInsurerEndpoints(
  app: ZApp,
  ctx: AppContext,
  register: (api: ZApp) => Promise<void> | void,
): Promise<void> {
  await app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    keepRawJsonBody(api);
    api.addHook('preValidation', async (request) => {
      await authenticateInsurer(ctx, request);
    });
    await register(api);
  });
}

/**
 * Runs a write at most once per Idempotency-Key (idempotency.ts) in its own transaction and
 * replies with the stored status and body (the same answer for a repeated call).
 */
export async function replyIdempotent(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  run: (tx: Tx, caller: InsurerCaller) => Promise<StoredResponse>,
): Promise<FastifyReply> {
  const caller = callerOf(request);
  const res = await idempotent(ctx, request, caller, (tx) => run(tx, caller));
  return reply.code(res.statusCode).send(res.body);
}
