import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { readUpload } from '../../platform/files/index.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult, ZId, ZOk } from '../../platform/http/schemas.js';
import {
  ZCountResult,
  ZDeleteSearchBody,
  ZFileRef,
  ZMember,
  ZMemberBody,
  ZMemberListQuery,
  ZReturnSearchBody,
  ZSearchBody,
} from './members-schemas.js';
import { listMembers } from './operations/list-members.js';
import { deleteMember, enrollMember, updateMember } from './operations/enroll-member.js';
import { confirmSearch, deleteSearch, returnSearch, submitSearch } from './operations/members-by-search.js';
import { uploadOverAgeFile } from './operations/upload-over-age-file.js';
import { AGENCY_ROLES, BASE_ROLES, HQ_ROLES, UNION_ROLES } from './units.js';

const ANY = { access: [...UNION_ROLES] } as const;
const BASE = { access: [...BASE_ROLES] } as const;
const ABOVE = { access: [...AGENCY_ROLES, ...HQ_ROLES] } as const;

/** Members (会员, MA-1/MA-2): 入会管理 — add one by one, edit/delete in 新建/打回, 当前查询结果上报, 全部删除; the 批量入会 template, 业务校验 and 业务办理 job. */
export async function registerMembersRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['union'];

  app.get(
    '/api/union/members',
    {
      config: ANY,
      schema: {
        tags,
        summary: '入会管理：会员列表（数据范围内；身份证号、手机号脱敏）',
        querystring: ZMemberListQuery,
        response: { 200: pageResult(ZMember) },
      },
    },
    async (request) => listMembers(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/members',
    {
      config: BASE,
      schema: { tags, summary: '【添加】会员（新建）', body: ZMemberBody, response: { 200: ZMember } },
    },
    async (request) => enrollMember(ctx, requireUser(request), request.body, request.ip),
  );

  app.post(
    '/api/union/members/over-age-files',
    {
      config: BASE,
      schema: {
        tags,
        summary: '上传超龄参保证明（代办处同意的文件，PDF 或图片）',
        description: 'multipart/form-data，字段 file。',
        response: { 200: ZFileRef },
      },
    },
    async (request) =>
      uploadOverAgeFile(
        ctx,
        requireUser(request),
        () => readUpload(request, { maxBytes: ctx.config.uploadMaxBytes }),
        request.ip,
      ),
  );

  app.put(
    '/api/union/members/:id',
    {
      config: BASE,
      schema: {
        tags,
        summary: '修改会员（仅新建或打回）',
        params: ZId,
        body: ZMemberBody,
        response: { 200: ZMember },
      },
    },
    async (request) => updateMember(ctx, requireUser(request), request.params.id, request.body, request.ip),
  );

  app.delete(
    '/api/union/members/:id',
    {
      config: BASE,
      schema: { tags, summary: '【删除】会员（仅新建或打回）', params: ZId, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteMember(ctx, requireUser(request), request.params.id, request.ip);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/union/members/submit-search',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【当前查询结果上报】：当前查询中新建、打回的会员全部上报',
        body: ZSearchBody,
        response: { 200: ZCountResult },
      },
    },
    async (request) => submitSearch(ctx, requireUser(request), request.body.search, request.ip),
  );

  app.post(
    '/api/union/members/confirm-search',
    {
      config: ABOVE,
      schema: {
        tags,
        summary: '财务确认：当前查询中上报的会员全部确认（代办处、总会）',
        body: ZSearchBody,
        response: { 200: ZCountResult },
      },
    },
    async (request) => confirmSearch(ctx, requireUser(request), request.body.search, request.ip),
  );

  app.post(
    '/api/union/members/return-search',
    {
      config: ABOVE,
      schema: {
        tags,
        summary: '【当前查询结果打回】：当前查询中上报的会员打回基层工会（须填写原因）',
        body: ZReturnSearchBody,
        response: { 200: ZCountResult },
      },
    },
    async (request) =>
      returnSearch(ctx, requireUser(request), request.body.search, request.body.reason, request.ip),
  );

  app.post(
    '/api/union/members/delete-search',
    {
      config: BASE,
      schema: {
        tags,
        summary: '【全部删除】：当前查询中新建的会员全部删除（须输入“全部删除”确认）',
        body: ZDeleteSearchBody,
        response: { 200: ZCountResult },
      },
    },
    async (request) =>
      deleteSearch(ctx, requireUser(request), request.body.search, request.body.confirm, request.ip),
  );
}
