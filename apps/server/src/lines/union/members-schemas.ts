import { z } from 'zod';
import { memberMachine } from '@policyhub/domain';
import { ZPage } from '../../platform/http/schemas.js';

/** 会员状态 (packages/domain memberMachine): new 新建, submitted 上报, confirmed 财务确认, returned 打回. */
export const ZMemberStatus = z.enum(memberMachine.states);

/** The optional facts of a member as entered (民族, 工作部门, 入会日期, 备注). */
export const ZMemberExtra = z
  .object({
    ethnicity: z.string().trim().max(20, '民族不超过 20 个字').optional(),
    department: z.string().trim().max(100, '工作部门不超过 100 个字').optional(),
    joinDate: z.string().trim().max(10).optional(),
    remark: z.string().trim().max(200, '备注不超过 200 个字').optional(),
  })
  .strict();

/** 入会管理 search: the same filters drive the list and every 当前查询结果 action. */
export const ZMemberSearch = z.object({
  status: ZMemberStatus.optional(),
  memberNo: z.string().trim().max(40).optional(),
  name: z.string().trim().max(50).optional(),
  idNumber: z.string().trim().max(30).optional(),
  /** 单位编号 (agency office / HQ only). */
  unitNo: z.string().trim().max(40).optional(),
});
export type MemberSearch = z.infer<typeof ZMemberSearch>;

export const ZMemberListQuery = ZPage.extend(ZMemberSearch.shape);

export const ZMember = z.object({
  id: z.uuid(),
  memberNo: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['M', 'F']),
  birthDate: z.string(),
  mobileMasked: z.string().nullable(),
  extra: z.record(z.string(), z.string()),
  status: ZMemberStatus,
  returnReason: z.string().nullable(),
  overAge: z.boolean(),
  editable: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MemberView = z.infer<typeof ZMember>;

export const ZMemberBody = z.object({
  name: z.string().max(60),
  idNumber: z.string().max(40),
  mobile: z.string().max(20).optional(),
  extra: ZMemberExtra.optional(),
  /** The agency-approved over-age document (POST /api/union/members/over-age-files). */
  overAgeFileId: z.uuid({ message: '超龄审批证明编号格式不正确' }).optional(),
});
export type MemberBody = z.infer<typeof ZMemberBody>;

export const ZSearchBody = z.object({ search: ZMemberSearch.default({}) });
export const ZReturnSearchBody = z.object({
  search: ZMemberSearch.default({}),
  reason: z.string().trim().min(1, '请填写打回原因').max(200, '打回原因不超过 200 个字'),
});
export const ZDeleteSearchBody = z.object({
  search: ZMemberSearch.default({}),
  /** The user types 全部删除 to confirm (the seed's 输入全部删除四个汉字). */
  confirm: z.string().max(20),
});
export const ZCountResult = z.object({ count: z.number().int().nonnegative() });
export const ZFileRef = z.object({ fileId: z.uuid(), name: z.string() });
