import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { idempotencyRecords } from './tables.js';
import { AppError } from '../../platform/errors.js';
import { rawBodyOf, type InsurerCaller } from './auth.js';
import { SIGNATURE_HEADERS, sha256Hex } from './signature.js';

export type StoredResponse = { statusCode: number; body: unknown };

/**
 * What `idempotency_records.response` holds: the response encrypted with the field encryption
 * (it carries applicants' ID numbers and mobiles in full, PL-7). Rows written before this were
 * plain JSON and are still replayed as they are.
 */
type SealedResponse = { sealed: string };

const isSealed = (value: unknown): value is SealedResponse =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 1 &&
  typeof (value as { sealed?: unknown }).sealed === 'string';

function seal(ctx: AppContext, body: unknown): SealedResponse {
  return { sealed: ctx.crypto.encrypt(JSON.stringify(body ?? null)) };
}

function unseal(ctx: AppContext, stored: unknown): unknown {
  return isSealed(stored) ? JSON.parse(ctx.crypto.decrypt(stored.sealed)) : stored;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: string }).code === '23505') return true;
  return false;
}

/**
 * Runs a write at most once per Idempotency-Key (EX-8): the same key with the same body answers
 * the stored response; with a different body 409. The record is written in the write's own
 * transaction, so a failed write stores nothing and may be retried with the same key; two
 * concurrent calls with one key cannot both commit (primary key), the loser answers the winner's
 * response.
 */
export async function idempotent(
  ctx: AppContext,
  request: FastifyRequest,
  caller: InsurerCaller,
  run: (tx: Tx) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const key = request.headers[SIGNATURE_HEADERS.idempotency];
  if (typeof key !== 'string' || key.length < 8 || key.length > 128)
    throw new AppError('IDEMPOTENCY_KEY_REQUIRED', {
      message: '写操作须携带 Idempotency-Key 请求头（8–128 个字符）',
    });
  const requestHash = sha256Hex(`${request.method} ${request.url}\n${sha256Hex(rawBodyOf(request))}`);
  const stored = async (): Promise<StoredResponse | null> => {
    const [row] = await ctx.db
      .select()
      .from(idempotencyRecords)
      .where(and(eq(idempotencyRecords.insurerOrgId, caller.insurerOrgId), eq(idempotencyRecords.key, key)));
    if (!row) return null;
    if (row.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_CONFLICT');
    return { statusCode: row.statusCode, body: unseal(ctx, row.response) };
  };
  const previous = await stored();
  if (previous) return previous;
  try {
    return await ctx.db.transaction(async (tx) => {
      const response = await run(tx);
      await tx.insert(idempotencyRecords).values({
        insurerOrgId: caller.insurerOrgId,
        key,
        requestHash,
        statusCode: response.statusCode,
        response: seal(ctx, response.body),
      });
      return response;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await stored();
      if (winner) return winner;
    }
    throw error;
  }
}
