import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ZErrorBody } from './schemas.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session.js';

/**
 * The OpenAPI description is completed here, once for every route (item 12: integrators and
 * generated clients): a stable `operationId`, the route's `security` and the error answers the
 * guard and the error handler can give, all derived from what the route already declares
 * (`config.access`, `config.csrfExempt`, `config.rateLimit`, `config.signature`, path params).
 * A route's own `schema.operationId` / `schema.security` / `schema.response[status]` wins.
 */

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    /**
     * The route is authenticated by a request signature instead of the session (its access is
     * 'public' for the guard; the signature is checked by the route's own hook). Documentation.
     */
    signature?: 'insurer-hmac';
  }
}

/** Header names of the insurer HMAC scheme (modules/insurer-gateway/signature.ts). */
const INSURER_HEADERS = {
  insurerKey: ['X-PH-Key', 'API 密钥编号（保险公司接口密钥的 keyId）'],
  insurerTimestamp: ['X-PH-Timestamp', '请求时间，Unix 毫秒；须在服务器时间前后 5 分钟内'],
  insurerNonce: ['X-PH-Nonce', '一次性随机串；同一密钥下重复使用即视为重放并拒绝'],
  insurerSignature: [
    'X-PH-Signature',
    'HMAC-SHA256(secret, 方法\\n路径含查询串\\n时间戳\\nnonce\\n请求体 SHA-256 十六进制) 的十六进制值',
  ],
} as const;

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: '登录后服务器设置的会话 Cookie',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: '写操作（POST/PUT/PATCH/DELETE）须回传会话的 CSRF 令牌（Cookie ph_csrf 的值）',
  },
  ...Object.fromEntries(
    Object.entries(INSURER_HEADERS).map(([id, [name, description]]) => [
      id,
      { type: 'apiKey', in: 'header', name, description: `保险公司接口签名：${description}` },
    ]),
  ),
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type RouteLike = Pick<RouteOptions, 'method' | 'url' | 'config'> & { schema?: Record<string, unknown> };

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/**
 * The operationId a route gets unless it names its own: the method, then the path without
 * `/api`, each segment in PascalCase, a parameter as `By<Name>` — `GET /api/admin/users/:id`
 * → `getAdminUsersById`. Only the method and path go in, so it changes only when they do.
 */
export function deriveOperationId(method: string, url: string): string {
  const segments = url
    .replace(/^\/api(?=\/|$)/, '')
    .split('/')
    .filter(Boolean)
    .map((s) =>
      s.startsWith(':') ? `By${pascal(s.slice(1))}` : s.startsWith('{') ? `By${pascal(s)}` : pascal(s),
    );
  return method.toLowerCase() + segments.join('');
}

function methodOf(route: RouteLike): string {
  return Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
}

export function operationIdOf(route: RouteLike): string {
  const own = route.schema?.operationId;
  return typeof own === 'string' ? own : deriveOperationId(methodOf(route), route.url);
}

/** Whether the route is a documented API operation (not the docs, not hidden, not HEAD). */
function documented(route: RouteLike): boolean {
  return (
    route.url.startsWith('/api/') &&
    !route.url.startsWith('/api/docs') &&
    methodOf(route) !== 'HEAD' &&
    route.schema?.hide !== true
  );
}

/** The security requirement of a route, from how the guard (or the signature hook) admits it. */
export function securityOf(route: RouteLike): Record<string, string[]>[] {
  const config = route.config ?? {};
  if (config.signature === 'insurer-hmac')
    return [Object.fromEntries(Object.keys(INSURER_HEADERS).map((k) => [k, [] as string[]]))];
  if (!config.access || config.access === 'public') return [];
  const csrf = !SAFE_METHODS.has(methodOf(route)) && !config.csrfExempt;
  return [csrf ? { session: [], csrf: [] } : { session: [] }];
}

/** One named component (`#/components/schemas/ErrorBody`): one type in a generated client. */
const ZErrorBodyComponent = ZErrorBody.meta({ id: 'ErrorBody' });

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ZErrorBodyComponent } },
});

/** The error answers the platform gives on this route (the route's own declarations win). */
export function errorResponsesOf(route: RouteLike): Record<string, ReturnType<typeof error>> {
  const config = route.config ?? {};
  const method = methodOf(route);
  const out: Record<string, ReturnType<typeof error>> = {};
  // The text guard and the schema validation run on every route.
  out['400'] = error('请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段');
  const signed = config.signature === 'insurer-hmac';
  const protectedRoute = config.access !== undefined && config.access !== 'public';
  if (signed) out['401'] = error('接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID）');
  else if (protectedRoute) out['401'] = error('未登录或会话已过期（UNAUTHENTICATED）');
  const csrf = !SAFE_METHODS.has(method) && !config.csrfExempt;
  if (protectedRoute || csrf)
    out['403'] = error(
      [
        protectedRoute && '无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）',
        csrf && 'CSRF 令牌缺失或不符（CSRF_FAILED）',
      ]
        .filter(Boolean)
        .join('；'),
    );
  if (/[:{]/.test(route.url)) out['404'] = error('记录不存在（NOT_FOUND）');
  if (config.rateLimit) out['429'] = error('操作过于频繁（RATE_LIMITED）');
  return out;
}

/**
 * Refuses, at registration, two documented routes with the same operationId (a generated client
 * would get two functions of one name). Register before the modules.
 */
export function installOperationIds(app: FastifyInstance): void {
  const seen = new Map<string, string>();
  app.addHook('onRoute', (route) => {
    if (!documented(route as RouteLike)) return;
    const id = operationIdOf(route as RouteLike);
    const where = `${methodOf(route as RouteLike)} ${route.url}`;
    const other = seen.get(id);
    if (other && other !== where) throw new Error(`接口 ${where} 与 ${other} 的 operationId 重复：${id}`);
    seen.set(id, where);
  });
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** The swagger `transform`: completes each operation, then converts its zod schemas. */
export function openApiTransform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const route = input.route as unknown as RouteLike;
  const schema = (input.schema ?? {}) as Record<string, unknown>;
  if (!documented({ ...route, schema })) return jsonSchemaTransform(input);
  const own = (schema.response ?? {}) as Record<string, unknown>;
  const errors = Object.fromEntries(
    Object.entries(errorResponsesOf(route)).filter(([status]) => !(status in own)),
  );
  return jsonSchemaTransform({
    ...input,
    schema: {
      ...schema,
      operationId: operationIdOf({ ...route, schema }),
      security: schema.security ?? securityOf(route),
      response: { ...own, ...errors },
    } as TransformInput['schema'],
  });
}

type TransformObjectInput = Parameters<typeof jsonSchemaTransformObject>[0];

/**
 * The swagger `transformObject`: adds the named components (ErrorBody) the operations refer to,
 * without the input variants nothing refers to (zod's registry emits one of each).
 */
export function openApiTransformObject(
  input: TransformObjectInput,
): ReturnType<typeof jsonSchemaTransformObject> {
  const doc = jsonSchemaTransformObject(input) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  if (schemas) {
    const text = JSON.stringify({ ...doc, components: { ...doc.components, schemas: {} } });
    for (const name of Object.keys(schemas))
      if (name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
  return doc as ReturnType<typeof jsonSchemaTransformObject>;
}
