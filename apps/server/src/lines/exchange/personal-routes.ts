import { z } from 'zod';
import { LINES } from '@policyhub/domain';
import { ZApplicationStatus } from '../../modules/applications/index.js';
import { POLICY_STATUSES } from '../../modules/policies/index.js';
import { INVITATION_STATUSES } from './statuses.js';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import {
  getPersonalApplication,
  listMyPolicies,
  listPersonalApplications,
  listPersonalInvitations,
  quoteForInvitation,
  submitApplication,
} from './operations/personal-applications.js';

const ZInvitation = z.object({
  invitationId: z.uuid(),
  orderNo: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  insurerName: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  status: z.enum(INVITATION_STATUSES),
  statusLabel: z.string(),
  open: z.boolean(),
  channels: z.object({ platform: z.boolean(), mobile: z.boolean(), insurerUrl: z.string().nullable() }),
  debitAgreement: z
    .object({ title: z.string(), url: z.string() })
    .nullable()
    .describe('《自动扣款授权协议》的文本（产品的信息披露文件 PDF）；产品未提供时为 null'),
  applicationNo: z.string().nullable(),
});

const ZPersonalQuote = z.object({
  invitationId: z.uuid(),
  productName: z.string(),
  age: z.number().int(),
  gender: z.enum(['M', 'F']),
  annualPremiumFen: z.number().int(),
  deductionCapFen: z.number().int(),
  deductionNote: z.string(),
  questionnaire: z.array(z.object({ id: z.string(), text: z.string() })),
});

const ZPersonalApplication = z.object({
  applicationNo: z.string(),
  productName: z.string(),
  status: ZApplicationStatus,
  statusLabel: z.string(),
  premiumFen: z.number().int(),
  year: z.number().int(),
  declineReason: z.string().nullable(),
  policyNo: z.string().nullable(),
  createdAt: z.string(),
});

const ZPersonalApplicationDetail = ZPersonalApplication.extend({
  decidedAt: z.string().nullable(),
  policy: z
    .object({
      policyNo: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      premiumFen: z.number().int(),
      sumInsuredFen: z.number().int(),
      documentId: z.string().nullable(),
      downloadUrl: z.string().nullable().describe('电子保单下载地址（GET /api/documents/:id/download）'),
    })
    .nullable()
    .describe('出单后的保单（未出单为 null）'),
});

const ZMyPolicy = z.object({
  policyId: z.uuid(),
  policyNo: z.string(),
  line: z.enum(LINES),
  productName: z.string(),
  insurerName: z.string(),
  status: z.enum(POLICY_STATUSES),
  statusLabel: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  premiumFen: z.number().int(),
  sumInsuredFen: z.number().int(),
  taxCode: z.string().nullable(),
  documentId: z.string().nullable(),
  downloadUrl: z.string().nullable(),
});

/** Personal center: 待处理订单, applying (EX-6/7), 我的保单. */
export async function registerPersonalRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['exchange-personal'];
  const individual = { access: ['individual'] } as const;

  app.get(
    '/api/personal/invitations',
    {
      config: individual,
      schema: {
        tags,
        summary: '待处理订单（单位为我投保的税优健康险）',
        response: { 200: z.object({ items: z.array(ZInvitation) }) },
      },
    },
    async (request) => ({ items: await listPersonalInvitations(ctx, requireUser(request)) }),
  );

  app.post(
    '/api/personal/applications/quote',
    {
      config: individual,
      schema: {
        tags,
        summary: '保费试算（按年龄段与性别，来自产品费率表）及税前扣除限额',
        body: z.object({ invitationId: z.uuid() }),
        response: { 200: ZPersonalQuote },
      },
    },
    async (request) => quoteForInvitation(ctx, requireUser(request), request.body.invitationId),
  );

  app.get(
    '/api/personal/applications',
    {
      config: individual,
      schema: {
        tags,
        summary: '我的投保申请',
        response: { 200: z.object({ items: z.array(ZPersonalApplication) }) },
      },
    },
    async (request) => ({ items: await listPersonalApplications(ctx, requireUser(request)) }),
  );

  app.get(
    '/api/personal/applications/:applicationNo',
    {
      config: individual,
      schema: {
        tags,
        summary: '一笔投保申请的核保结果（出单后含保单与电子保单下载；结果页轮询至出单或拒保）',
        params: z.object({ applicationNo: z.string().min(1).max(64) }),
        response: { 200: ZPersonalApplicationDetail },
      },
    },
    async (request) => getPersonalApplication(ctx, requireUser(request), request.params.applicationNo),
  );

  app.post(
    '/api/personal/applications',
    {
      config: individual,
      schema: {
        tags,
        summary: '提交投保申请（本人银行卡、健康告知、同意自动扣款）→ 保险公司核保、出单',
        body: z.object({
          invitationId: z.uuid(),
          bankCardId: z.uuid({ message: '请选择扣款银行卡' }),
          answers: z.record(z.string(), z.boolean()),
          consent: z.boolean(),
        }),
        response: { 201: ZPersonalApplication },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitApplication(ctx, requireUser(request), request.body, request.ip)),
  );

  app.get(
    '/api/me/policies',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '我的保单（含电子保单下载）',
        response: { 200: z.object({ items: z.array(ZMyPolicy) }) },
      },
    },
    async (request) => ({ items: await listMyPolicies(ctx, requireUser(request)) }),
  );
}
