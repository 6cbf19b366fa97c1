import { z } from 'zod';
import { ZCalendarDate } from '../../platform/http/schemas.js';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { actorFrom, requireUser } from '../../platform/http/guard.js';
import { AppError } from '../../platform/errors.js';
import {
  applicationSummary,
  findApplications,
  ZApplicationStatus,
  ZApplicationSummary,
  ZUnderwritingDecision,
} from '../../modules/applications/index.js';
import {
  decideApplication,
  getInsurerApplication,
  insurerScope,
} from './operations/underwrite-application.js';
import { issueExchangeApplication } from './operations/issue-exchange-policy.js';
import { exchangeLine } from './line.js';
import type { AuthUser } from '../../platform/access.js';

function insurerOf(user: AuthUser): string {
  if (!user.orgId) throw new AppError('FORBIDDEN');
  return user.orgId;
}

/**
 * Insurer console: the same underwriting and issuance as the system API, by hand, for insurers
 * without an integration (and for applications routed to manual review).
 */
export async function registerConsoleRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['exchange-insurer'];
  const insurer = { access: ['insurer_staff'] } as const;
  const ZNo = z.object({ applicationNo: z.string().min(1).max(64) });

  app.get(
    '/api/insurer/applications',
    {
      config: insurer,
      schema: {
        tags,
        summary: '本公司收到的个人投保申请（待核保、人工核保、已出单…）',
        querystring: z.object({
          status: ZApplicationStatus.optional(),
        }),
        response: { 200: z.object({ items: z.array(ZApplicationSummary) }) },
      },
    },
    async (request) => {
      const rows = await findApplications(ctx.db, insurerScope(insurerOf(requireUser(request))), {
        line: exchangeLine.code,
        ...(request.query.status ? { status: request.query.status } : {}),
        limit: 500,
      });
      return { items: rows.map(applicationSummary) };
    },
  );

  app.post(
    '/api/insurer/applications/:applicationNo/decision',
    {
      config: insurer,
      schema: {
        tags,
        summary: '录入核保结论（承保 / 拒保并说明原因 / 转人工核保）',
        params: ZNo,
        body: z.object({
          decision: ZUnderwritingDecision,
          reason: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 200: ZApplicationSummary },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const row = await decideApplication(
        ctx,
        ctx.db,
        actorFrom(request),
        insurerOf(user),
        request.params.applicationNo,
        request.body,
      );
      return applicationSummary(row);
    },
  );

  app.post(
    '/api/insurer/applications/:applicationNo/policy',
    {
      config: insurer,
      schema: {
        tags,
        summary: '出单（填写税优识别码），生成保单与签章电子保单',
        params: ZNo,
        body: z.object({
          taxCode: z.string().trim().min(1).max(64),
          startsOn: ZCalendarDate.nullable().optional(),
        }),
        response: {
          201: z.object({ applicationNo: z.string(), policyNo: z.string(), documentId: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const insurerOrgId = insurerOf(user);
      await getInsurerApplication(ctx.db, insurerOrgId, request.params.applicationNo);
      const issued = await issueExchangeApplication(ctx, actorFrom(request), {
        ...request.body,
        insurerOrgId,
        applicationNo: request.params.applicationNo,
      });
      return reply.code(201).send({
        applicationNo: request.params.applicationNo,
        policyNo: issued.policyNo,
        documentId: issued.documentId,
      });
    },
  );
}
