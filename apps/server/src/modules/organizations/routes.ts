import { z } from 'zod';
import { FULL_VIEW_ROLES, USER_ADMIN_ROLES } from '@policyhub/domain';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult, ZId, ZOk } from '../../platform/http/schemas.js';
import {
  createUserByAdmin,
  listUsers,
  resetUserPassword,
  revealUserData,
  setUserStatus,
  unlockUser,
  ZAdminUser,
  ZRevealed,
} from '../accounts/index.js';
import { ZOrg, ZOrgCreateBody, ZOrgCreated, ZUserCreateBody, ZUserQuery } from './schemas.js';
import { listOrganizations } from './operations/list-organizations.js';
import { createOrganization } from './operations/create-organization.js';

export async function registerOrganizationRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const orgTags = ['organizations'];
  const userTags = ['users'];
  const admins = { access: USER_ADMIN_ROLES };

  app.get(
    '/api/admin/orgs',
    {
      config: admins,
      schema: {
        tags: orgTags,
        summary: '机构列表（本机构及下级）',
        response: { 200: z.object({ items: z.array(ZOrg) }) },
      },
    },
    async (request) => listOrganizations(ctx, requireUser(request)),
  );

  app.post(
    '/api/admin/orgs',
    {
      config: admins,
      schema: {
        tags: orgTags,
        summary: '创建下级机构',
        body: ZOrgCreateBody,
        response: { 200: ZOrgCreated },
      },
    },
    async (request) => createOrganization(ctx, requireUser(request), request.body, request.ip),
  );

  app.get(
    '/api/admin/users',
    {
      config: admins,
      schema: {
        tags: userTags,
        summary: '用户列表（脱敏）',
        querystring: ZUserQuery,
        response: { 200: pageResult(ZAdminUser) },
      },
    },
    async (request) => listUsers(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/admin/users',
    {
      config: admins,
      schema: {
        tags: userTags,
        summary: '创建用户（初始密码短信发送，首次登录须修改）',
        body: ZUserCreateBody,
        response: { 200: ZAdminUser },
      },
    },
    async (request) => createUserByAdmin(ctx, requireUser(request), request.body, request.ip),
  );

  app.post(
    '/api/admin/users/:id/disable',
    {
      config: admins,
      schema: {
        tags: userTags,
        summary: '停用用户（立即结束其会话）',
        params: ZId,
        response: { 200: ZAdminUser },
      },
    },
    async (request) => setUserStatus(ctx, requireUser(request), request.params.id, 'disabled', request.ip),
  );

  app.post(
    '/api/admin/users/:id/enable',
    {
      config: admins,
      schema: { tags: userTags, summary: '启用用户', params: ZId, response: { 200: ZAdminUser } },
    },
    async (request) => setUserStatus(ctx, requireUser(request), request.params.id, 'active', request.ip),
  );

  app.post(
    '/api/admin/users/:id/unlock',
    {
      config: admins,
      schema: { tags: userTags, summary: '解除登录锁定', params: ZId, response: { 200: ZAdminUser } },
    },
    async (request) => unlockUser(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    {
      config: admins,
      schema: {
        tags: userTags,
        summary: '重置密码（新初始密码短信发送）',
        params: ZId,
        response: { 200: ZOk },
      },
    },
    async (request) => resetUserPassword(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.post(
    '/api/admin/users/:id/reveal',
    {
      config: { access: FULL_VIEW_ROLES },
      schema: {
        tags: userTags,
        summary: '查看完整个人信息（留痕审计）',
        params: ZId,
        response: { 200: ZRevealed },
      },
    },
    async (request) => revealUserData(ctx, requireUser(request), request.params.id, request.ip),
  );
}
