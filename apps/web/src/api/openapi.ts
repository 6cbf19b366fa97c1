/**
 * Types of the API read from the generated schema.d.ts (npm run api:types) by path and method,
 * so a page never spells a server shape out again:
 *   ResponseOf<'/api/admin/orders/{id}', 'get'>   the JSON of the 200/201 response
 *   BodyOf<'/api/admin/orders/{id}/send', 'post'> the JSON request body
 *   QueryOf<'/api/admin/orders', 'get'>           the query string
 *   ItemOf<'/api/admin/orders', 'get'>            one element of a list response's `items`
 * and `request(path, method, …)`, the typed form of `api()`: the path must be one the server
 * declares, its `{params}` are filled in, and query, body and result carry the schema's types.
 */
import type { paths } from './schema';
import { api, apiUpload, type QueryValue } from './client';

export type ApiPath = keyof paths;
export type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** The methods a path declares. */
export type MethodOf<P extends ApiPath> = {
  [M in Method]: undefined extends paths[P][M] ? never : M;
}[Method];

type Operation<P extends ApiPath, M extends Method> = Exclude<paths[P][M], undefined>;

type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON body of the operation's success response (200, else 201). */
export type ResponseOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? JsonOf<Ok>
      : R extends { 201: infer Created }
        ? JsonOf<Created>
        : never
    : never;

/** The JSON request body (never for operations without one). */
export type BodyOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters (never when the operation takes none). */
export type QueryOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The path parameters, e.g. `{ id: string }` for '/api/admin/orders/{id}'. */
export type ParamsOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: { path?: infer T } } ? NonNullable<T> : never;

/** One element of a list response `{ items: T[] }` (paged or not). */
export type ItemOf<P extends ApiPath, M extends MethodOf<P>> =
  ResponseOf<P, M> extends { items: (infer I)[] } ? I : never;

type RequestArgs<P extends ApiPath, M extends MethodOf<P>> = {
  signal?: AbortSignal;
  /** false: do not redirect on UNAUTHENTICATED (public pages, the session probe). */
  authRedirect?: boolean;
} & ([ParamsOf<P, M>] extends [never] ? { params?: undefined } : { params: ParamsOf<P, M> }) &
  ([QueryOf<P, M>] extends [never] ? { query?: undefined } : { query?: QueryOf<P, M> }) &
  ([BodyOf<P, M>] extends [never] ? { json?: undefined } : { json: BodyOf<P, M> });

/** '/api/admin/orders/{id}' with `{ id: 'a/b' }` → '/api/admin/orders/a%2Fb'. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} of ${path}`);
    return encodeURIComponent(String(value));
  });
}

export function request<P extends ApiPath, M extends MethodOf<P>>(
  path: P,
  method: M,
  ...[args]: object extends RequestArgs<P, M> ? [RequestArgs<P, M>?] : [RequestArgs<P, M>]
): Promise<ResponseOf<P, M>> {
  const options = (args ?? {}) as {
    params?: Record<string, string | number>;
    query?: Record<string, string | number | boolean | null | undefined>;
    json?: unknown;
    signal?: AbortSignal;
    authRedirect?: boolean;
  };
  return api<ResponseOf<P, M>>(fillPath(path, options.params), {
    method: method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    query: options.query,
    json: options.json,
    signal: options.signal,
    authRedirect: options.authRedirect,
  });
}

type UploadArgs<P extends ApiPath, M extends MethodOf<P>> = {
  file: File | Blob | null;
  /** Text fields sent before the file (multipart routes that take data with the file). */
  fields?: Record<string, string>;
  query?: Record<string, QueryValue>;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
} & ([ParamsOf<P, M>] extends [never] ? { params?: undefined } : { params: ParamsOf<P, M> });

/**
 * The typed form of `apiUpload()` for multipart routes (field `file`): OpenAPI does not describe
 * their bodies, but the path, its parameters and the response come from the schema.
 */
export function upload<P extends ApiPath, M extends MethodOf<P> & 'post'>(
  path: P,
  method: M,
  args: UploadArgs<P, M>,
): Promise<ResponseOf<P, M>> {
  const { file, params, ...options } = args as UploadArgs<P, M> & { params?: Record<string, string> };
  return apiUpload<ResponseOf<P, M>>(fillPath(path, params), file, options);
}
