import { z } from 'zod';
import { ZCalendarDate, ZPage } from '../../platform/http/schemas.js';
import {
  COMPANY_SIZES,
  INVITATION_STATUSES,
  ORDER_STATUSES,
  REGISTRATION_STATUSES,
  SCAN_KINDS,
} from './statuses.js';

const str = (max: number) => z.string().max(max);

export const ZRegistrationBody = z.object({
  username: str(32),
  password: str(128),
  passwordConfirm: str(128),
  companyName: str(100),
  creditCode: str(30).nullish().describe('统一社会信用代码（与下面三个旧证号二选一）'),
  orgCode: str(20).nullish().describe('组织机构代码'),
  licenceNo: str(30).nullish().describe('营业执照注册号'),
  taxNo: str(30).nullish().describe('税务登记证号'),
  email: str(100),
  contactName: str(50),
  contactMobile: str(20),
  captchaId: str(64),
  captchaAnswer: str(16),
});

export const ZRegistrationCreated = z.object({ registrationId: z.uuid(), status: z.literal('pending') });

export const ZRegistrationStatus = z
  .enum(REGISTRATION_STATUSES)
  .describe('pending 待审核 / approved 已通过 / rejected 已驳回');

export const ZRegistration = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  username: z.string().nullable(),
  companyName: z.string(),
  creditCode: z.string().nullable(),
  orgCode: z.string().nullable(),
  licenceNo: z.string().nullable(),
  taxNo: z.string().nullable(),
  email: z.string(),
  contactName: z.string(),
  contactMobile: z.string().describe('脱敏'),
  status: ZRegistrationStatus,
  rejectReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ZRegistrationQuery = ZPage.extend({ status: ZRegistrationStatus.optional() });
export const ZRejectBody = z.object({ reason: z.string().min(1, { message: '请填写驳回原因' }).max(500) });

export const ZOrderStatus = z
  .enum(ORDER_STATUSES)
  .describe(
    'draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过',
  );

export const ZCompany = z.object({
  name: str(100),
  licenceNo: str(30),
  taxNo: str(30),
  orgCode: str(20).default(''),
  size: z.enum(COMPANY_SIZES),
  industry: str(50),
  contactName: str(50),
  contactPhone: str(30),
  address: str(200),
  email: str(100),
});

export const ZOrderDefaults = z
  .object({
    source: z
      .enum(['last_order', 'registration', 'none'])
      .describe('last_order 上次订单 / registration 注册信息'),
    sourceOrderNo: z.string().nullable(),
    company: ZCompany.partial(),
  })
  .describe('本企业新订单的企业基本信息预填值（仅本企业）');

const ZScanRef = z.uuid().nullable();

export const ZOrder = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  status: ZOrderStatus,
  enterpriseOrgId: z.uuid(),
  enterpriseName: z.string(),
  productId: z.uuid(),
  productVersionId: z.uuid(),
  productName: z.string(),
  insurerOrgId: z.uuid(),
  insurerName: z.string(),
  company: ZCompany.partial().nullable(),
  scans: z
    .object({ licence: ZScanRef, orgCode: ZScanRef, taxCert: ZScanRef })
    .describe('文件编号，下载 /api/files/:id'),
  rosterCount: z.number().int(),
  sentVia: z.enum(['email', 'api']).nullable(),
  sentAt: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  invitationCode: z.string().nullable(),
  remarks: z.string().nullable(),
  failReason: z.string().nullable(),
  inviteTaskId: z.uuid().nullable().describe('开通账号任务（我的任务中可见进度）'),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ZOrderSummary = ZOrder.pick({
  id: true,
  orderNo: true,
  status: true,
  enterpriseName: true,
  productId: true,
  productName: true,
  insurerName: true,
  rosterCount: true,
  submittedAt: true,
  sentAt: true,
  createdAt: true,
  failReason: true,
  windowStart: true,
  windowEnd: true,
});

export const ZRosterEntry = z.object({
  rowNo: z.number().int(),
  name: z.string(),
  idType: z.string(),
  idNumberMasked: z.string(),
  gender: z.string().nullable(),
  birthDate: z.string().nullable(),
  mobileMasked: z.string(),
  extra: z.record(z.string(), z.string()),
});

export const ZOrderEvent = z.object({
  action: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

const ZMaterialFile = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const ZOrderDetail = ZOrder.extend({
  roster: z.array(ZRosterEntry).describe('前 500 行（脱敏）'),
  files: z
    .object({ licence: ZMaterialFile, orgCode: ZMaterialFile, taxCert: ZMaterialFile, roster: ZMaterialFile })
    .describe('上传的文件（原文件名；下载 /api/files/:id，仅本企业与平台可下载）'),
  history: z.array(ZOrderEvent),
});

export const ZCreateOrderBody = z.object({ productId: z.uuid({ message: '产品编号格式不正确' }) });
export const ZOrderListQuery = ZPage.extend({
  status: ZOrderStatus.optional(),
  company: z.string().max(100).optional(),
  from: ZCalendarDate.optional().describe('申请日期起（北京时间）'),
  to: ZCalendarDate.optional().describe('申请日期止（含）'),
});
export const ZScanParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), kind: z.enum(SCAN_KINDS) });
export const ZSendBody = z.object({ via: z.enum(['email', 'api']) });
export const ZResultBody = z.discriminatedUnion('passed', [
  z.object({
    passed: z.literal(true),
    windowStart: ZCalendarDate,
    windowEnd: ZCalendarDate,
    invitationCode: z.string().min(1, { message: '请填写团体邀请码' }).max(50),
    remarks: z.string().max(500).nullish(),
  }),
  z.object({ passed: z.literal(false), reason: z.string().min(1, { message: '请填写未通过原因' }).max(500) }),
]);
/** What recording a 预核保 result answers (the admin's form and the insurer console). */
export const ZResultAnswer = z.object({
  orderId: z.uuid(),
  status: z.enum(['passed', 'failed']),
  taskId: z.uuid().nullable(),
});

export const ZEmployee = z.object({
  rowNo: z.number().int(),
  name: z.string(),
  mobileMasked: z.string(),
  status: z
    .enum([...INVITATION_STATUSES, 'pending'])
    .describe('pending 账号开通中 / invited 未投保 / applied 已投保 / issued 已出单 / declined 未通过'),
  remindedAt: z.string().nullable(),
});
export const ZEmployeesQuery = ZPage.extend({
  status: z.enum([...INVITATION_STATUSES, 'pending']).optional(),
});
export const ZEmployeeSummary = z.object({
  total: z.number().int(),
  invited: z.number().int(),
  applied: z.number().int(),
  issued: z.number().int(),
  declined: z.number().int(),
});
export const ZRemindResult = z.object({ reminded: z.number().int() });
