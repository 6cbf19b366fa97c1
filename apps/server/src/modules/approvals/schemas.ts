import { z } from 'zod';
import { APPROVAL_ACTIONS, approvalMachine, LINES, ROLES } from '@policyhub/domain';

const ZLabel = z.object({ zh: z.string(), en: z.string() });

export const ZApprovalLevel = z.object({
  key: z.string(),
  label: ZLabel,
  orgId: z.uuid(),
  orgName: z.string(),
  roles: z.array(z.enum(ROLES)),
});

export const ZApprovalStep = z.object({
  seq: z.number().int(),
  action: z.enum(APPROVAL_ACTIONS),
  /** Index into the request's levels; null for a submission. */
  level: z.number().int().nullable(),
  fromStatus: z.enum(approvalMachine.states),
  toStatus: z.enum(approvalMachine.states),
  actor: z.object({
    userId: z.uuid().nullable(),
    name: z.string(),
    role: z.enum(ROLES).nullable(),
    orgId: z.uuid().nullable(),
    orgName: z.string().nullable(),
  }),
  reason: z.string().nullable(),
  at: z.string(),
});

/** A request with its whole timeline, oldest step first. */
export const ZApprovalRequest = z.object({
  id: z.uuid(),
  subjectType: z.string(),
  subjectId: z.uuid(),
  ownerOrgId: z.uuid(),
  line: z.enum(LINES).nullable(),
  chain: z.string(),
  status: z.enum(approvalMachine.states),
  /** The level that acts now (while submitted), else null. */
  currentLevel: z.number().int().nullable(),
  levels: z.array(ZApprovalLevel),
  createdAt: z.string(),
  updatedAt: z.string(),
  decidedAt: z.string().nullable(),
  steps: z.array(ZApprovalStep),
});

export const ZApprovalSubjectQuery = z.object({
  subjectType: z
    .string()
    .regex(/^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/, '审批对象类型格式不正确（如 product.listing）'),
  subjectId: z.uuid({ message: '审批对象编号格式不正确' }),
});

export type ApprovalRequestView = z.infer<typeof ZApprovalRequest>;
export type ApprovalStepView = z.infer<typeof ZApprovalStep>;
