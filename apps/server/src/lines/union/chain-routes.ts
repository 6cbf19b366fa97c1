import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { actorFrom, requireUser } from '../../platform/http/guard.js';
import { AGENCY_ROLES, HQ_ROLES } from './units.js';
import {
  ZConfirmResult,
  ZMoveResult,
  ZReceipt,
  ZReceiptBody,
  ZReceiptList,
  ZReceiptQuery,
  ZReturnBody,
  ZSubmissionPage,
  ZSubmissionQuery,
  ZSubmissionSearch,
  ZSubmissionTotals,
} from './chain-schemas.js';
import {
  confirmSearch,
  listSubmissions,
  passSearch,
  returnSearch,
  submissionTotals,
} from './operations/submissions.js';
import { defineCertificatesJob } from './operations/issue-certificates.js';
import { issueReceipt, listReceipts } from './operations/receipts.js';

/** The agency office and HQ (MA-8): the units' submissions, 当前查询结果上报/打回 with a reason, 财务确认 → policies 打印生效 and the 电子保障凭证 in bulk, 开具收据. */
export async function registerChainRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['union'];
  const upper = { access: [...AGENCY_ROLES, ...HQ_ROLES] } as const;
  const agency = { access: [...AGENCY_ROLES] } as const;
  const hq = { access: [...HQ_ROLES] } as const;
  defineCertificatesJob(ctx);

  app.get(
    '/api/union/submissions',
    {
      config: upper,
      schema: {
        tags,
        summary: '投保管理（代办处 / 总会）：基层单位上报的投保信息，按状态、产品名称、当前单位编号查询',
        querystring: ZSubmissionQuery,
        response: { 200: ZSubmissionPage },
      },
    },
    async (request) => listSubmissions(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/union/submissions/totals',
    {
      config: upper,
      schema: {
        tags,
        summary: '【汇总金额】当前查询结果的金额与人数',
        querystring: ZSubmissionSearch,
        response: { 200: ZSubmissionTotals },
      },
    },
    async (request) => submissionTotals(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/union/submissions/pass-search',
    {
      config: agency,
      schema: {
        tags,
        summary: '【当前查询结果上报】代办处把当前查询结果（上报）上报总会财务确认',
        body: ZSubmissionSearch,
        response: { 200: ZMoveResult },
      },
    },
    async (request) => passSearch(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.post(
    '/api/union/submissions/return-search',
    {
      config: upper,
      schema: {
        tags,
        summary: '【当前查询结果打回】把当前查询结果打回基层单位（须填写打回原因）',
        body: ZReturnBody,
        response: { 200: ZMoveResult },
      },
    },
    async (request) => returnSearch(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.post(
    '/api/union/submissions/confirm-search',
    {
      config: hq,
      schema: {
        tags,
        summary: '财务确认：当前查询结果（代办处已上报）确认，后台签发保单与电子保障凭证（打印生效）',
        body: ZSubmissionSearch,
        response: { 200: ZConfirmResult },
      },
    },
    async (request) => confirmSearch(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.post(
    '/api/union/receipts',
    {
      config: agency,
      schema: {
        tags,
        summary: '开具收据：为基层单位已上报的投保保费开具电子收据（签章 PDF；每笔投保只开具一次）',
        body: ZReceiptBody,
        response: { 200: ZReceipt },
      },
    },
    async (request) => issueReceipt(ctx, requireUser(request), actorFrom(request), request.body),
  );

  app.get(
    '/api/union/receipts',
    {
      config: upper,
      schema: {
        tags,
        summary: '已开具的收据',
        querystring: ZReceiptQuery,
        response: { 200: ZReceiptList },
      },
    },
    async (request) => listReceipts(ctx, requireUser(request), request.query),
  );
}
