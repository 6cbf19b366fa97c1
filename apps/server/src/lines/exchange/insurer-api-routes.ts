import { ageOn, beijingDate, beijingMidnight, endOfBeijingDay } from '@policyhub/domain';
import { z } from 'zod';
import { ZCalendarDate } from '../../platform/http/schemas.js';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import {
  findApplications,
  insurerApplicationView,
  insurerApplicationViews,
  ZApplicationStatus,
  ZInsurerApplication,
  ZUnderwritingDecision,
} from '../../modules/applications/index.js';
import { notFound } from '../../platform/errors.js';
import { findPolicyByNumber } from '../../modules/policies/index.js';
import { getOrderForInsurer, recordPreUnderwriting } from './index.js';
import { getProductVersion, findListedProduct } from './product-content.js';
import {
  decideApplication,
  getInsurerApplication,
  insurerScope,
} from './operations/underwrite-application.js';
import { issueExchangeApplication } from './operations/issue-exchange-policy.js';
import { exchangeLine } from './line.js';
import { endorsePolicy } from '../../workflows/endorse-policy.js';
import { quotePremium } from './quote.js';
import { ORDER_STATUSES } from './statuses.js';
import {
  callerOf,
  INSURER_API_PREFIX,
  registerInsurerEndpoints,
  replyIdempotent,
  SIGNED,
} from '../../modules/insurer-gateway/index.js';

const ZOrderNo = z.object({ orderNo: z.string().min(1).max(64) });
const ZApplicationNo = z.object({ applicationNo: z.string().min(1).max(64) });
const ZPolicyNo = z.object({ policyNo: z.string().min(1).max(64) });

const ZRosterEntry = z.object({
  rowNo: z.number().int(),
  name: z.string(),
  idType: z.string(),
  idNumber: z.string(),
  gender: z.string().nullable(),
  birthDate: z.string().nullable(),
  mobile: z.string(),
  extra: z.record(z.string(), z.string()),
});

