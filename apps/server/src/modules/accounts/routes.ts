import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { requireUser } from '../../platform/http/guard.js';
import type { AuthContext } from '../../platform/http/session.js';
import { ZId, ZOk } from '../../platform/http/schemas.js';
import { clearSessionCookies, setSessionCookies } from './cookies.js';
import {
  ZBankCard,
  ZBankCardBody,
  ZBankCardCreated,
  ZCaptcha,
  ZChangePasswordBody,
  ZLoginBody,
  ZLoginResult,
  ZMe,
  ZProfileBody,
  ZSmsSent,
  ZSmsVerifyBody,
  ZStage,
  ZStageResult,
} from './schemas.js';
import { issueCaptcha } from './operations/issue-captcha.js';
import { login } from './operations/login.js';
import { sendLoginCode } from './operations/send-login-code.js';
import { verifyLoginCode } from './operations/verify-login-code.js';
import { changePassword } from './operations/change-password.js';
import { logout } from './operations/logout.js';
import { getMe } from './operations/get-me.js';
import { updateProfile } from './operations/update-profile.js';
import { listBankCards } from './operations/list-bank-cards.js';
import { addBankCard } from './operations/add-bank-card.js';
import { removeBankCard } from './operations/remove-bank-card.js';

function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}

/** Per-IP limit with a Chinese 429 body (PL-1: login and SMS sending). */
function rateLimit(max: number, what: string) {
  return {
    max,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
      new AppError('RATE_LIMITED', {
        message: `${what}过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`,
      }),
  };
}

export async function registerAccountRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['accounts'];

  app.get(
    '/api/auth/captcha',
    {
      config: {
        access: 'public',
        rateLimit: rateLimit(Math.max(ctx.config.loginRateLimit * 3, 30), '获取验证码'),
      },
      schema: { tags, summary: '获取图形验证码（测试模式下同时返回答案）', response: { 200: ZCaptcha } },
    },
    async () => issueCaptcha(ctx),
  );

  app.post(
    '/api/auth/login',
    {
      // Not cookie-authenticated (the captcha is the anti-forgery token here).
      config: {
        access: 'public',
        csrfExempt: true,
        rateLimit: rateLimit(ctx.config.loginRateLimit, '登录尝试'),
      },
      schema: {
        tags,
        summary: '用户名 + 密码 + 图形验证码登录',
        body: ZLoginBody,
        response: { 200: ZLoginResult },
      },
    },
    async (request, reply) => {
      const { token, csrfToken, ...result } = await login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousSessionId: request.auth?.sessionId ?? null,
      });
      setSessionCookies(reply, ctx.config, token, csrfToken);
      return result;
    },
  );

  app.post(
    '/api/auth/sms/send',
    {
      config: { access: 'session', rateLimit: rateLimit(ctx.config.smsRateLimit, '短信发送') },
      schema: { tags, summary: '重新发送登录短信验证码', response: { 200: ZSmsSent } },
    },
    async (request) => sendLoginCode(ctx, authOf(request)),
  );

  app.post(
    '/api/auth/sms/verify',
    {
      config: { access: 'session', rateLimit: rateLimit(ctx.config.loginRateLimit, '验证') },
      schema: {
        tags,
        summary: '校验登录短信验证码（第二因素）',
        body: ZSmsVerifyBody,
        response: { 200: ZStageResult },
      },
    },
    async (request, reply) => {
      const { session, ...result } = await verifyLoginCode(
        ctx,
        authOf(request),
        request.body.code,
        request.ip,
      );
      setSessionCookies(reply, ctx.config, session.token, session.csrfToken);
      return result;
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'session', rateLimit: rateLimit(ctx.config.loginRateLimit, '修改密码') },
      schema: {
        tags,
        summary: '修改密码（首次登录或重置后必须修改）',
        body: ZChangePasswordBody,
        response: { 200: z.object({ stage: ZStage }) },
      },
    },
    async (request, reply) => {
      const { session, ...result } = await changePassword(ctx, authOf(request), request.body, request.ip);
      setSessionCookies(reply, ctx.config, session.token, session.csrfToken);
      return result;
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'session' }, schema: { tags, summary: '退出登录', response: { 200: ZOk } } },
    async (request, reply) => {
      const result = await logout(ctx, authOf(request), request.ip);
      clearSessionCookies(reply, ctx.config);
      return result;
    },
  );

  app.get(
    '/api/me',
    { config: { access: 'session' }, schema: { tags, summary: '当前用户', response: { 200: ZMe } } },
    async (request) => getMe(authOf(request), ctx.now()),
  );

  app.put(
    '/api/me/profile',
    {
      config: { access: 'user' },
      schema: { tags, summary: '修改我的信息', body: ZProfileBody, response: { 200: ZMe } },
    },
    async (request) => updateProfile(ctx, authOf(request), request.body, request.ip),
  );

  app.get(
    '/api/me/bank-cards',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '我的银行卡（脱敏）',
        response: { 200: z.object({ items: z.array(ZBankCard) }) },
      },
    },
    async (request) => listBankCards(ctx, requireUser(request)),
  );

  app.post(
    '/api/me/bank-cards',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '添加银行卡（加密存储；Luhn 校验不通过仅提示）',
        body: ZBankCardBody,
        response: { 200: ZBankCardCreated },
      },
    },
    async (request) => addBankCard(ctx, requireUser(request), request.body, request.ip),
  );

  app.delete(
    '/api/me/bank-cards/:id',
    {
      config: { access: 'user' },
      schema: { tags, summary: '删除银行卡', params: ZId, response: { 200: ZOk } },
    },
    async (request) => removeBankCard(ctx, requireUser(request), request.params.id, request.ip),
  );
}
