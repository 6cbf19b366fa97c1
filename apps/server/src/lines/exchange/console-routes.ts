import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { applicationMachine } from '@policyhub/domain';
import { APPLICATION_STATUSES } from '../../modules/products/schemas.js';
import { ZCalendarDate } from '../../platform/http/schemas.js';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { actorFrom, requireUser } from '../../platform/http/guard.js';
import { exchangeApplications } from './tables.js';
import { AppError } from '../../platform/errors.js';
import { decideApplication, getInsurerApplication } from './operations/underwrite-application.js';
import { issueApplicationPolicy } from './operations/issue-application-policy.js';
import type { AuthUser } from '../../platform/access.js';

const ZConsoleApplication = z.object({
  applicationNo: z.string(),
  productId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  statusLabel: z.string(),
  applicantName: z.string(),
  idNumberMasked: z.string(),
  answers: z.record(z.string(), z.boolean()),
  premiumFen: z.number().int(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
});
type ConsoleApplication = z.infer<typeof ZConsoleApplication>;

function insurerOf(user: AuthUser): string {
  if (!user.orgId) throw new AppError('FORBIDDEN');
  return user.orgId;
}

function toConsole(row: typeof exchangeApplications.$inferSelect): ConsoleApplication {
  return {
    applicationNo: row.applicationNo,
    productId: row.productId,
    status: row.status,
    statusLabel: applicationMachine.label(row.status),
    applicantName: row.applicant.name ?? '',
    idNumberMasked: row.applicant.idNumberMasked ?? '',
    answers: row.answers,
    premiumFen: row.premiumFen,
    declineReason: row.declineReason,
    createdAt: row.createdAt.toISOString(),
  };
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
          status: z.enum(APPLICATION_STATUSES).optional(),
        }),
        response: { 200: z.object({ items: z.array(ZConsoleApplication) }) },
      },
    },
    async (request) => {
      const rows = await ctx.db
        .select()
        .from(exchangeApplications)
        .where(
          and(
            eq(exchangeApplications.insurerOrgId, insurerOf(requireUser(request))),
            request.query.status ? eq(exchangeApplications.status, request.query.status) : undefined,
          ),
        )
        .orderBy(desc(exchangeApplications.createdAt))
        .limit(500);
      return { items: rows.map(toConsole) };
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
          decision: z.enum(['accept', 'decline', 'manual']),
          reason: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 200: ZConsoleApplication },
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
      return toConsole(row);
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
      const issued = await issueApplicationPolicy(ctx, actorFrom(request), {
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