const ZInsurerOrder = z.object({
  orderNo: z.string(),
  status: z.enum(ORDER_STATUSES),
  enterpriseName: z.string(),
  productId: z.string(),
  productVersionId: z.string(),
  company: z.record(z.string(), z.unknown()).nullable(),
  rosterCount: z.number().int(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  invitationCode: z.string().nullable(),
  roster: z.array(ZRosterEntry),
});

const ZPreUnderwriting = z.union([
  z.object({
    passed: z.literal(true),
    windowStart: ZCalendarDate,
    windowEnd: ZCalendarDate,
    invitationCode: z.string().trim().min(1).max(64),
    remarks: z.string().max(500).nullable().optional(),
  }),
  z.object({ passed: z.literal(false), reason: z.string().trim().min(1).max(500) }),
]);

export const ZQuoteRequest = z
  .object({
    productId: z.uuid(),
    /** A specific version (an order's); default the product's current version. */
    productVersionId: z.uuid().optional(),
    gender: z.enum(['M', 'F']),
    age: z.number().int().min(0).max(120).optional(),
    birthDate: ZCalendarDate.optional(),
  })
  .refine((q) => q.age !== undefined || q.birthDate !== undefined, { message: '请提供年龄或出生日期' });

export const ZQuote = z.object({
  productId: z.uuid(),
  productVersionId: z.uuid(),
  age: z.number().int(),
  gender: z.enum(['M', 'F']),
  annualPremiumFen: z.number().int(),
  band: z.object({ minAge: z.number().int(), maxAge: z.number().int() }),
  deductionCapFen: z.number().int(),
});

const ZApplication = ZInsurerApplication;

const ZDecision = z.object({
  decision: ZUnderwritingDecision,
  reason: z.string().trim().max(500).nullable().optional(),
  insurerRef: z.string().trim().max(64).nullable().optional(),
});

const ZIssue = z.object({
  taxCode: z.string().trim().min(1).max(64),
  insurerRef: z.string().trim().max(64).nullable().optional(),
  startsOn: ZCalendarDate.nullable().optional(),
});

const ZChange = z.object({
  kind: z.enum(['change_info', 'change_coverage', 'change_period', 'other']),
  description: z.string().trim().min(1).max(1000),
  effectiveOn: ZCalendarDate,
  patch: z
    .object({
      sumInsuredFen: z.number().int().min(0).optional(),
      premiumFen: z.number().int().min(0).optional(),
      endsOn: ZCalendarDate.optional(),
    })
    .optional(),
});

/** Quotes an annual premium from a product version's rate table (shared by the API and the personal flow). */
export async function quoteFor(
  ctx: AppContext,
  input: z.infer<typeof ZQuoteRequest>,
  insurerOrgId: string | null,
) {
  const product = input.productVersionId
    ? await getProductVersion(ctx, input.productVersionId)
    : await findListedProduct(ctx, input.productId);
  if (!product || product.id !== input.productId || (insurerOrgId && product.insurerOrgId !== insurerOrgId))
    throw notFound('产品');
  const age = input.age ?? ageOn(input.birthDate!, beijingDate(ctx.now()));
  const quote = quotePremium(product.version.content, { age, gender: input.gender });
  return {
    productId: product.id,
    productVersionId: product.version.id,
    ...quote,
    deductionCapFen: product.version.content.deductionCapFen,
  };
}

/**
 * The exchange's endpoints of the insurer system API (EX-8), versioned under /api/insurer-api/v1:
 * part of the real interface insurers integrate with (HMAC signature on every call, an
 * Idempotency-Key on every write — the gateway's registerInsurerEndpoints / replyIdempotent). The
 * insurer simulator (modules/insurer-gateway/simulator) calls exactly these routes.
 */
export async function registerInsurerApiRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  await registerInsurerEndpoints(app, ctx, (api) => {
    const tags = ['insurer-api'];
    const P = INSURER_API_PREFIX;

    api.get(
      `${P}/orders/:orderNo`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '查询发送给本公司的投保订单（含人员清单）',
          params: ZOrderNo,
          response: { 200: ZInsurerOrder },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const found = await getOrderForInsurer(ctx, caller.insurerOrgId, request.params.orderNo);
        if (!found) throw notFound('订单');
        return { ...found.order, roster: found.roster };
      },
    );

    api.post(
      `${P}/orders/:orderNo/pre-underwriting`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '回传预核保结果（通过：投保期间、团体邀请码；不通过：原因）',
          params: ZOrderNo,
          body: ZPreUnderwriting,
          response: {
            200: z.object({
              orderNo: z.string(),
              status: z.enum(['passed', 'failed']),
              taskId: z.string().nullable(),
            }),
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        // Read before the transaction: on the embedded database a query outside it would wait for it.
        const found = await getOrderForInsurer(ctx, caller.insurerOrgId, request.params.orderNo);
        if (!found) throw notFound('订单');
        return replyIdempotent(ctx, request, reply, async (tx) => {
          const result = await recordPreUnderwriting(ctx, tx, caller.actor, found.order.id, request.body);
          return {
            statusCode: 200,
            body: { orderNo: request.params.orderNo, status: result.status, taskId: result.taskId },
          };
        });
      },
    );

    api.post(
      `${P}/quotes`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '报价：按产品版本费率表（年龄段 × 性别）计算年保费（只读，无需 Idempotency-Key）',
          body: ZQuoteRequest,
          response: { 200: ZQuote },
        },
      },
      async (request) => quoteFor(ctx, request.body, callerOf(request).insurerOrgId),
    );

    api.get(
      `${P}/applications`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '本公司的投保申请（可按状态筛选；供轮询）',
          querystring: z.object({
            status: ZApplicationStatus.optional(),
          }),
          response: { 200: z.object({ items: z.array(ZApplication) }) },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const rows = await findApplications(ctx.db, insurerScope(caller.insurerOrgId), {
          line: exchangeLine.code,
          ...(request.query.status ? { status: request.query.status } : {}),
          limit: 200,
        });
        return { items: await insurerApplicationViews(ctx, ctx.db, rows) };
      },
    );

    api.get(
      `${P}/applications/:applicationNo`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '查询一笔投保申请',
          params: ZApplicationNo,
          response: { 200: ZApplication },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const row = await getInsurerApplication(ctx.db, caller.insurerOrgId, request.params.applicationNo);
        return insurerApplicationView(ctx, ctx.db, row);
      },
    );

    api.post(
      `${P}/applications/:applicationNo/decision`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '核保结论：accept 承保 / decline 拒保（须说明原因）/ manual 转人工核保',
          params: ZApplicationNo,
          body: ZDecision,
          response: { 200: ZApplication },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        return replyIdempotent(ctx, request, reply, async (tx) => {
          const row = await decideApplication(
            ctx,
            tx,
            caller.actor,
            caller.insurerOrgId,
            request.params.applicationNo,
            request.body,
          );
          return { statusCode: 200, body: await insurerApplicationView(ctx, tx, row) };
        });
      },
    );

    api.post(
      `${P}/applications/:applicationNo/policy`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '出单：生成保单与签章电子保单（税优识别码须符合产品配置的格式）',
          params: ZApplicationNo,
          body: ZIssue,
          response: {
            201: z.object({
              applicationNo: z.string(),
              policyNo: z.string(),
              documentId: z.string(),
              status: z.literal('issued'),
            }),
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        return replyIdempotent(ctx, request, reply, async (tx) => {
          const issued = await issueExchangeApplication(
            ctx,
            caller.actor,
            {
              ...request.body,
              insurerOrgId: caller.insurerOrgId,
              applicationNo: request.params.applicationNo,
            },
            tx,
          );
          return {
            statusCode: 201,
            body: {
              applicationNo: request.params.applicationNo,
              policyNo: issued.policyNo,
              documentId: issued.documentId,
              status: 'issued' as const,
            },
          };
        });
      },
    );

    api.post(
      `${P}/policies/:policyNo/changes`,
      {
        config: SIGNED,
        schema: {
          tags,
          summary: '保单变更（批改）：记录批单并签发电子批单',
          params: ZPolicyNo,
          body: ZChange,
          response: {
            201: z.object({
              policyNo: z.string(),
              endorsementNo: z.string(),
              version: z.number().int(),
              documentId: z.string(),
            }),
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        return replyIdempotent(ctx, request, reply, async (tx) => {
          const policy = await findPolicyByNumber(tx, request.params.policyNo);
          if (!policy || policy.insurerOrgId !== caller.insurerOrgId) throw notFound('保单');
          const body = request.body;
          const patch = body.patch ?? {};
          const changes: { item: string; before: unknown; after: unknown }[] = [];
          if (patch.sumInsuredFen !== undefined)
            changes.push({
              item: '保险金额（分）',
              before: policy.sumInsuredFen,
              after: patch.sumInsuredFen,
            });
          if (patch.premiumFen !== undefined)
            changes.push({ item: '保险费（分）', before: policy.premiumFen, after: patch.premiumFen });
          const result = await endorsePolicy(
            ctx,
            caller.actor,
            {
              policyId: policy.id,
              kind: body.kind,
              description: body.description,
              changes,
              effectiveAt: beijingMidnight(body.effectiveOn),
              patch: {
                ...(patch.sumInsuredFen !== undefined ? { sumInsuredFen: patch.sumInsuredFen } : {}),
                ...(patch.premiumFen !== undefined ? { premiumFen: patch.premiumFen } : {}),
                ...(patch.endsOn ? { endsAt: endOfBeijingDay(patch.endsOn) } : {}),
              },
            },
            tx,
          );
          return {
            statusCode: 201,
            body: {
              policyNo: result.policy.policyNo,
              endorsementNo: result.endorsement.endorsementNo,
              version: result.policy.version,
              documentId: result.document.id,
            },
          };
        });
      },
    );
  });
}
