import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@policyhub/domain';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import type { AuthUser } from '../access.js';
import { actorOf } from '../access.js';
import type { Actor } from '../audit/index.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, loadSession, type AuthContext } from './session.js';

/**
 * Every route declares who may call it in `config.access`; a route without it refuses to
 * register, so no endpoint is ever accidentally public (PL-2: enforced on the server).
 *  - 'public': anyone;
 *  - 'session': any session, also one that still owes the SMS code or a password change;
 *  - 'user': a fully signed-in user of any role;
 *  - Role[]: a fully signed-in user with one of these roles.
 */
export type RouteAccess = 'public' | 'session' | 'user' | readonly Role[];

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Skip the CSRF check (only for endpoints that are not cookie-authenticated, e.g. login). */
    csrfExempt?: boolean;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function timingSafeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export const guardPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    if (!route.config?.access) {
      throw new Error(`路由 ${route.method} ${url} 未声明访问权限 config.access`);
    }
  });

  // preValidation, not preHandler: an anonymous call answers 401 before its body is even validated.
  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // static files and docs
    const token = request.cookies?.[SESSION_COOKIE];
    request.auth = token ? await loadSession(opts.db, token) : null;

    // CSRF: cookie-authenticated state changes must echo the session's token in a header.
    if (request.auth && !SAFE_METHODS.has(request.method) && !request.routeOptions.config?.csrfExempt) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !timingSafeEqual(header, request.auth.csrfToken)) {
        throw new AppError('CSRF_FAILED');
      }
    }

    if (access === 'public') return;
    if (!request.auth) throw new AppError('UNAUTHENTICATED');
    if (access === 'session') return;
    if (request.auth.stage === 'sms')
      throw new AppError('SESSION_STAGE', { message: '请先输入短信验证码完成登录' });
    if (request.auth.stage === 'password') throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access === 'user') return;
    if (!access.includes(request.auth.user.role)) throw new AppError('FORBIDDEN');
  });
});

/** The signed-in user of a route whose access is not 'public' (throws otherwise). */
export function requireUser(request: FastifyRequest): AuthUser {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth.user;
}

export function actorFrom(request: FastifyRequest): Actor {
  return actorOf(request.auth?.user ?? null, request.ip);
}

export { CSRF_COOKIE };
