import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../platform/http/session.js';

function baseOptions(config: Config) {
  return { path: '/', sameSite: 'lax' as const, secure: config.publicUrl.startsWith('https://') };
}

/**
 * The session cookie is httpOnly; the CSRF cookie is readable so the web app can echo it in the
 * x-csrf-token header (double submit, checked against the session in the guard).
 */
export function setSessionCookies(
  reply: FastifyReply,
  config: Config,
  token: string,
  csrfToken: string,
): void {
  const maxAge = Math.floor(config.sessionTtlMs / 1000);
  reply.setCookie(SESSION_COOKIE, token, { ...baseOptions(config), httpOnly: true, maxAge });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...baseOptions(config), httpOnly: false, maxAge });
}

export function clearSessionCookies(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { ...baseOptions(config), httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...baseOptions(config), httpOnly: false });
}
