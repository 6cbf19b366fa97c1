import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult, ZId } from '../../platform/http/schemas.js';
import { AGENCY_ROLES, BASE_ROLES, HQ_ROLES, UNION_ROLES } from './units.js';
import { memberHistory, queryMembers, revealMember } from './operations/query-members.js';
import { listClaims, recordClaim, unionPlans } from './operations/record-claim.js';
import {
  approveMemberRequest,
  createMemberChange,
  createTransfer,
  findTransferCandidate,
  getMemberRequest,
  listMemberRequests,
  returnMemberRequest,
  submitMemberRequest,
  updateMemberChange,
} from './operations/member-requests.js';
import {
  ZClaim,
  ZClaimBody,
  ZClaimListQuery,
  ZDecideBody,
  ZFindPersonQuery,
  ZMemberChangeBody,
  ZMemberHistory,
  ZMemberQuery,
  ZMemberQueryItem,
  ZMemberRequest,
  ZMemberRequestListQuery,
  ZMemberRevealed,
  ZPlanOption,
  ZTransferBody,
  ZTransferCandidate,
} from './member-query-schemas.js';

const ANY = { access: UNION_ROLES } as const;
const BASE = { access: BASE_ROLES } as const;
const UPPER = { access: [...AGENCY_ROLES, ...HQ_ROLES] } as const;

/** Member query (MA-6): 会员信息查询 with application and claim history, claims (recorded or imported), 会员变更 and 调入调出 through the approvals chain. */
export async function registerMemberQueryRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['union'];

  app.get(
    '/api/union/member-query',
    {
      config: ANY,
      schema: {
        tags,
        summary: '会员信息查询（按会员编号、姓名或身份证号；本单位/所辖单位内；证件号脱敏）',
        querystring: ZMemberQuery,
        response: { 200: z.object({ items: z.array(ZMemberQueryItem) }) },
      },
    },
    async (request) => ({ items: await queryMembers(ctx, requireUser(request), request.query) }),
  );

  app.get(
    '/api/union/members/:id/history',
    {
      config: ANY,
      schema: {
        tags,
        summary: '会员详情：投保历史与理赔历史',
        params: ZId,
        response: { 200: ZMemberHistory },
      },
    },
    async (request) => memberHistory(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/union/members/:id/reveal',
    {
      config: ANY,
      schema: {
        tags,
        summary: '查看会员完整证件号与手机号（留痕审计）',
        params: ZId,
        response: { 200: ZMemberRevealed },
      },
    },
    async (request) => revealMember(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.get(
    '/api/union/plans',
    {
      config: ANY,
      schema: {
        tags,
        summary: '互助保障计划（理赔登记选择）',
        response: { 200: z.object({ items: z.array(ZPlanOption) }) },
      },
    },
    async () => ({ items: await unionPlans(ctx.db) }),
  );

  app.get(
    '/api/union/claims',
    {
      config: ANY,
      schema: {
        tags,
        summary: '理赔记录',
        querystring: ZClaimListQuery,
        response: { 200: pageResult(ZClaim) },
      },
    },
    async (request) => listClaims(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/claims',
    {
      config: UPPER,
      schema: {
        tags,
        summary: '理赔登记（代办处/总会；赔付金额以元填写，精确到分）',
        body: ZClaimBody,
        response: { 200: ZClaim },
      },
    },
    async (request) => recordClaim(ctx, requireUser(request), request.body, request.ip),
  );

  app.get(
    '/api/union/member-requests',
    {
      config: ANY,
      schema: {
        tags,
        summary: '会员变更/调入调出申请列表（按状态）',
        querystring: ZMemberRequestListQuery,
        response: { 200: z.object({ items: z.array(ZMemberRequest) }) },
      },
    },
    async (request) => ({ items: await listMemberRequests(ctx, requireUser(request), request.query) }),
  );

  app.get(
    '/api/union/member-requests/:id',
    {
      config: ANY,
      schema: { tags, summary: '会员变更/调入调出申请详情', params: ZId, response: { 200: ZMemberRequest } },
    },
    async (request) => getMemberRequest(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/union/member-changes',
    {
      config: BASE,
      schema: {
        tags,
        summary: '会员变更【保存】（新建）',
        body: ZMemberChangeBody,
        response: { 200: ZMemberRequest },
      },
    },
    async (request) => createMemberChange(ctx, requireUser(request), request.body, request.ip),
  );

  app.put(
    '/api/union/member-changes/:id',
    {
      config: BASE,
      schema: {
        tags,
        summary: '修改会员变更申请（新建或打回时）',
        params: ZId,
        body: ZMemberChangeBody.omit({ memberId: true }),
        response: { 200: ZMemberRequest },
      },
    },
    async (request) =>
      updateMemberChange(ctx, requireUser(request), request.params.id, request.body, request.ip),
  );

  app.get(
    '/api/union/transfers/candidate',
    {
      config: BASE,
      schema: {
        tags,
        summary: '调入调出【查找】：他单位会员（仅显示所在单位与脱敏姓名）',
        querystring: ZFindPersonQuery,
        response: { 200: ZTransferCandidate },
      },
    },
    async (request) => findTransferCandidate(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/transfers',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【提交新建申请】（调入单位创建）',
        body: ZTransferBody,
        response: { 200: ZMemberRequest },
      },
    },
    async (request) => createTransfer(ctx, requireUser(request), request.body, request.ip),
  );

  app.post(
    '/api/union/member-requests/:id/submit',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【上报】（代办处审核 → 总会审批）',
        params: ZId,
        response: { 200: ZMemberRequest },
      },
    },
    async (request) => submitMemberRequest(ctx, requireUser(request), request.params.id, request.ip),
  );

  app.post(
    '/api/union/member-requests/:id/approve',
    {
      config: UPPER,
      schema: {
        tags,
        summary: '审核通过（总会通过后变更/调动生效）',
        params: ZId,
        body: ZDecideBody,
        response: { 200: ZMemberRequest },
      },
    },
    async (request) =>
      approveMemberRequest(ctx, requireUser(request), request.params.id, request.body.reason, request.ip),
  );

  app.post(
    '/api/union/member-requests/:id/return',
    {
      config: UPPER,
      schema: {
        tags,
        summary: '打回（须填写原因）',
        params: ZId,
        body: ZDecideBody,
        response: { 200: ZMemberRequest },
      },
    },
    async (request) =>
      returnMemberRequest(ctx, requireUser(request), request.params.id, request.body.reason, request.ip),
  );
}
