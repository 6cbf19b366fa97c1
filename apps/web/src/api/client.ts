/**
 * The one fetch wrapper of the web app: sends the session cookie, echoes the CSRF cookie on state
 * changes, parses the server's `{ code, message }` error body once into an ApiError, and sends
 * the user to the login or change-password page when the session asks for it.
 */

export type ApiErrorBody = { code?: string; message?: string; details?: unknown };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const CSRF_COOKIE = 'ph_csrf';
const CSRF_HEADER = 'x-csrf-token';

function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const item = part.trim();
    if (item.startsWith(prefix)) return decodeURIComponent(item.slice(prefix.length));
  }
  return null;
}

/**
 * Whether the browser holds a session at all. The CSRF cookie is set and cleared together with
 * the httpOnly session cookie, so without it asking the server would only earn a 401.
 */
export function hasSessionCookie(): boolean {
  return readCookie(CSRF_COOKIE) !== null;
}

/** Where the app goes when the server says the session is missing or owes a step. */
type Navigator = (to: string) => void;
let navigateTo: Navigator = (to) => window.location.assign(to);
export function setApiNavigator(navigator: Navigator): void {
  navigateTo = navigator;
}

const AUTH_PAGES = ['/login', '/change-password'];

function redirectFor(error: ApiError): void {
  const here = window.location.pathname;
  if (AUTH_PAGES.includes(here)) return;
  if (error.code === 'UNAUTHENTICATED') {
    navigateTo(`/login?next=${encodeURIComponent(here + window.location.search)}`);
  } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
    navigateTo('/change-password');
  } else if (error.code === 'SESSION_STAGE') {
    navigateTo('/login');
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  json?: unknown;
  signal?: AbortSignal;
  /** false: do not redirect on UNAUTHENTICATED (the session probe of guards and the login page). */
  authRedirect?: boolean;
};

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function csrfHeaders(method: string): Record<string, string> {
  if (method === 'GET') return {};
  const token = readCookie(CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

function parseErrorBody(status: number, text: string): ApiError {
  let body: ApiErrorBody = {};
  try {
    body = JSON.parse(text) as ApiErrorBody;
  } catch {
    // not JSON (a proxy's HTML error page): fall through to the status-based code
  }
  const code = body.code ?? (status === 401 ? 'UNAUTHENTICATED' : status >= 500 ? 'INTERNAL' : 'HTTP_ERROR');
  return new ApiError(status, code, body.message ?? '', body.details);
}

function networkError(): ApiError {
  return new ApiError(0, 'NETWORK', '');
}

/** Calls the API and returns the parsed JSON body; throws ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...csrfHeaders(method) };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) {
    const error = parseErrorBody(response.status, text);
    if (options.authRedirect !== false) redirectFor(error);
    throw error;
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Uploads one file as multipart field `file`, reporting progress (fetch cannot report upload
 * progress, so this one call uses XMLHttpRequest).
 */
export function apiUpload<T>(
  path: string,
  file: File | Blob | null,
  options: {
    query?: Record<string, QueryValue>;
    /** Text fields sent before the file (multipart routes that take data with the file). */
    fields?: Record<string, string>;
    onProgress?: (percent: number) => void;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'HTTP_ERROR', ''));
        }
        return;
      }
      const error = parseErrorBody(xhr.status, xhr.responseText);
      redirectFor(error);
      reject(error);
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
    if (file) form.append('file', file, file instanceof File ? file.name : 'upload.xlsx');
    xhr.send(form);
  });
}

/** URL of a stored file (GET /api/files/:id streams it as an attachment). */
export function fileUrl(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`;
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
