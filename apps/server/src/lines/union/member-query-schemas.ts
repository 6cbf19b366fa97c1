import { z } from 'zod';
import { memberMachine } from '@policyhub/domain';
import { ZApplicationStatus } from '../../modules/applications/index.js';

/** States of a 会员变更 / 调入调出 request (the approval's outcome once submitted). */
export const MEMBER_REQUEST_STATUSES = ['new', 'submitted', 'approved', 'returned', 'rejected'] as const;
export type MemberRequestStatus = (typeof MEMBER_REQUEST_STATUSES)[number];
export const MEMBER_REQUEST_KINDS = ['change', 'transfer'] as const;
export type MemberRequestKind = (typeof MEMBER_REQUEST_KINDS)[number];

const trimmed = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what}不超过 ${max} 个字` });

/** 会员信息查询: one of 会员编号, 姓名, 身份证号. */
export const ZMemberQuery = z.object({
  memberNo: trimmed(40, '会员编号').optional(),
  name: trimmed(50, '姓名').optional(),
  idNumber: trimmed(30, '身份证号').optional(),
});

/** A member as the query shows it: the ID number and mobile masked. */
export const ZMemberQueryItem = z.object({
  id: z.uuid(),
  memberNo: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['M', 'F']),
  birthDate: z.string(),
  mobileMasked: z.string().nullable(),
  status: z.enum(memberMachine.states),
  createdAt: z.string(),
});

export const ZMemberApplicationHistory = z.object({
  applicationNo: z.string(),
  status: ZApplicationStatus,
  productId: z.uuid(),
  planName: z.string(),
  copies: z.number().int().nullable(),
  premiumFen: z.number().int(),
  policyNo: z.string().nullable(),
  unitName: z.string().nullable(),
  createdAt: z.string(),
});

export const ZClaim = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  memberNo: z.string(),
  memberName: z.string(),
  idNumberMasked: z.string(),
  unitName: z.string().nullable(),
  claimDate: z.string(),
  productId: z.uuid().nullable(),
  planName: z.string(),
  diagnosisCategory: z.string(),
  amountPaidFen: z.number().int(),
  policyNo: z.string().nullable(),
  source: z.enum(['agency', 'import']),
  createdAt: z.string(),
});

export const ZMemberHistory = z.object({
  member: ZMemberQueryItem,
  applications: z.array(ZMemberApplicationHistory),
  claims: z.array(ZClaim),
});

export const ZMemberRevealed = z.object({ idNumber: z.string(), mobile: z.string().nullable() });

/** 理赔登记 by the agency office: the member by 会员编号 or 身份证号; the amount in 元 as typed. */
export const ZClaimBody = z.object({
  memberNo: trimmed(40, '会员编号').optional(),
  idNumber: trimmed(30, '身份证号').optional(),
  claimDate: z.string().trim(),
  productId: z.uuid({ message: '请选择保障计划' }),
  diagnosisCategory: trimmed(100, '诊断类别'),
  amountPaid: z.string().trim().max(20, { message: '赔付金额格式不正确' }),
  policyNo: trimmed(64, '保单号').optional(),
});

export const ZClaimListQuery = z.object({
  memberNo: trimmed(40, '会员编号').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZPlanOption = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** 【查询】/【查找】 a person by 证件号 or 会员编号. */
export const ZFindPersonQuery = z.object({
  memberNo: trimmed(40, '会员编号').optional(),
  idNumber: trimmed(30, '证件号').optional(),
});

/** What the receiving unit sees of a person in another unit: the unit and the masked name only. */
export const ZTransferCandidate = z.object({
  memberId: z.uuid(),
  unitName: z.string().nullable(),
  nameMasked: z.string(),
});

export const ZMemberRequest = z.object({
  id: z.uuid(),
  requestNo: z.string(),
  kind: z.enum(MEMBER_REQUEST_KINDS),
  memberId: z.uuid(),
  memberNo: z.string(),
  /** The member's current name (masked for a transfer the viewer's unit does not hold yet). */
  memberName: z.string(),
  idNumberMasked: z.string(),
  fromUnitName: z.string().nullable(),
  toUnitName: z.string().nullable(),
  newName: z.string().nullable(),
  newIdNumberMasked: z.string().nullable(),
  reason: z.string(),
  status: z.enum(MEMBER_REQUEST_STATUSES),
  /** Why it was returned (打回) or rejected, from the approval's last step. */
  returnReason: z.string().nullable(),
  /** The approval level it waits at (e.g. 代办处审核), while submitted. */
  waitingAt: z.string().nullable(),
  approvalId: z.uuid().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

export const ZMemberRequestListQuery = z.object({
  kind: z.enum(MEMBER_REQUEST_KINDS),
  status: z.enum(MEMBER_REQUEST_STATUSES).optional(),
});

export const ZMemberChangeBody = z.object({
  memberId: z.uuid({ message: '请先查询会员' }),
  newName: trimmed(50, '新姓名').optional(),
  newIdNumber: trimmed(30, '新证件号').optional(),
  reason: trimmed(500, '变更理由'),
});

export const ZTransferBody = z.object({
  memberId: z.uuid({ message: '请先查找人员' }),
  reason: trimmed(500, '调动原因').optional(),
});

export const ZDecideBody = z.object({ reason: z.string().max(500).optional() });
