import { z } from 'zod';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { ZId } from '../../platform/http/schemas.js';
import { findSubjectApprovals, getApprovalRequest } from './operations/timeline-of.js';
import { ZApprovalRequest, ZApprovalSubjectQuery } from './schemas.js';

/**
 * Reading approvals (the timeline). The actions — submit, approve, return, reject — stay on the
 * routes of the module or line that owns the subject, which calls this module's index.ts.
 */
export async function registerApprovalRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['approvals'];

  app.get(
    '/api/approvals',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '审批记录：某一审批对象的审批申请及其审批时间线（无权查看或尚无申请时为空）',
        querystring: ZApprovalSubjectQuery,
        response: { 200: z.object({ items: z.array(ZApprovalRequest) }) },
      },
    },
    async (request) => ({
      items: await findSubjectApprovals(ctx.db, requireUser(request), {
        type: request.query.subjectType,
        id: request.query.subjectId,
      }),
    }),
  );

  app.get(
    '/api/approvals/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '审批申请详情及审批时间线（谁、何时、何种操作、原因）',
        params: ZId,
        response: { 200: ZApprovalRequest },
      },
    },
    async (request) => getApprovalRequest(ctx.db, requireUser(request), request.params.id),
  );
}
