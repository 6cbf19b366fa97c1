import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { fieldLabel } from './errors.js';

/**
 * Text no column can hold: PostgreSQL refuses U+0000 in `text` and `jsonb`, and a lone UTF-16
 * surrogate is refused by `jsonb` and silently turned into U+FFFD in `text` (the stored value
 * would differ from the one sent). Both are refused at the door, for every route at once.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type BadText = { field: string; kind: 'nul' | 'surrogate' };

function badKind(s: string): BadText['kind'] | null {
  if (s.includes(NUL)) return 'nul';
  if (LONE_SURROGATE.test(s)) return 'surrogate';
  return null;
}

/**
 * The first string (or object key) in `value` that cannot be stored, with its dotted path.
 * Walks with an explicit stack: a deeply nested body must not overflow the call stack.
 */
export function findBadText(value: unknown, root = ''): BadText | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const kind = badKind(v);
      if (kind) return { field: path, kind };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], path ? `${path}.${i}` : String(i)]);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
        const at = path ? `${path}.${key}` : key;
        const kind = badKind(key);
        if (kind) return { field: at, kind };
        stack.push([child, at]);
      }
    }
  }
  return null;
}

/** The 400 for unstorable text, naming the field in Chinese. */
export function badTextError(bad: BadText): AppError {
  const label = fieldLabel(bad.field);
  const what = bad.kind === 'nul' ? '不允许的控制字符（NUL）' : '无效的字符编码（不成对的 UTF-16 代理项）';
  return new AppError('VALIDATION_FAILED', {
    message: `「${label}」含有${what}，请删除后重试`,
    details: [{ field: bad.field, message: `「${label}」含有${what}` }],
  });
}

/** Throws the 400 if any string of `value` (a multipart field, a file name …) cannot be stored. */
export function assertStorableText(value: unknown, root = ''): void {
  const bad = findBadText(value, root);
  if (bad) throw badTextError(bad);
}

function checkRequest(request: FastifyRequest): void {
  assertStorableText(request.params);
  assertStorableText(request.query);
  if (request.body !== undefined && !Buffer.isBuffer(request.body)) assertStorableText(request.body);
}

/**
 * Installs the text check for every route: after the guard's preValidation (an anonymous or
 * unauthorised call still answers 401/403 first), before the route's schema.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => checkRequest(request));
}
