import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { actorFrom, requireUser } from '../../platform/http/guard.js';
import { pageResult } from '../../platform/http/schemas.js';
import { BASE_ROLES, UNION_ROLES } from './units.js';
import {
  ZApplicationBody,
  ZApplicationListQuery,
  ZApplicationSearch,
  ZBatchDeleteBody,
  ZBulkResult,
  ZChangeDateBody,
  ZForMembersBody,
  ZMemberLookup,
  ZMemberLookupQuery,
  ZMoved,
  ZRenewBody,
  ZRenewResult,
  ZSummary,
  ZUnionApplication,
} from './applications-schemas.js';
import {
  batchDelete,
  changeEffectiveDate,
  createUnionApplication,
  deleteUnionApplication,
  insureMembers,
  listPlans,
  listUnionApplications,
  lookupMember,
  renewPeriod,
  submitSearch,
  summarizeSearch,
  updateUnionApplication,
} from './operations/manage-applications.js';

const BASE = { access: [...BASE_ROLES] } as const;
const ANY_UNION = { access: [...UNION_ROLES] } as const;
const ZNo = z.object({ applicationNo: z.string().min(1).max(64) });
const ZPlan = z.object({
  productId: z.string(),
  name: z.string(),
  premiumPerCopyFen: z.number().int(),
  maxCopies: z.number().int(),
  eligibleSexes: z.array(z.enum(['M', 'F'])),
  uniformStartDate: z.string().nullable(),
  coverMonths: z.number().int(),
});

/** Applications (投保, MA-4/MA-5): 投保管理 — one by one, for confirmed members, 批量续转, the 批量投保 template, 修改预期生效时间, 汇总金额, 当前查询结果上报, 批量删除; every MA-5 failure reason. */
export async function registerApplicationsRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['union'];

  app.get(
    '/api/union/application-plans',
    {
      config: ANY_UNION,
      schema: { tags, summary: '互助保障计划（产品名称）', response: { 200: z.array(ZPlan) } },
    },
    async () => listPlans(ctx),
  );

  app.get(
    '/api/union/member-lookup',
    {
      config: BASE,
      schema: {
        tags,
        summary: '按会员编号或身份证号带出会员信息（本单位）',
        description: '失败时 409 APPLICATION_REFUSED，details.refusal 给出原因代码与处理方法（fix）。',
        querystring: ZMemberLookupQuery,
        response: { 200: ZMemberLookup },
      },
    },
    async (request) => lookupMember(ctx, requireUser(request), request.query.memberNoOrId),
  );

  app.get(
    '/api/union/applications',
    {
      config: ANY_UNION,
      schema: {
        tags,
        summary: '投保管理：查询',
        querystring: ZApplicationListQuery,
        response: { 200: pageResult(ZUnionApplication) },
      },
    },
    async (request) => listUnionApplications(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/applications',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【添加】逐个投保（新建）',
        description:
          'MA-5 每种不能投保的原因：409 APPLICATION_REFUSED，message 为中文原因，details.refusal = { code, message, fix }；超龄为 AGE_OVER_NEEDS_APPROVAL（warning），确认后以 overAgeConfirmed 再提交。',
        body: ZApplicationBody,
        response: { 200: ZUnionApplication },
      },
    },
    async (request) => createUnionApplication(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.put(
    '/api/union/applications/:applicationNo',
    {
      config: BASE,
      schema: {
        tags,
        summary: '修改投保申请（仅新建或打回）',
        params: ZNo,
        body: ZApplicationBody,
        response: { 200: ZUnionApplication },
      },
    },
    async (request) =>
      updateUnionApplication(
        ctx,
        requireUser(request),
        actorFrom(request),
        request.params.applicationNo,
        request.body,
      ),
  );

  app.delete(
    '/api/union/applications/:applicationNo',
    {
      config: BASE,
      schema: { tags, summary: '删除投保申请（仅新建或打回）', params: ZNo, response: { 200: ZMoved } },
    },
    async (request) =>
      deleteUnionApplication(ctx, requireUser(request), actorFrom(request), request.params.applicationNo),
  );

  app.post(
    '/api/union/applications/batch-delete',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【批量删除】当前查询结果中新建、打回的申请（须输入「全部删除」）',
        body: ZBatchDeleteBody,
        response: { 200: ZMoved },
      },
    },
    async (request) => batchDelete(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.post(
    '/api/union/applications/change-effective-date',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【修改预期生效时间】当前查询结果中的新建申请',
        body: ZChangeDateBody,
        response: { 200: ZMoved },
      },
    },
    async (request) =>
      changeEffectiveDate(
        ctx,
        requireUser(request),
        actorFrom(request),
        request.body,
        request.body.expectedEffectiveDate,
      ),
  );

  app.get(
    '/api/union/applications/summary',
    {
      config: ANY_UNION,
      schema: {
        tags,
        summary: '【汇总金额】当前查询结果的金额与人数',
        querystring: ZApplicationSearch,
        response: { 200: ZSummary },
      },
    },
    async (request) => summarizeSearch(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/applications/submit-search',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【当前查询结果上报】新建、打回 → 上报',
        body: ZApplicationSearch,
        response: { 200: ZMoved },
      },
    },
    async (request) => submitSearch(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.post(
    '/api/union/applications/for-members',
    {
      config: BASE,
      schema: {
        tags,
        summary: '新会员投保（所选财务确认会员）',
        body: ZForMembersBody,
        response: { 200: ZBulkResult },
      },
    },
    async (request) => insureMembers(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.post(
    '/api/union/applications/renew',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【批量续转】上一保障期间的会员 → 新建申请',
        body: ZRenewBody,
        response: { 200: ZRenewResult },
      },
    },
    async (request) => renewPeriod(ctx, requireUser(request), actorFrom(request), request.body),
  );
}
